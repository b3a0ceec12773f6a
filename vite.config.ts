import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { posterContent } from './src/lib/layout/vite-plugin.ts';
import { pwaOptions } from './src/lib/offline/pwaOptions.ts';

// img-src blob: is the one widening: "Download PNG" draws the exported SVG into a canvas
// through an <img> loaded from a blob: URL (src/lib/export/rasterize.ts). Nothing else uses it.
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob:; font-src 'self'; " +
  "connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

export default defineConfig({
  // POSTER_CONTENT_DIR points the poster at another content folder (the dev-reload test uses a copy).
  // VitePWA: the offline service worker, production builds only (src/lib/offline/pwaOptions.ts).
  plugins: [posterContent({ dir: process.env.POSTER_CONTENT_DIR }), svelte(), VitePWA(pwaOptions)],
  publicDir: 'static',
  resolve: {
    alias: [
      // intl-messageformat (under svelte-i18n) with a parser for the ICU subset we use: see icuSubset.ts.
      {
        find: /^@formatjs\/icu-messageformat-parser$/,
        replacement: fileURLToPath(new URL('./src/lib/i18n/icuSubset.ts', import.meta.url)),
      },
      // ...and svelte-i18n itself formats with our subset formatter and merges with a small deep
      // merge: messageFormat.ts, deepmerge.ts (tests/unit/i18n/ holds them to the originals).
      { find: /^intl-messageformat$/, replacement: fileURLToPath(new URL('./src/lib/i18n/messageFormat.ts', import.meta.url)) },
      { find: /^deepmerge$/, replacement: fileURLToPath(new URL('./src/lib/i18n/deepmerge.ts', import.meta.url)) },
    ],
  },
  base: './',
  build: {
    target: 'es2022',
    // Only the Vazirmatn subsets a page needs are fetched; keep them as files, never inlined.
    assetsInlineLimit: 0,
    reportCompressedSize: false,
    // Every browser we serve loads modules with <link rel=modulepreload> natively.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // Two entries: the poster, and the <exosome-poster> element for course pages, which keeps a
      // stable name (dist/exosome-poster.js) so a page can include it by address (README: "Embedding").
      input: { index: fileURLToPath(new URL('./index.html', import.meta.url)), 'exosome-poster': fileURLToPath(new URL('./src/embed/element.ts', import.meta.url)) },
      output: { entryFileNames: (chunk) => (chunk.name === 'exosome-poster' ? '[name].js' : 'assets/[name]-[hash].js') },
    },
  },
  // The Content-Security-Policy the poster runs under (README: "Hosting"); preview serves it so
  // every browser test runs under it too.
  preview: { headers: { 'Content-Security-Policy': CSP } },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
