// After `vite build`: renders the default view with Svelte's server renderer and writes it into
// dist/index.html, so the first diagram is plain HTML and SVG before any script runs. The
// client adopts (hydrates) that markup when the URL asks for the same view (src/boot.ts).
// Plain JavaScript so Node imports the server bundle directly (no module runner in between).
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, resolveConfig } from 'vite';

const root = process.cwd();
const out = resolve(root, 'node_modules/.cache/prerender');
await build({
  logLevel: 'error',
  mode: 'production',
  build: { ssr: 'src/prerender.ts', outDir: out, emptyOutDir: true, rollupOptions: { output: { entryFileNames: 'prerender.js' } } },
});
const { renderDefault } = await import(pathToFileURL(join(out, 'prerender.js')).href);
const { body, head, view } = await renderDefault();
const file = resolve(root, 'dist/index.html');
const html = readFileSync(file, 'utf8');
const app = '<div id="app"></div>';
if (!html.includes(app)) throw new Error(`dist/index.html has no ${app} to prerender into`);
writeFileSync(file, html.replace(app, `<div id="app" data-view="${view}">${body}</div>`).replace('</head>', `${head}</head>`));
rmSync(out, { recursive: true, force: true });
console.log(`prerendered ${view} into dist/index.html (${(body.length / 1024).toFixed(1)} KiB of markup)`);

// `vite build` wrote the service worker before index.html held the prerendered view: write it
// again, so the precached index.html (and its revision, which tells browsers to update) is this one.
const config = await resolveConfig({ logLevel: 'error', mode: 'production' }, 'build', 'production', 'production');
const pwa = config.plugins.find((p) => p.name === 'vite-plugin-pwa')?.api;
if (pwa && !pwa.disabled) {
  await pwa.generateSW();
  console.log('service worker regenerated with the prerendered index.html');
}
