import type { Lang } from '../model/types.ts';

/** The Embed dialog's size presets: the frame's width and height in CSS px. */
export const SIZES = {
  small: { w: 480, h: 360 },
  medium: { w: 800, h: 600 },
  large: { w: 1200, h: 800 },
} as const;
export type SizeName = keyof typeof SIZES;

export interface SnippetView {
  /** Absolute URL of the folder the poster is served from, ending in "/". */
  base: string;
  diagram: string;
  node?: string;
  lang: Lang;
  /** The frame's accessible name (the diagram's title comes from content: escaped below). */
  title: string;
  size: SizeName;
  /** Open as the diagram's guided tour (classroom mode, `mode=present`), from its first step. */
  tour?: boolean;
}

/** Escapes a value for a double-quoted HTML attribute. */
export const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The address of the embedded view: `…/?embed=1&d=…&n=…&lang=…`; a tour: `…/?embed=1&mode=present&d=…&lang=…`. */
export function embedUrl(v: Pick<SnippetView, 'base' | 'diagram' | 'node' | 'lang' | 'tour'>): string {
  const q = new URLSearchParams({ embed: '1' });
  if (v.tour) q.set('mode', 'present');
  q.set('d', v.diagram);
  // A tour starts at its first step, whatever node is open now.
  if (v.node && !v.tour) q.set('n', v.node);
  q.set('lang', v.lang);
  return `${v.base}?${q}`;
}

/**
 * The two snippets the Embed dialog offers for a view: a plain iframe (any page, no script;
 * fixed size) and the web component (one module script; follows the poster's height unless
 * given one, reports selections). Every value is attribute-escaped.
 */
export function embedSnippets(v: SnippetView): { iframe: string; component: string } {
  const { w, h } = SIZES[v.size];
  const iframe =
    `<iframe src="${attr(embedUrl(v))}" title="${attr(v.title)}" width="${w}" height="${h}" ` +
    `loading="lazy" style="border: 0; max-width: 100%"></iframe>`;
  const attrs = [
    `diagram="${attr(v.diagram)}"`,
    v.node && !v.tour ? `node="${attr(v.node)}"` : '',
    `lang="${v.lang}"`,
    v.tour ? 'tour' : '',
    `height="${h}"`,
    `label="${attr(v.title)}"`,
  ];
  const component =
    `<script type="module" src="${attr(`${v.base}exosome-poster.js`)}"></script>\n` +
    `<exosome-poster ${attrs.filter(Boolean).join(' ')}></exosome-poster>`;
  return { iframe, component };
}
