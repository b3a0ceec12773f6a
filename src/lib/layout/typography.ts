/**
 * One type scale for labels, shared by the build-time measurer and the SVG renderer,
 * so the boxes ELK reserves are the boxes the browser fills.
 */
export const TYPE = {
  node: { size: 15, weight: 400, line: 20, maxWidth: 170 },
  group: { size: 14, weight: 700, line: 19, maxWidth: 280 },
  edge: { size: 12.5, weight: 400, line: 16, maxWidth: 120 },
} as const;

/** Inner padding of a node box around its label lines. */
export const PAD = { x: 14, y: 10, vesicleX: 22, group: 14, groupHeader: 10 } as const;
export const MIN_NODE = { w: 72, h: 40 } as const;
/** Padding around an edge label's text (it gets a halo behind it). */
export const EDGE_LABEL_PAD = { x: 5, y: 2 } as const;

/**
 * A node's glyph (src/lib/layout/glyphFor.ts) sits at the label's inline start: `size` px square,
 * then at least `gap` px before the text. The layout widens the box by `size + gap` (its "room"),
 * so the glyph never covers the label. The glyph sits `edge` px from the border (`edgeVesicle`
 * in a vesicle's round end), nearer than the text's padding, so the text keeps
 * `gap + PAD.x − edge` = 10 px from it: room for the projection theme's bold labels, which are
 * wider than the regular ones the layout measures. Containers carry a smaller one beside their header.
 */
export const GLYPH = {
  node: { size: 30, gap: 6, edge: 10, edgeVesicle: 18 },
  group: { size: 22, gap: 6 },
} as const;
export const glyphRoom = (g: { size: number; gap: number }) => g.size + g.gap;
