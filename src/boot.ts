import { hydrate, mount } from 'svelte';
import App from './App.svelte';
import { applyLang, setupI18n } from './lib/i18n/index.ts';
import { DEFAULT_MODE, readMode } from './lib/viewer/mode.ts';
import { ViewerState } from './lib/viewer/viewerState.svelte.ts';

/**
 * Starts the poster once the first view's scene and strings are there. The built index.html
 * already holds the default view, prerendered (scripts/prerender.ts); when the URL asks for that
 * view the app adopts the markup (hydrates), otherwise it draws afresh.
 */
export async function boot() {
  const target = document.getElementById('app')!;
  const config = readMode(location.search);
  const viewer = new ViewerState(config);
  const scene = viewer.fromUrl(location.search); // sets the language at once
  await Promise.all([scene, setupI18n(viewer.lang)]);
  applyLang(viewer.lang);
  // The markup was rendered for the normal page; a kiosk, classroom or embed view draws afresh.
  const normal = config.mode === DEFAULT_MODE.mode && !config.embed;
  // A small screen's overview (viewer/compact.ts) is another scene than the prerendered one: draw afresh.
  const prerendered = viewer.scene === viewer.baseScene;
  if (normal && prerendered && target.dataset.view === `${viewer.diagramId}/${viewer.lang}` && viewer.step === undefined) {
    // The prerendered page shows no open annotation: hydrate that, then open it.
    const node = viewer.selectedId;
    viewer.selectedId = undefined;
    hydrate(App, { target, props: { viewer } });
    viewer.selectedId = node;
  } else {
    target.replaceChildren();
    mount(App, { target, props: { viewer } });
  }
}
