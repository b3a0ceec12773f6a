import { GLYPH_BOX } from '../layout/glyphBox.ts';
import type { GlyphId } from '../layout/glyphFor.ts';

export { GLYPH_BOX };


/**
 * How a part is painted (glyphs.css `.g-…`), always from the node kind's own colours so the
 * glyph follows every theme: `body` the surface colour outlined in the kind's stroke, `tint` the
 * kind's fill outlined, `line` a stroke only, `ribbon` a thick stroke, `ink` a solid shape in the
 * kind's stroke colour, `hole` a solid shape in the surface colour, `mark` a solid protein mark.
 */
export type Paint = 'body' | 'tint' | 'line' | 'ribbon' | 'ink' | 'hole' | 'mark';
export interface GlyphPart {
  paint: Paint;
  d: string;
}
export interface GlyphDrawing {
  parts: GlyphPart[];
  /** Directional (it points along the flow): mirrored in Persian, like the diagram itself. */
  mirror?: boolean;
}

const f = (n: number) => String(Math.round(n * 100) / 100);

/** A full circle as two absolute arcs. */
export const circle = (cx: number, cy: number, r: number) =>
  `M${f(cx - r)},${f(cy)}A${f(r)},${f(r)} 0 1 0 ${f(cx + r)},${f(cy)}A${f(r)},${f(r)} 0 1 0 ${f(cx - r)},${f(cy)}Z`;

/** An ellipse turned by `deg` degrees (clockwise on screen). */
export const ellipse = (cx: number, cy: number, rx: number, ry: number, deg = 0) => {
  const a = (deg * Math.PI) / 180;
  const [dx, dy] = [rx * Math.cos(a), rx * Math.sin(a)];
  const arc = `A${f(rx)},${f(ry)} ${f(deg)} 1 0`;
  return `M${f(cx - dx)},${f(cy - dy)}${arc} ${f(cx + dx)},${f(cy + dy)}${arc} ${f(cx - dx)},${f(cy - dy)}Z`;
};

const polar = (cx: number, cy: number, r: number, deg: number): [number, number] => [
  cx + r * Math.cos((deg * Math.PI) / 180),
  cy + r * Math.sin((deg * Math.PI) / 180),
];

/** Short radial stubs ending in a knob: surface proteins (tetraspanins) on a vesicle. */
function studs(cx: number, cy: number, r: number, angles: number[]): GlyphPart[] {
  return angles.flatMap((deg) => {
    const [x0, y0] = polar(cx, cy, r, deg);
    const [x1, y1] = polar(cx, cy, r + 2.2, deg);
    const [kx, ky] = polar(cx, cy, r + 3.3, deg);
    return [
      { paint: 'line', d: `M${f(x0)},${f(y0)}L${f(x1)},${f(y1)}` },
      { paint: 'mark', d: circle(kx, ky, 1.5) },
    ];
  });
}

/** A lumpy outline of `n` outward blebs on a circle of radius r (an apoptotic body's surface). */
function blebs(cx: number, cy: number, r: number, n: number, bulge: number): string {
  const pts = Array.from({ length: n }, (_, i) => polar(cx, cy, r, -90 + (360 * i) / n));
  const chord = 2 * r * Math.sin(Math.PI / n);
  const rb = chord / 2 + bulge;
  return `M${f(pts[0]![0])},${f(pts[0]![1])}` + pts.map((_, i) => {
    const [x, y] = pts[(i + 1) % n]!;
    return `A${f(rb)},${f(rb)} 0 0 1 ${f(x)},${f(y)}`;
  }).join('') + 'Z';
}

/** A gear: `n` teeth between radii rIn and rOut. */
function gear(cx: number, cy: number, n: number, rIn: number, rOut: number): string {
  const step = 360 / n;
  const pts: [number, number][] = [];
  for (let i = 0; i < n; i++) {
    const a = i * step - 90;
    pts.push(polar(cx, cy, rIn, a - step * 0.32), polar(cx, cy, rOut, a - step * 0.18), polar(cx, cy, rOut, a + step * 0.18), polar(cx, cy, rIn, a + step * 0.32));
  }
  return 'M' + pts.map(([x, y]) => `${f(x)},${f(y)}`).join('L') + 'Z';
}

