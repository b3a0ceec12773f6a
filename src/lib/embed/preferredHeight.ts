/** Bounds of the diagram area an embedded poster asks for (px). */
export const STAGE = { min: 280, max: 1200, textMax: 4000 };

/**
 * What fills the area under the title bar and tabs: a diagram of a given aspect ratio
 * (scene height / width), or text of a given height (the title view).
 */
export type StageContent = { ratio: number } | { text: number };

/**
 * The height (px) an embedded poster asks its host for: the chrome above the diagram, then the
 * diagram fitted to the frame's width (so it fills the width with no bands above and below).
 * It depends on the width only, never on the current height: a host that applies it gets the
 * same answer back, so frame and poster settle at once instead of chasing each other.
 * @example preferredHeight(80, 800, { ratio: 0.5 }) → 480
 */
export function preferredHeight(chrome: number, width: number, content: StageContent): number {
  const clamp = (v: number, max: number) => Math.min(max, Math.max(STAGE.min, v));
  const stage = 'ratio' in content ? clamp(width * content.ratio, STAGE.max) : clamp(content.text, STAGE.textMax);
  return Math.ceil(Math.max(0, chrome) + (Number.isFinite(stage) ? stage : STAGE.min));
}
