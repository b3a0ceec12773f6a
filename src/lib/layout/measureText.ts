import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as hb from 'harfbuzzjs';
import { woffToSfnt } from './woffToSfnt.ts';

/** A text measurer: width in CSS px of one line of text at a size and weight. */
export type Measure = (text: string, size: number, weight: 400 | 700) => number;

type Subset = 'arabic' | 'latin' | 'latin-ext';

// The unicode-range split of @fontsource/vazirmatn, simplified to what our text uses.
// The browser picks a file per character by these ranges, and shapes each run in its file.
function subsetOf(cp: number): Subset {
  if ((cp >= 0x0600 && cp <= 0x08ff) || (cp >= 0xfb50 && cp <= 0xfefc) || (cp >= 0x200c && cp <= 0x200e))
    return 'arabic';
  if (cp <= 0xff || (cp >= 0x2000 && cp <= 0x206f) || cp === 0x2212) return 'latin';
  return 'latin-ext';
}

/** Bidi controls we insert for isolation: zero width, never drawn, never measured. */
const CONTROLS = /[\u2066-\u2069\u200e\u200f]/g;

/**
 * Measures with HarfBuzz over the bundled Vazirmatn subsets, run by run as the browser
 * does (joined Persian letter forms change widths, so summing glyph advances would lie).
 */
export function createMeasure(): Measure {
  const require = createRequire(import.meta.url);
  const fonts = new Map<string, { font: hb.Font; upem: number }>();
  const fontFor = (subset: Subset, weight: number) => {
    const key = `${subset}-${weight}`;
    let f = fonts.get(key);
    if (!f) {
      const file = require.resolve(`@fontsource/vazirmatn/files/vazirmatn-${subset}-${weight}-normal.woff`);
      const face = new hb.Face(new hb.Blob(woffToSfnt(readFileSync(file))));
      f = { font: new hb.Font(face), upem: face.upem };
      fonts.set(key, f);
    }
    return f;
  };
  const cache = new Map<string, number>();
  return (text, size, weight) => {
    const key = `${weight}|${text}`;
    let units = cache.get(key);
    if (units === undefined) {
      units = 0;
      const clean = text.replace(CONTROLS, '');
      let run = '';
      let runSubset: Subset | null = null;
      const flush = () => {
        if (!run || !runSubset) return;
        const { font, upem } = fontFor(runSubset, weight);
        const buf = new hb.Buffer();
        buf.addText(run);
        buf.guessSegmentProperties();
        hb.shape(font, buf);
        for (const p of buf.getGlyphPositions()) units! += p.xAdvance / upem;
        run = '';
      };
      for (const ch of clean) {
        const s = subsetOf(ch.codePointAt(0)!);
        if (s !== runSubset) {
          flush();
          runSubset = s;
        }
        run += ch;
      }
      flush();
      cache.set(key, units);
    }
    return units * size;
  };
}
