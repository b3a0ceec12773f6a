// A Latin term with the punctuation that lives inside terms: miR-126, ESCRT-III, Raf/ERK, Ca²⁺, β-catenin.
const LATIN = /[A-Za-z0-9\u00C0-\u024F\u0370-\u03FF][A-Za-z0-9_\u00C0-\u024F\u0370-\u03FF\-–/.+²⁺']*(?:[ ,]+[A-Za-z0-9\u00C0-\u024F\u0370-\u03FF][A-Za-z0-9_\u00C0-\u024F\u0370-\u03FF\-–/.+²⁺']*)*/g;

export interface Run {
  latin: boolean;
  s: string;
}

/**
 * Splits Persian text into Persian and Latin runs, so each Latin run can be isolated
 * from the bidi algorithm (in HTML with <bdi>, in SVG with LRI…PDI).
 * @example splitLatinRuns('پروتئین SNARE و Rab27a') → [fa 'پروتئین ', latin 'SNARE', fa ' و ', latin 'Rab27a']
 */
export function splitLatinRuns(text: string): Run[] {
  const out: Run[] = [];
  let last = 0;
  for (const m of text.matchAll(LATIN)) {
    let s = m[0].replace(/[ ,]+$/, '');
    if (m.index > last) out.push({ latin: false, s: text.slice(last, m.index) });
    out.push({ latin: true, s });
    last = m.index + s.length;
  }
  if (last < text.length) out.push({ latin: false, s: text.slice(last) });
  return out;
}
