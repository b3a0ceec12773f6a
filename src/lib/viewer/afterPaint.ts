/** Runs `fn` after the next frame has been painted: work that must not delay the first paint. */
export function afterPaint(fn: () => void) {
  requestAnimationFrame(() => setTimeout(fn, 0));
}

/** Set by the diagram view when the first diagram is on screen and live (benchmarks read it too). */
export const DRAWN_MARK = 'poster:diagram-drawn';

/** Resolves after the first diagram is on screen and live, and one more frame. */
export function whenDrawn(): Promise<void> {
  return new Promise((resolve) => {
    const check = () => (performance.getEntriesByName(DRAWN_MARK).length ? afterPaint(resolve) : requestAnimationFrame(check));
    check();
  });
}
