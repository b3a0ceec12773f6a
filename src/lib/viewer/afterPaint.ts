/** Runs `fn` after the next frame has been painted: work that must not delay the first paint. */
export function afterPaint(fn: () => void) {
  requestAnimationFrame(() => setTimeout(fn, 0));
}
