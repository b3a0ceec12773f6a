// Starts fetching the first view's scene and interface strings before the app's main chunk
// has arrived, so they are in the module cache when the app asks for them.
import { diagrams, loaders } from 'virtual:poster/index';
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
  void (view.lang === 'fa' ? import('./lib/i18n/locales/fa.json') : import('./lib/i18n/locales/en.json')).catch(() => undefined);
}
