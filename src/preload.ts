// Starts fetching the first view's scene and interface strings before the app's main chunk
// has arrived; the app's own ask then reuses the same request (vite-plugin.ts, `json`).
import { diagrams, loaders, strings } from 'virtual:poster/index';
import { readUrl } from './lib/viewer/url.ts';

export function preloadView() {
  let remembered: string | null = null;
  try {
    remembered = sessionStorage.getItem('exosome-poster.lang');
  } catch {
    /* storage disabled: the default language */
  }
  const view = readUrl(location.search, diagrams.map((d) => d.id), remembered);
  void loaders[view.diagram]?.scene[view.lang]().catch(() => undefined);
  void strings[view.lang].first().catch(() => undefined);
}
