/** The sheets the poster prints on: ISO 216 A0 and A1, either way round. */
export type PaperSize = 'a0' | 'a1';
export type Orientation = 'portrait' | 'landscape';
export interface Paper {
  size: PaperSize;
  orientation: Orientation;
}

export const PAPER_SIZES: PaperSize[] = ['a0', 'a1'];
export const ORIENTATIONS: Orientation[] = ['portrait', 'landscape'];

/** Portrait sizes in millimetres (ISO 216). */
export const PAPER_MM: Record<PaperSize, { w: number; h: number }> = {
  a0: { w: 841, h: 1189 },
  a1: { w: 594, h: 841 },
};

/** The sheet in millimetres, turned for landscape. */
export function paperMm(p: Paper): { w: number; h: number } {
  const { w, h } = PAPER_MM[p.size];
  return p.orientation === 'portrait' ? { w, h } : { w: h, h: w };
}

/**
 * The name of the CSS page (`@page a0 { size: 841mm 1189mm }` in print.css) the sheet prints on.
 * @example pageName({ size: 'a1', orientation: 'landscape' }) // → 'a1-landscape'
 */
export function pageName(p: Paper): string {
  return p.orientation === 'portrait' ? p.size : `${p.size}-${p.orientation}`;
}

/** CSS px per millimetre (96 px per inch): the unit the browser lays a printed page out in. */
export const PX_PER_MM = 96 / 25.4;

/**
 * Body text size of the printed poster (mm): 12 pt on A0; on A1 the whole design is the A0 one
 * scaled with the sheet (÷ √2), so both print the same layout. Everything else is in em.
 */
export const BASE_MM: Record<PaperSize, number> = { a0: 4.2, a1: 4.2 / Math.SQRT2 };
