import { withStrings } from '../i18n/index.ts';
import { retryable } from '../viewer/retryable.ts';

/**
 * A component module fetched the first time `when()` is true, then kept: parts of the poster
 * that are not needed to draw the diagram stay off the first-load bundle. It is ready when the
 * interface strings it shows are too (the first load carries only the first view's).
 * @example const panel = lazyWhen(() => !!viewer.selected, () => import('./AnnotationPanel.svelte'));
 *          {#if panel.module}{#await panel.module then { default: Panel }}<Panel />{/await}{/if}
 */
export function lazyWhen<T>(when: () => boolean, load: () => Promise<T>) {
  let module = $state<Promise<T>>();
  // A failed load (a lost request) is forgotten: the next time `when()` changes, it tries again.
  const get = retryable(() => withStrings(load()));
  $effect(() => {
    if (when()) module = get();
  });
  return {
    get module() {
      return module;
    },
  };
}
