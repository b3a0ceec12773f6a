import type { Lang } from '../model/types.ts';

/**
 * The name a download is saved under: what, which diagram, which language.
 * @example exportFileName('biogenesis', 'fa', 'svg') // → 'exosome-poster-biogenesis-fa.svg'
 */
export function exportFileName(diagram: string, lang: Lang, ext: 'svg' | 'png' | 'pdf'): string {
  const safe = diagram.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'diagram';
  return `exosome-poster-${safe}-${lang}.${ext}`;
}
