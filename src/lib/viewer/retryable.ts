/**
 * `load` once, shared by every caller, until it fails: a failed load (a request lost on a flaky
 * network, offline without the file) is forgotten, so the next call tries again. For code and
 * data fetched after the first paint (keyboard moves, the dialogs, interface strings).
 */
export function retryable<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    if (!pending) {
      const p = load();
      pending = p;
      p.catch(() => {
        if (pending === p) pending = undefined;
      });
    }
    return pending;
  };
}
