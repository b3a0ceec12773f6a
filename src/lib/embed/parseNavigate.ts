import { readUrl, type UrlState } from '../viewer/url.ts';
import { field, HOST_SOURCE, VERSION } from './messages.ts';

/** The view a navigate message asks for: diagram, node (undefined: none) and language. */
export type NavigateTarget = Omit<UrlState, 'step'>;

/**
 * Reads a host's `navigate` message (messages.ts) against the current view and the known
 * diagram ids. The values go through readUrl, as if they came in the address, so only known
 * ids come out; a message with any field that readUrl would not accept as given is refused
 * whole (undefined), never half applied. Node ids are checked against the diagram's model by
 * the viewer, as for the URL.
 * @example parseNavigate({ source: 'exosome-poster-host', version: 1, type: 'navigate', lang: 'en' },
 *   { diagram: 'cargo', node: 'cd63', lang: 'fa' }, ids) → { diagram: 'cargo', node: 'cd63', lang: 'en' }
 */
export function parseNavigate(data: unknown, current: NavigateTarget, diagrams: readonly string[]): NavigateTarget | undefined {
  if (field(data, 'source') !== HOST_SOURCE || field(data, 'version') !== VERSION || field(data, 'type') !== 'navigate') return undefined;
  const [diagram, node, lang] = [field(data, 'diagram'), field(data, 'node'), field(data, 'lang')];
  if (diagram === undefined && node === undefined && lang === undefined) return undefined;
  if ((diagram !== undefined && typeof diagram !== 'string') || (lang !== undefined && typeof lang !== 'string')) return undefined;
  if (node !== undefined && node !== null && typeof node !== 'string') return undefined;

  const d = diagram ?? current.diagram;
  const l = lang ?? current.lang;
  // An absent node keeps the open one within the same diagram; null closes it.
  const n = node === null ? undefined : (node ?? (d === current.diagram ? current.node : undefined));
  // URLSearchParams encodes each value: "a&n=b" stays one value and fails the id check.
  const q = new URLSearchParams({ d, lang: l });
  if (n !== undefined) q.set('n', n);
  const s = readUrl(`?${q}`, diagrams);
  if (s.diagram !== d || s.lang !== l || s.node !== n) return undefined;
  return { diagram: s.diagram, node: s.node, lang: s.lang };
}
