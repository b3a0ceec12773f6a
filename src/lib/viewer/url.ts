import { LANGS, type Lang } from '../model/types.ts';

/** What the URL can say about the view. */
export interface UrlState {
  diagram: string;
  node?: string;
  lang: Lang;
  /** Guided-tour step (classroom, kiosk): 0 is the diagram as a whole, 1… the tour's steps. */
  step?: number;
  /**
   * Groups drawn collapsed (`&c=escrt,snare-machinery`); checked against the diagram's groups once its scene is there.
   * `[]` (`&c=-`): nothing folded, even where a small screen would open the overview; undefined: the screen's default.
   */
  collapsed?: string[];
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The poster's title view (article, abstract, index of diagrams): a view id no diagram may take. */
export const OVERVIEW = 'overview';
const MAX = 80;
/** A diagram has a few dozen groups at most. */
const MAX_COLLAPSED = 60;
/** `&c=-`: the whole diagram, nothing folded (no id can be "-"). */
const NONE_FOLDED = '-';
const isLang = (s: string | null): s is Lang => s !== null && (LANGS as readonly string[]).includes(s);

/**
 * Reads `?d=<diagram>&n=<node>&lang=<fa|en>&step=<n>&c=<group>,<group>`. Anything unknown, malformed or oversized
 * falls back (first diagram, no node, remembered or default language): the URL never
 * reaches the page as markup, only as one of the known ids.
 * Node ids and steps are checked against the diagram once its model has loaded.
 */
export function readUrl(search: string, diagrams: readonly string[], remembered?: string | null): UrlState {
  let p: URLSearchParams;
  try {
    p = new URLSearchParams(search);
  } catch {
    p = new URLSearchParams();
  }
  const get = (k: string) => {
    const v = p.get(k);
    return v !== null && v.length <= MAX ? v : null;
  };
  const d = get('d');
  const diagram = d !== null && (diagrams.includes(d) || d === OVERVIEW) ? d : diagrams[0]!;
  const n = get('n');
  const node = n !== null && ID.test(n) && d === diagram && d !== OVERVIEW ? n : undefined;
  const l = get('lang');
  const lang = isLang(l) ? l : isLang(remembered ?? null) ? (remembered as Lang) : 'fa';
  const st = get('step');
  const step = st !== null && /^\d{1,3}$/.test(st) && diagram !== OVERVIEW ? Number(st) : undefined;
  const c = p.get('c');
  const ids = c !== null && c.length <= MAX * 8 && diagram !== OVERVIEW && d === diagram ? [...new Set(c.split(','))].filter((id) => ID.test(id)) : [];
  const collapsed = ids.length ? ids.slice(0, MAX_COLLAPSED) : c === NONE_FOLDED && d === diagram && diagram !== OVERVIEW ? [] : undefined;
  return { diagram, node, lang, step, collapsed };
}

/** Writes the view back as a query string, keeping unrelated parameters (mode, embed…). */
export function writeUrl(state: UrlState, current: string): string {
  const p = new URLSearchParams(current);
  p.set('d', state.diagram);
  if (state.node) p.set('n', state.node);
  else p.delete('n');
  p.set('lang', state.lang);
  if (state.step !== undefined) p.set('step', String(state.step));
  else p.delete('step');
  if (state.collapsed) p.set('c', state.collapsed.length ? state.collapsed.join(',') : NONE_FOLDED);
  else p.delete('c');
  // Group ids are [a-z0-9-]: the commas between them need no escaping, and read better bare.
  return `?${p.toString().replace(/(^|&)c=[^&]*/, (c) => c.replaceAll('%2C', ','))}`;
}
