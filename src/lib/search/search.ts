import type { Bilingual, Lang } from '../model/types.ts';
import { fold, normalize, type Folded } from './normalize.ts';

/** One searchable node: its diagram, its label and annotation as plain text, both languages. */
export interface SearchDoc {
  d: string;
  n: string;
  diagram: Bilingual;
  label: Bilingual;
  text: Bilingual;
}

interface Prepared {
  doc: SearchDoc;
  label: Record<Lang, Folded>;
  text: Record<Lang, Folded>;
}

/** A result: where it matched, and the ranges of the original string to highlight. */
export interface Hit {
  doc: SearchDoc;
  field: 'label' | 'text';
  lang: Lang;
  score: number;
  /** The label, or a snippet of the annotation around the match. */
  shown: string;
  marks: [number, number][];
}

export type SearchIndex = Prepared[];

export function prepareIndex(docs: SearchDoc[]): SearchIndex {
  return docs.map((doc) => ({
    doc,
    label: { fa: fold(doc.label.fa), en: fold(doc.label.en) },
    text: { fa: fold(doc.text.fa), en: fold(doc.text.en) },
  }));
}

const WORD_START = /[\s\u200c(«"'/،,-]/;

/** Original [start, end) of a match found at folded positions [at, at + len). */
function span(f: Folded, at: number, len: number): [number, number] {
  return [f.from[at]!, f.from[at + len - 1]! + 1];
}

/**
 * Ranks nodes for a query: whole label > label prefix > a word of the label > inside the label
 * > a word of the annotation > inside the annotation; the reader's language first on ties,
 * then shorter labels. Matching is on folded text (see normalize.ts).
 */
export function search(index: SearchIndex, query: string, lang: Lang, limit = 12): Hit[] {
  const q = normalize(query);
  if (!q) return [];
  const hits: Hit[] = [];
  for (const p of index) {
    let best: Hit | undefined;
    for (const l of [lang, lang === 'fa' ? 'en' : 'fa'] as const) {
      const bonus = l === lang ? 1 : 0;
      const lf = p.label[l];
      const at = lf.text.indexOf(q);
      if (at >= 0) {
        const [s, e] = span(lf, at, q.length);
        const original = p.doc.label[l];
        const wordStart = s === 0 || WORD_START.test(original[s - 1]!);
        const score = (lf.text === q ? 100 : at === 0 ? 80 : wordStart ? 60 : 40) + bonus;
        if (!best || score > best.score) best = { doc: p.doc, field: 'label', lang: l, score, shown: original, marks: [[s, e]] };
        continue;
      }
      const tf = p.text[l];
      const tat = tf.text.indexOf(q);
      if (tat >= 0) {
        const [s, e] = span(tf, tat, q.length);
        const original = p.doc.text[l];
        const wordStart = s === 0 || WORD_START.test(original[s - 1]!);
        const score = (wordStart ? 20 : 10) + bonus;
        if (!best || score > best.score) {
          const from = Math.max(0, s - 40);
          const to = Math.min(original.length, e + 60);
          const shown = (from > 0 ? '…' : '') + original.slice(from, to) + (to < original.length ? '…' : '');
          const shift = (from > 0 ? 1 : 0) - from;
          best = { doc: p.doc, field: 'text', lang: l, score, shown, marks: [[s + shift, e + shift]] };
        }
      }
    }
    if (best) hits.push(best);
  }
  return hits
    .sort((a, b) => b.score - a.score || a.doc.label[lang].length - b.doc.label[lang].length)
    .slice(0, limit);
}
