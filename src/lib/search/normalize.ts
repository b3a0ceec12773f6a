// Persian and Latin search normalisation, after meilisearch's charabia (normalizer/persian.rs):
// Arabic yeh and alef maksura (U+064A, U+0649) → ی, Arabic kaf (U+0643) → ک, Persian and Arabic-Indic digits → ASCII, and the half-space (ZWNJ),
// tatweel, short-vowel marks, hyphens and spaces dropped, Latin lower-cased. Both the text
// and the query go through it, so "اگزوزومها", "اگزوزوم‌ها" and "اگزوزوم ها" are one word
// and "mir126" finds "miR-126".

// Keys written as escapes: the source itself holds no Arabic yeh or kaf.
const MAP: Record<string, string> = { '\u064A': 'ی', '\u0649': 'ی', '\u0643': 'ک', 'ۀ': 'ه', 'ة': 'ه', 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ؤ': 'و' };
const DROP = /[\u200c\u200d\u200e\u200f\u2066-\u2069\u0640\u064b-\u065f\u0670\s\-‐‑–—_·.,،:;()[\]/'"«»]/u;

/** A normalised string with, for each of its characters, the index it came from in the original. */
export interface Folded {
  text: string;
  from: number[];
}

/** Folds text for matching, keeping the way back to the original for highlighting. */
export function fold(original: string): Folded {
  let text = '';
  const from: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const ch = original[i]!;
    if (DROP.test(ch)) continue;
    const code = ch.charCodeAt(0);
    let out: string;
    if (code >= 0x06f0 && code <= 0x06f9) out = String(code - 0x06f0);
    else if (code >= 0x0660 && code <= 0x0669) out = String(code - 0x0660);
    else out = MAP[ch] ?? ch.toLowerCase();
    text += out;
    from.push(i);
  }
  return { text, from };
}

/** The folded form alone, for queries. */
export const normalize = (s: string) => fold(s).text;
