import { splitLatinRuns } from '../model/latinRuns.ts';
import type { Lang } from '../model/types.ts';

/**
 * Wraps each Latin run of a Persian string in LRI…PDI (U+2066, U+2069), so bidi never
 * reorders it (ESCRT-III stays ESCRT-III). Invisible and zero-width, and it survives into
 * an exported SVG where CSS isolation would not. English strings are returned as is.
 */
export function isolateLatin(text: string, lang: Lang): string {
  if (lang !== 'fa') return text;
  return splitLatinRuns(text)
    .map((r) => (r.latin ? `\u2066${r.s}\u2069` : r.s))
    .join('');
}
