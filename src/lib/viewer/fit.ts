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
