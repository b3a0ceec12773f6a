import type { Bilingual, Content } from './types.ts';

/** A place that cites a reference: a diagram's summary, a node, or an arrow (opened at its source node). */
export interface CitePlace {
  d: string;
  /** The node to open; absent for the diagram's summary. */
  n?: string;
  /** What is cited there: the node's label, "source → target" for an arrow, or the diagram's name. */
  label: Bilingual;
  /** The diagram's tab label. */
  title: Bilingual;
}

/**
 * Reference number → every place in the poster that cites it, in poster order, so the
 * bibliography can show (and open) where each reference is used.
 */
export function citationIndex(c: Content): Record<number, CitePlace[]> {
  const index: Record<number, CitePlace[]> = {};
  const add = (refs: readonly number[], place: CitePlace) => {
    for (const r of new Set(refs)) {
      const list = (index[r] ??= []);
      if (!list.some((p) => p.d === place.d && p.n === place.n && p.label.en === place.label.en)) list.push(place);
    }
  };
  const cites = (text: { fa: { t: string; refs?: number[] }[] }) => text.fa.flatMap((s) => (s.t === 'cite' ? s.refs! : []));
  for (const d of [...c.diagrams].sort((a, b) => a.order - b.order)) {
    add(cites(d.summary), { d: d.id, label: d.title, title: d.short });
    const byId = new Map(d.nodes.map((n) => [n.id, n]));
    for (const n of d.nodes) add(n.refs, { d: d.id, n: n.id, label: n.label, title: d.short });
    for (const e of d.edges) {
      const from = byId.get(e.from)!.label;
      const to = byId.get(e.to)!.label;
      add(e.refs, { d: d.id, n: e.from, label: { fa: `${from.fa} ← ${to.fa}`, en: `${from.en} → ${to.en}` }, title: d.short });
    }
  }
  return index;
}