/**
 * Vesicle sizes keep the real order (exosome 30–150 nm < microvesicle < apoptotic body), so the
 * three read as small, medium and large side by side.
 */
export const VESICLE_RADIUS = { exosome: 6.5, microvesicle: 10, 'apoptotic-body': 12.5 } as const;

const p = (paint: Paint, d: string): GlyphPart => ({ paint, d });

/** The drawings, hand-made for this poster in a 32 × 32 box. */
export const GLYPH_DRAWINGS: Readonly<Record<GlyphId, GlyphDrawing>> = {
  // A large cell with several nuclei, its ruffled border folded against a resorption pit in bone.
  osteoclast: {
    parts: [
      p('line', 'M1,29 H7 Q16,24.5 25,29 H31'),
      p('body', 'M3,21 C2,11 9,4 16,4 C23,4 30,11 29,21 Q27.5,25.5 26,22 Q24.5,25.5 23,22 Q21.5,25.5 20,22 Q18.5,25.5 17,22 Q15.5,25.5 14,22 Q12.5,25.5 11,22 Q9.5,25.5 8,22 Q6.5,25.5 5,22 Q4,21.5 3,21 Z'),
      p('ink', ellipse(10, 14.5, 2.6, 2)),
      p('ink', ellipse(14.5, 9.5, 2.6, 2)),
      p('ink', ellipse(20, 10, 2.6, 2)),
      p('ink', ellipse(22.5, 15.5, 2.6, 2)),
      p('ink', ellipse(16, 16.5, 2.6, 2)),
    ],
  },
  // A cuboidal cell on the bone surface, nucleus away from the bone, granules of matrix toward it.
  osteoblast: {
    parts: [
      p('line', 'M1,29 H31'),
      p('body', 'M8.5,5 H23.5 A3.5,3.5 0 0 1 27,8.5 V22 A3.5,3.5 0 0 1 23.5,25.5 H8.5 A3.5,3.5 0 0 1 5,22 V8.5 A3.5,3.5 0 0 1 8.5,5 Z'),
      p('ink', ellipse(16, 11.5, 5, 3.6)),
      p('ink', circle(11, 20, 1.4)),
      p('ink', circle(16, 21, 1.4)),
      p('ink', circle(21, 20, 1.4)),
    ],
  },
  // A small body with long branching dendrites reaching out to its neighbours.
  osteocyte: {
    parts: [
      p('line', 'M10.5,14.5 L3,9.5 M6.5,12 L5.5,5 M21.5,14.5 L29,9.5 M25.5,12 L26.5,5 M10.5,17.5 L2.5,22.5 M6.5,20 L6,27.5 M21.5,17.5 L29.5,22.5 M25.5,20 L26,27.5 M16,12 L15,2.5 M16,20 L17,29.5'),
      p('body', ellipse(16, 16, 6.5, 4.3)),
      p('ink', ellipse(16, 16, 3.2, 2.2)),
    ],
  },
  // A spindle-shaped (fibroblast-like) cell with two short processes.
  'stem-cell': {
    parts: [
      p('line', 'M12,12.5 L9,5.5 M20,19.5 L23,26.5'),
      p('body', 'M2,24 C9,21 12,11 19,9.5 C24,8.5 27,8 30,7 C27,10.5 25,17 18,20.5 C12,23 7,24 2,24 Z'),
      p('ink', ellipse(17, 15.2, 4, 2.5, -30)),
    ],
  },
  // A flat, elongated cell lining a vessel, its nucleus the only bulge, on a basement membrane.
  endothelial: {
    parts: [
      p('line', 'M1,25.5 H31'),
      p('body', 'M2,19.5 C7,19.5 10,13.5 16,13.5 C22,13.5 25,19.5 30,19.5 V22.5 H2 Z'),
      p('ink', ellipse(16, 18.3, 4.6, 2.2)),
    ],
  },
  // An irregular cell reaching out with pseudopods, a kidney-shaped nucleus and an engulfed particle.
  macrophage: {
    parts: [
      p('body', 'M7,11 C6,6 11,5 13,8 C15,3 21,3 21.5,8 C25,6.5 30,9 27,13.5 C31,16.5 29.5,22 25,21 C25.5,26.5 19.5,29 17,25 C14,29.5 7.5,28 8.5,23 C3,23.5 1.5,16 6,14 C4.5,13 5.5,11.5 7,11 Z'),
      p('ink', 'M11.5,13 C11.5,9.5 17,9 18.5,11.5 C19.5,13.5 17.5,14.5 16.5,15.5 C15.5,17 17,19 15,19.5 C12.5,20.5 11.5,16.5 11.5,13 Z'),
      p('line', circle(22, 16.5, 2.8)),
      p('ink', circle(22, 16.5, 1.2)),
    ],
  },
  // A star of long, thin processes around a small body.
  dendritic: {
    parts: [
      p('body', 'M16,1.5 Q17,11 19,11.5 Q25,6 29.5,4.5 Q23,10 21.5,14 Q27,15.5 31,17.5 Q25,18.5 21,19 Q23,24.5 25.5,30 Q19,25 17,21.5 Q14,26 9.5,30.5 Q12,24 12,20.5 Q6,22 1.5,23 Q6,19 10.5,16 Q5,12 2,7.5 Q9,10.5 13,12 Q14,6 16,1.5 Z'),
      p('ink', circle(16, 16.2, 3.4)),
    ],
  },
  // A small round lymphocyte: a large nucleus in a thin rim, receptors on its surface.
  't-cell': {
    parts: [
      p('line', 'M7.9,7.9 L6.5,6.5 L6.2,4.5 M6.5,6.5 L4.5,6.2 M24.1,7.9 L25.5,6.5 L25.8,4.5 M25.5,6.5 L27.5,6.2 M16,27.5 V29.5 L14.8,31 M16,29.5 L17.2,31'),
      p('body', circle(16, 16, 11.5)),
      p('ink', circle(16.6, 15.6, 8.2)),
    ],
  },
  // A lumpy, irregular cell with an enlarged, irregular nucleus and prominent nucleoli.
  tumour: {
    parts: [
      p('body', 'M8,6 C12,2.5 17,5 20.5,4 C26.5,2.5 30.5,8.5 28,13.5 C31,18.5 27.5,25 23,24.5 C21,29.5 13,29 11,25.5 C5,27 1.5,21 4,17 C1,12.5 3.5,7 8,6 Z'),
      p('ink', 'M9.5,12.5 C11,8 18,7.5 21.5,10.5 C24.5,13 23.5,19.5 19,20.5 C15.5,22.5 10,21 9.5,17 C9,15.5 9,14 9.5,12.5 Z'),
      p('hole', circle(14, 14, 1.6)),
      p('hole', circle(18.5, 16.5, 1.3)),
    ],
  },
  // A generic cell: membrane, nucleus, nucleolus.
  cell: {
    parts: [p('body', ellipse(16, 16, 13, 11)), p('ink', circle(16, 16, 5)), p('hole', circle(17.2, 14.8, 1.4))],
  },

  // A membrane compartment with a sorting tubule and a first inward bud.
  endosome: {
    parts: [
      p('ribbon', 'M25,10.5 L30,6.5'),
      p('body', 'M7,17 C5,10 10,6 16,7.5 C19,5 24,6.5 25,10.5 C28,13 27.5,19 24,22 C21,26.5 12,27 9,23.5 C7,22 7,19 7,17 Z'),
      p('line', circle(13.5, 15, 2.6)),
      p('ink', circle(19.5, 13, 1.2)),
      p('ink', circle(17.5, 20.5, 1.2)),
    ],
  },
  // A large compartment packed with intraluminal vesicles (ILVs).
  mvb: {
    parts: [
      p('body', circle(16, 16, 13.5)),
      ...[
        [10.5, 11],
        [17, 8.5],
        [22.5, 12.5],
        [9.5, 18.5],
        [16, 15.5],
        [22, 19.5],
        [15, 23],
      ].map(([x, y]) => p('tint', circle(x!, y!, 3))),
    ],
  },
  // The smallest vesicle, a lipid bilayer studded with tetraspanins (CD9, CD63, CD81).
  exosome: {
    parts: [
      ...studs(16, 16, VESICLE_RADIUS.exosome, [-90, -30, 30, 90, 150, 210]),
      p('body', circle(16, 16, VESICLE_RADIUS.exosome)),
      p('line', circle(16, 16, VESICLE_RADIUS.exosome - 2)),
    ],
  },
  // A medium vesicle budded straight from the plasma membrane, with cytoplasmic cargo.
  microvesicle: {
    parts: [
      p('body', 'M6,16 C6,10 10.5,6 16.5,6 C22,6 26,10.5 26,15.5 C26,21.5 21.5,26 16,26 C10,26 6,21.5 6,16 Z'),
      p('ink', circle(12.5, 14, 1.3)),
      p('ink', circle(19, 12.5, 1.3)),
      p('ink', circle(17.5, 20, 1.3)),
    ],
  },
  // The largest: a blebbed fragment of a dying cell carrying pieces of condensed chromatin.
  'apoptotic-body': {
    parts: [
      p('body', blebs(16, 16, VESICLE_RADIUS['apoptotic-body'], 8, 1.2)),
      p('ink', ellipse(12, 13, 3, 2.2, -20)),
      p('ink', circle(19.5, 11.5, 1.9)),
      p('ink', ellipse(18, 19.5, 3, 2.3, 25)),
      p('ink', circle(11.5, 20.5, 1.5)),
    ],
  },
  // A vesicle: a bilayer sphere with cargo.
  vesicle: {
    parts: [p('body', circle(16, 16, 9.5)), p('line', circle(16, 16, 7.2)), p('ink', circle(14, 15, 1.4)), p('ink', circle(18.5, 18, 1.4))],
  },
  // A lipid bilayer: two rows of heads with their tails meeting in the middle.
  membrane: {
    parts: [
      p('line', [4, 10, 16, 22, 28].map((x) => `M${x - 1},10 V15 M${x + 1},10 V15 M${x - 1},22 V17 M${x + 1},22 V17`).join(' ')),
      ...[4, 10, 16, 22, 28].flatMap((x) => [p('ink', circle(x, 8, 2.3)), p('ink', circle(x, 24, 2.3))]),
    ],
  },

  // A folded globule with a helix running through it.
  protein: {
    parts: [
      p('body', 'M8,8.5 C11.5,3 19.5,3.5 22.5,7 C28,7.5 30.5,14.5 27,18.5 C28.5,25 21,29 16,26 C10.5,29 3.5,25 5,19 C1.5,16 3.5,10 8,8.5 Z'),
      p('ribbon', 'M8,17 C9,11 12,11 12.5,16 C13,21 16,21 16.5,16 C17,11 20,11 20.5,16 C21,21 24,21 24.5,15.5'),
    ],
  },
  // A single wavy strand folding back on itself into a hairpin (stem and loop).
  rna: {
    parts: [
      p('line', 'M13,13.5 H21 M13,16.5 H21 M13,19.5 H21'),
      p('ribbon', 'M1.5,23 C4,19 6.5,27 9,23 C10.5,20.5 12,21.5 13,20.5 V11 A4,4 0 0 1 21,11 V20.5 C22,21.5 23.5,20.5 25,23 C27,26.5 29,20 30.5,22'),
    ],
  },
  // Atoms and bonds: a small molecule.
  molecule: {
    parts: [
      p('line', 'M9,21 L19,11 L24.5,22.5 Z'),
      p('tint', circle(9, 21, 4.5)),
      p('body', circle(19, 11, 5.5)),
      p('ink', circle(24.5, 22.5, 3.5)),
    ],
  },
  // Stacked chevrons: a signal passed on step by step, pointing along the diagram's flow.
  pathway: {
    mirror: true,
    parts: [
      p('tint', 'M2,7 H8 L14.5,16 L8,25 H2 L8.5,16 Z'),
      p('body', 'M10,7 H16 L22.5,16 L16,25 H10 L16.5,16 Z'),
      p('ink', 'M18,7 H24 L30.5,16 L24,25 H18 L24.5,16 Z'),
    ],
  },

  // A bone.
  bone: {
    parts: [
      p('body', 'M10.14,13.5 H21.86 A4.4,4.4 0 1 1 27.83,16 A4.4,4.4 0 1 1 21.86,18.5 H10.14 A4.4,4.4 0 1 1 4.17,16 A4.4,4.4 0 1 1 10.14,13.5 Z'),
    ],
  },
  // A blood vessel forking into a new branch (angiogenesis), red cells in its lumen.
  vessel: {
    parts: [
      p('tint', 'M1,12.5 C9,12.5 13,11 17,8 C21,5 25,4 31,4 V11 C26,11 23,12.5 21,16 C23,18.5 26,19 31,19 V26.5 C22,26.5 18,24.5 14,24.5 C9,24.5 5,24.5 1,24.5 Z'),
      p('ink', ellipse(6, 18.5, 2.4, 1.5)),
      p('ink', ellipse(13.5, 18, 2.4, 1.5, -10)),
      p('ink', ellipse(25.5, 7.6, 2.2, 1.4, -15)),
      p('ink', ellipse(26, 22.6, 2.2, 1.4, 10)),
    ],
  },
  // A porous lattice: a block of material open to cells and vessels.
  scaffold: {
    parts: [
      p('body', 'M6,4 H26 A2,2 0 0 1 28,6 V26 A2,2 0 0 1 26,28 H6 A2,2 0 0 1 4,26 V6 A2,2 0 0 1 6,4 Z'),
      ...[9.5, 16, 22.5].flatMap((y) => [9.5, 16, 22.5].map((x) => p('tint', circle(x, y, 2.6)))),
    ],
  },
  // A gear: something being done.
  process: { parts: [p('body', gear(16, 16, 8, 10.5, 14)), p('tint', circle(16, 16, 4.5))] },
  // A target with an arrow in its centre: where the process leads.
  outcome: {
    parts: [
      p('body', circle(15, 17, 13)),
      p('tint', circle(15, 17, 8.5)),
      p('ink', circle(15, 17, 4)),
      p('ribbon', 'M15,17 L27.5,4.5 M27.5,4.5 V1.5 M27.5,4.5 H30.5'),
    ],
  },
  // A gauge: a measured quality.
  property: {
    parts: [
      p('body', 'M3,23 A13,13 0 0 1 29,23 Z'),
      p('line', 'M6,23 H8.5 M8.9,15.9 L10.7,17.7 M16,13 V15.5 M23.1,15.9 L21.3,17.7 M26,23 H23.5'),
      p('ribbon', 'M16,23 L22,16'),
      p('ink', circle(16, 23, 2.2)),
    ],
  },
  // A light bulb: an idea or approach.
  concept: {
    parts: [
      p('body', 'M16,3.5 C10.5,3.5 6.5,7.5 6.5,12.5 C6.5,16.5 9,18.5 10.5,20.5 C11.5,22 11.5,23 11.5,23.5 H20.5 C20.5,23 20.5,22 21.5,20.5 C23,18.5 25.5,16.5 25.5,12.5 C25.5,7.5 21.5,3.5 16,3.5 Z'),
      p('line', 'M12,26.5 H20 M13.5,29 H18.5 M13,14 L14.5,17.5 L16,13.5 L17.5,17.5 L19,14'),
    ],
  },
};


