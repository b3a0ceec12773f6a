import type { RichText } from './types.ts';

const CITE = /\[(\d+(?:\s*[,،]\s*\d+)*)\]/g;

/**
 * Splits annotation text into runs and citations: "budding [19, 21]." → text, cite [19, 21], text.
 * Whitespace from YAML folding is collapsed; the Persian comma (،) is accepted inside brackets.
 */
export function parseRichText(source: string): RichText {
  const s = source.replace(/\s+/g, ' ').trim();
  const out: RichText = [];
  let last = 0;
  for (const m of s.matchAll(CITE)) {
    if (m.index > last) out.push({ t: 'text', s: s.slice(last, m.index) });
    out.push({ t: 'cite', refs: m[1]!.split(/[,،]/).map((n) => Number(n.trim())) });
    last = m.index + m[0].length;
  }
  if (last < s.length) out.push({ t: 'text', s: s.slice(last) });
  return out;
}

export const citedIn = (rich: RichText) => rich.flatMap((seg) => (seg.t === 'cite' ? seg.refs : []));
