/** A zoom transform: screen = k · scene + (x, y). */
export interface View {
  x: number;
  y: number;
  k: number;
}

/**
 * The transform that shows a box of the scene centred in a viewport with a margin,
 * never magnifying past `maxK` (a three-node diagram should not fill a wall).
 */
export function fitView(
  box: { x: number; y: number; w: number; h: number },
  viewport: { w: number; h: number },
  margin = 16,
  maxK = 1.6,
): View {
  const w = Math.max(1, viewport.w - 2 * margin);
  const h = Math.max(1, viewport.h - 2 * margin);
  const k = Math.min(maxK, w / Math.max(1, box.w), h / Math.max(1, box.h));
  return { k, x: viewport.w / 2 - k * (box.x + box.w / 2), y: viewport.h / 2 - k * (box.y + box.h / 2) };
}

/** Width of the annotation panel over the diagram (mirrors `.panel` in global.css). */
export const PANEL = { rem: 26, vw: 0.4, sheetBelow: 720, sheetHeight: 0.55 };

/**
 * The part of a w×h diagram viewport the annotation panel leaves uncovered: the panel sits at
 * the inline end (right in English, left in Persian), or as a bottom sheet on narrow screens.
 */
export function visibleArea(w: number, h: number, rtl: boolean, remPx = 16) {
  if (w <= PANEL.sheetBelow) return { x: 0, y: 0, w, h: h * (1 - PANEL.sheetHeight) };
  const pw = Math.min(PANEL.rem * remPx, PANEL.vw * w);
  return { x: rtl ? pw : 0, y: 0, w: w - pw, h };
}
