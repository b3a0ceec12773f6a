import { fitScale } from '../layout/fitScale.ts';

/**
 * A zoom transform inside the diagram's viewBox: drawn = k · scene + (x, y).
 * The identity view is "fit to screen": the SVG's viewBox with preserveAspectRatio meet does
 * that fit, in plain HTML, before any script runs (and so in the prerendered page too).
 */
export interface View {
  x: number;
  y: number;
  k: number;
}

export const FIT: View = { x: 0, y: 0, k: 1 };

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** How a vw×vh viewBox with `xMidYMid meet` sits in a w×h element: scale and offsets in px. */
export function meet(vw: number, vh: number, w: number, h: number) {
  const s = fitScale({ width: Math.max(1, vw), height: Math.max(1, vh) }, w, h);
  return { s, ox: (w - vw * s) / 2, oy: (h - vh * s) / 2 };
}
export type Meet = ReturnType<typeof meet>;

/** Where a scene box appears on screen (px in the element) under a view. */
export function onScreen(box: Box, v: View, m: Meet): Box {
  return { x: m.ox + m.s * (v.x + v.k * box.x), y: m.oy + m.s * (v.y + v.k * box.y), w: m.s * v.k * box.w, h: m.s * v.k * box.h };
}

/** The view at zoom k that puts the centre of a scene box at the centre of a screen rect. */
export function centreOn(box: Box, k: number, rect: Box, m: Meet): View {
  const cx = (rect.x + rect.w / 2 - m.ox) / m.s;
  const cy = (rect.y + rect.h / 2 - m.oy) / m.s;
  return { k, x: cx - k * (box.x + box.w / 2), y: cy - k * (box.y + box.h / 2) };
}

/** Width of the annotation panel over the diagram (mirrors `.panel` in global.css). */
export const PANEL = { rem: 26, vw: 0.4, sheetBelow: 720, sheetHeight: 0.55 };

/**
 * The part of a w×h diagram viewport the annotation panel leaves uncovered: the panel sits at
 * the inline end (right in English, left in Persian), or as a bottom sheet on narrow screens.
 */
export function visibleArea(w: number, h: number, rtl: boolean, remPx = 16): Box {
  if (w <= PANEL.sheetBelow) return { x: 0, y: 0, w, h: h * (1 - PANEL.sheetHeight) };
  const pw = Math.min(PANEL.rem * remPx, PANEL.vw * w);
  return { x: rtl ? pw : 0, y: 0, w: w - pw, h };
}

/** The part of the scene a w×h element shows under a view: the minimap's frame. */
export function visibleScene(v: View, m: Meet, w: number, h: number): Box {
  return { x: ((0 - m.ox) / m.s - v.x) / v.k, y: ((0 - m.oy) / m.s - v.y) / v.k, w: w / m.s / v.k, h: h / m.s / v.k };
}
