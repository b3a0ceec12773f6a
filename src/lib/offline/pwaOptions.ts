import type { VitePWAOptions } from 'vite-plugin-pwa';
import en from '../i18n/locales/en.json' with { type: 'json' };
import fa from '../i18n/locales/fa.json' with { type: 'json' };

/**
 * What the service worker precaches: everything the built poster can ask for (app and lazy
 * chunks; every diagram's scene and overview in both languages and the interface strings, as
 * JSON files; its model, references, glossary terms, search index, the Vazirmatn woff2 files,
 * the icon), so one visit is enough to use it offline.
 *
 * Left out: `.woff` (the fallback for browsers without woff2, and every browser with service
 * workers reads woff2), the service worker itself and its Workbox runtime (the browser stores
 * those with the registration), and `bench-static.html` (written into dist/ by `npm run bench`).
 * The web manifest is added by the plugin itself.
 */
export const PRECACHE_GLOBS = ['**/*.{html,js,json,css,woff2,svg}'];
export const PRECACHE_IGNORES = ['sw.js', 'workbox-*.js', 'bench-static.html'];

/**
 * vite-plugin-pwa with Workbox's generateSW. Only `vite build` uses it (never the dev server).
 *
 * - Registration is ours (src/lib/offline/registerOffline.ts, after the first paint): no inline
 *   script, so the strict CSP holds.
 * - Updates: `autoUpdate` with skipWaiting + clientsClaim. A new deploy's worker installs in the
 *   background, takes over at once, and the page reloads itself once onto the new version at the
 *   same view (the URL holds diagram, node, language and step). Without the reload an old page
 *   could ask for a lazy chunk of the old version that the new worker no longer holds.
 * - Any navigation (any query string) is answered with the precached index.html, which routes
 *   the query itself.
 * - scripts/prerender.mjs writes the default view into index.html after `vite build`, then
 *   regenerates the worker so the precached index.html is the prerendered one.
 */
export const pwaOptions: Partial<VitePWAOptions> = {
  strategies: 'generateSW',
  registerType: 'autoUpdate',
  injectRegister: false,
  // favicon.svg is in the globs already; the plugin would list it a second time.
  includeManifestIcons: false,
  manifest: {
    name: `${fa['app.name']} · ${en['app.name']}`,
    short_name: fa['app.name'],
    description: en['app.tagline'],
    lang: 'fa',
    dir: 'rtl',
    start_url: './',
    scope: './',
    // A kiosk or a lecture-room screen: the poster on its own, no browser address bar.
    display: 'standalone',
    background_color: '#f7f5f0',
    theme_color: '#0b5cad',
    icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
  },
  workbox: {
    globPatterns: PRECACHE_GLOBS,
    globIgnores: PRECACHE_IGNORES,
    navigateFallback: 'index.html',
    skipWaiting: true,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    // The search index is the largest file (≈ 170 kB); keep a margin for more content.
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
  },
};
