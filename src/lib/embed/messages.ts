import type { Lang } from '../model/types.ts';

/**
 * The messages an embedded poster and its host page exchange with `postMessage` (README:
 * "Embedding"). Versioned: a host checks `source` and `version` and ignores anything else.
 * Only the view is sent (ids of a diagram and a node, a language, a height): nothing about
 * the visitor, which is why the poster may post to '*' when the host gave no origin.
 */
export const POSTER_SOURCE = 'exosome-poster';
export const HOST_SOURCE = 'exosome-poster-host';
export const VERSION = 1;

/**
 * Poster → host.
 * @example { source: 'exosome-poster', version: 1, type: 'height', height: 612 }
 * @example { source: 'exosome-poster', version: 1, type: 'select', diagram: 'remodeling', node: 'osteoclast', lang: 'en' }
 */
export type PosterMessage =
  | { source: typeof POSTER_SOURCE; version: typeof VERSION; type: 'height'; height: number }
  | { source: typeof POSTER_SOURCE; version: typeof VERSION; type: 'select'; diagram: string; node: string | null; lang: Lang };

/**
 * Host → poster: open a view. Absent fields keep the current value (the node only within the
 * same diagram); `node: null` closes the annotation. Acted on only from `window.parent` at the
 * origin given as `?origin=`.
 * @example { source: 'exosome-poster-host', version: 1, type: 'navigate', diagram: 'cargo', lang: 'fa' }
 */
export interface NavigateMessage {
  source: typeof HOST_SOURCE;
  version: typeof VERSION;
  type: 'navigate';
  diagram?: string;
  node?: string | null;
  lang?: Lang;
}

/** Heights outside this range (px) are refused: no host should make a frame taller. */
export const MAX_HEIGHT = 20_000;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isId = (v: unknown): v is string => typeof v === 'string' && v.length <= 80 && ID.test(v);
/**
 * The poster's languages (LANGS in model/types.ts; a unit test keeps the two equal). Written out
 * so that the web component, which uses this file, shares no module with the poster's first load.
 */
export const MESSAGE_LANGS: readonly Lang[] = ['fa', 'en'];
export const isLang = (v: unknown): v is Lang => typeof v === 'string' && (MESSAGE_LANGS as readonly string[]).includes(v);

/** A plain object's own field, or undefined (never a getter's or the prototype's). */
export function field(data: unknown, key: string): unknown {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  try {
    const d = Object.getOwnPropertyDescriptor(data, key);
    return d && 'value' in d ? d.value : undefined;
  } catch {
    return undefined; // a Proxy's trap threw (only possible in-page, not through postMessage)
  }
}

export const heightMessage = (height: number): PosterMessage => ({ source: POSTER_SOURCE, version: VERSION, type: 'height', height });

export const selectMessage = (diagram: string, node: string | undefined, lang: Lang): PosterMessage => ({
  source: POSTER_SOURCE,
  version: VERSION,
  type: 'select',
  diagram,
  node: node ?? null,
  lang,
});

/**
 * Reads a message from the poster (the host side: the web component, the demo page). Returns a
 * fresh object holding only checked fields, or undefined for anything else.
 */
export function parsePosterMessage(data: unknown): PosterMessage | undefined {
  if (field(data, 'source') !== POSTER_SOURCE || field(data, 'version') !== VERSION) return undefined;
  const type = field(data, 'type');
  if (type === 'height') {
    const h = field(data, 'height');
    return typeof h === 'number' && Number.isFinite(h) && h > 0 && h <= MAX_HEIGHT ? heightMessage(Math.round(h)) : undefined;
  }
  if (type === 'select') {
    const [diagram, node, lang] = [field(data, 'diagram'), field(data, 'node'), field(data, 'lang')];
    if (!isId(diagram) || !(node === null || isId(node)) || !isLang(lang)) return undefined;
    return selectMessage(diagram, node ?? undefined, lang);
  }
  return undefined;
}
