// Server entry, built and run at build time only (scripts/prerender.ts): renders the default
// view (first diagram, Persian) to HTML, so the poster is on screen before any script runs.
import { addMessages, init } from 'svelte-i18n';
import { render } from 'svelte/server';
import App from './App.svelte';
import { splitStrings } from './lib/i18n/firstPaint.ts';
import en from './lib/i18n/locales/en.json';
import fa from './lib/i18n/locales/fa.json';
import { ViewerState } from './lib/viewer/viewerState.svelte.ts';

export async function renderDefault() {
  const viewer = new ViewerState();
  await viewer.loadDefault();
  // What the browser has when it adopts this markup: the first view's strings only.
  addMessages('en', splitStrings(en).first);
  addMessages('fa', splitStrings(fa).first);
  init({ fallbackLocale: 'fa', initialLocale: viewer.lang });
  const { body, head } = render(App, { props: { viewer } });
  return { body, head, view: `${viewer.diagramId}/${viewer.lang}` };
}
