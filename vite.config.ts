import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';
import { posterContent } from './src/lib/layout/vite-plugin.ts';

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; " +
  "connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

export default defineConfig({
  // POSTER_CONTENT_DIR points the poster at another content folder (the dev-reload test uses a copy).
  plugins: [posterContent({ dir: process.env.POSTER_CONTENT_DIR }), svelte()],
  publicDir: 'static',
  resolve: {
    alias: [
      // intl-messageformat (under svelte-i18n) with a parser for the ICU subset we use: see icuSubset.ts.
      {
        find: /^@formatjs\/icu-messageformat-parser$/,
        replacement: fileURLToPath(new URL('./src/lib/i18n/icuSubset.ts', import.meta.url)),
      },
    ],
  },
  base: './',
  build: {
    target: 'es2022',
    // Only the Vazirmatn subsets a page needs are fetched; keep them as files, never inlined.
    assetsInlineLimit: 0,
    reportCompressedSize: false,
  },
  // The Content-Security-Policy the poster runs under (README: "Hosting"); preview serves it so
  // every browser test runs under it too.
  preview: { headers: { 'Content-Security-Policy': CSP } },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
