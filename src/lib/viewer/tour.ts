/** A place in the poster-wide tour: a diagram and a step (0: the diagram as a whole, 1…n: its tour steps). */
export interface TourPos {
  diagram: string;
  step: number;
}

/** What the tour needs to know of each diagram, in poster order. */
export interface TourEntry {
  id: string;
  steps: number;
}

/**
 * The next (delta 1) or previous (delta -1) position: through this diagram's steps, then on
 * to the neighbouring diagram (its step 0 going forwards, its last step going back).
 * At either end it stops (undefined) unless `wrap`, as the kiosk's attract loop does.
 */
export function stepFrom(pos: TourPos, delta: 1 | -1, entries: readonly TourEntry[], wrap = false): TourPos | undefined {
  const i = entries.findIndex((e) => e.id === pos.diagram);
  if (i < 0) return entries.length ? { diagram: entries[0]!.id, step: 0 } : undefined;
  const here = entries[i]!;
  const step = pos.step + delta;
  if (step >= 0 && step <= here.steps) return { diagram: here.id, step };
  let j = i + delta;
  if (j < 0 || j >= entries.length) {
    if (!wrap) return undefined;
    j = (j + entries.length) % entries.length;
  }
  const next = entries[j]!;
  return { diagram: next.id, step: delta === 1 ? 0 : next.steps };
}

/** The first or last position of one diagram (Home and End keys). */
export const edgeOf = (entry: TourEntry, end: 'first' | 'last'): TourPos => ({
  diagram: entry.id,
  step: end === 'first' ? 0 : entry.steps,
});
