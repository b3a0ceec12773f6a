import '@fontsource/vazirmatn/400.css';
import '@fontsource/vazirmatn/700.css';
import './styles/global.css';
import './styles/embed.css';
import './styles/export.css';
import { afterPaint } from './lib/viewer/afterPaint.ts';
import { applyTheme, storedTheme } from './lib/viewer/theme.ts';
import { preloadView } from './preload.ts';

// The reader's theme before anything paints (no flash of the other scheme).
applyTheme(storedTheme(), false);

// Production builds only, once the poster is live: the service worker that keeps it working offline.
const offline = () => {
  if (import.meta.env.PROD) afterPaint(() => void import('./lib/offline/registerOffline.ts').then((m) => m.registerOffline()));
};
// Tiny on purpose. Fetch the app (and the view's data) in parallel...
const start = () => void import('./boot.ts').then(({ boot }) => boot()).then(offline);
preloadView();
if (document.getElementById('app')?.dataset.view) {
  // ...except when the prerendered poster is already drawn: let the browser finish it (fonts
  // in, painted) before the app's script takes the main thread of a slow device. The view's
  // data is on its way meanwhile (preloadView: network only).
  void document.fonts.ready.then(() => afterPaint(start));
} else start();
