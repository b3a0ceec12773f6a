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

/** Where the folded query occurs in a field, in original positions, and whether a word starts there. */
function find(f: Folded, original: string, q: string) {
  const at = f.text.indexOf(q);
  if (at < 0) return undefined;
  const [s, e] = span(f, at, q.length);
  return { s, e, wordStart: s === 0 || WORD_START.test(original[s - 1]!) };
}

/** About a line of the annotation around a match, with the match's place in it. */
function snippet(original: string, s: number, e: number): Pick<Hit, 'shown' | 'marks'> {
  const from = Math.max(0, s - 40);
  const to = Math.min(original.length, e + 60);
  const shift = (from > 0 ? 1 : 0) - from;
  return {
    shown: (from > 0 ? '…' : '') + original.slice(from, to) + (to < original.length ? '…' : ''),
    marks: [[s + shift, e + shift]],
  };
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
      const inLabel = find(p.label[l], p.doc.label[l], q);
      if (inLabel) {
        const score = (p.label[l].text === q ? 100 : inLabel.s === 0 ? 80 : inLabel.wordStart ? 60 : 40) + bonus;
        if (!best || score > best.score)
          best = { doc: p.doc, field: 'label', lang: l, score, shown: p.doc.label[l], marks: [[inLabel.s, inLabel.e]] };
        continue;
      }
      const inText = find(p.text[l], p.doc.text[l], q);
      if (!inText) continue;
      const score = (inText.wordStart ? 20 : 10) + bonus;
      if (!best || score > best.score) best = { doc: p.doc, field: 'text', lang: l, score, ...snippet(p.doc.text[l], inText.s, inText.e) };
    }
    if (best) hits.push(best);
  }
  return hits
    .sort((a, b) => b.score - a.score || a.doc.label[lang].length - b.doc.label[lang].length)
    .slice(0, limit);
}
