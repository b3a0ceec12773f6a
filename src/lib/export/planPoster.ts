/** A diagram's own size (scene px). */
export interface Size {
  w: number;
  h: number;
}

export interface PosterPlan {
  /** Sheet px per scene px, the same for every diagram so labels print at one size. */
  scale: number;
  /** Diagram indices per column, in reading order (column 1 is at the inline start). */
  columns: number[][];
  /** Width of one column (px). */
  columnWidth: number;
}

export interface PlanOptions {
  /** The sheet area the diagrams share (px). */
  width: number;
  height: number;
  /** Space between columns (px). */
  gap: number;
  /** Height each figure adds besides its drawing: caption and spacing (px). */
  caption: number;
  /** At most this many columns. */
  maxColumns?: number;
  /** Never enlarge a diagram past this scale (a few small diagrams would print huge). */
  maxScale?: number;
}

/**
 * Places diagrams in columns on one sheet at the largest common scale that fits: every way
 * of cutting the list, in order, into 1…maxColumns consecutive runs is tried (a handful of
 * diagrams make a few hundred cuts at most), and the cut allowing the largest scale wins.
 * @example planPoster([{ w: 100, h: 50 }, { w: 100, h: 50 }], { width: 210, height: 60, gap: 10, caption: 10 })
 *          // → two columns of one diagram each at scale 1
 */
export function planPoster(sizes: Size[], o: PlanOptions): PosterPlan {
  const maxScale = o.maxScale ?? Infinity;
  let best: PosterPlan = { scale: 0, columns: [sizes.map((_, i) => i)], columnWidth: o.width };
  if (!sizes.length) return best;
  const most = Math.min(o.maxColumns ?? 4, sizes.length);
  for (let n = 1; n <= most; n++) {
    const columnWidth = (o.width - (n - 1) * o.gap) / n;
    if (columnWidth <= 0) break;
    for (const columns of cuts(sizes.length, n)) {
      const scale = Math.min(maxScale, ...columns.map((col) => fitColumn(col.map((i) => sizes[i]!), columnWidth, o.height, o.caption)));
      // Ties go to fewer columns (found first): wider margins, fewer breaks in the reading order.
      if (scale > best.scale + 1e-9) best = { scale, columns, columnWidth };
    }
  }
  return best;
}

/** The largest scale at which a column of diagrams fits `width` × `height`, captions included. */
function fitColumn(col: Size[], width: number, height: number, caption: number): number {
  const room = height - caption * col.length;
  if (room <= 0) return 0;
  const byWidth = Math.min(...col.map((s) => width / s.w));
  const byHeight = room / col.reduce((sum, s) => sum + s.h, 0);
  return Math.max(0, Math.min(byWidth, byHeight));
}

/** Every way to cut 0…count-1 into n non-empty consecutive runs. */
function* cuts(count: number, n: number, from = 0): Generator<number[][]> {
  if (n === 1) {
    yield [range(from, count)];
    return;
  }
  for (let end = from + 1; end <= count - (n - 1); end++)
    for (const rest of cuts(count, n - 1, end)) yield [range(from, end), ...rest];
}

const range = (a: number, b: number) => Array.from({ length: b - a }, (_, i) => a + i);
