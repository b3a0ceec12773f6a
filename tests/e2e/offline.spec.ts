import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Page } from '@playwright/test';
import { yamlDiagrams } from './content.ts';
import { diagramReady, expect, node, test } from './fixtures.ts';

const en = JSON.parse(readFileSync('src/lib/i18n/locales/en.json', 'utf8')) as Record<string, string>;
const fa = JSON.parse(readFileSync('src/lib/i18n/locales/fa.json', 'utf8')) as Record<string, string>;

// The production build's service worker (src/lib/offline/): after one visit the poster works
// with the network gone, and a new deploy takes over by itself. The other specs block workers.
test.use({ serviceWorkers: 'allow' });

/** Resolves once a service worker is active and controls the page (it has precached everything by then). */
const controlled = (page: Page) =>
  page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    const sw = reg.active!;
    // `ready` resolves while the worker is still activating (its activate step deletes old caches).
    if (sw.state !== 'activated') await new Promise((r) => sw.addEventListener('statechange', () => sw.state === 'activated' && r(null)));
    if (!navigator.serviceWorker.controller)
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    return sw.state;
  });

/** A leaf node (no children) of a diagram: clicking it opens its annotation, not a group's. */
const leaf = (d: (typeof yamlDiagrams)[number]) => d.nodes.find((n) => !d.nodes.some((c) => c.parent === n.id))!;

/** Every file in dist/ the worker must hold: all but the .woff fallbacks, the worker itself and bench leftovers. */
function distFiles(dist: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [relative(dist, join(dir, e.name))]));
  return walk(dist)
    .filter((f) => !/\.woff$/.test(f) && !/^(sw\.js|workbox-[\w-]+\.js|bench-static\.html)$/.test(f))
    .sort();
}

test('after one visit the poster works offline: every diagram, both languages, annotations, references, search, glossary', async ({ page, context }) => {
  test.slow();
  const first = yamlDiagrams[0]!;
  await page.goto('./');
  await diagramReady(page, first.id, 'fa');
  expect(await controlled(page)).toBe('activated');

  // The precache holds every file of dist/ (scenes, models, fonts, search index…), and the
  // index.html it holds is the prerendered one (scripts/prerender.mjs regenerates the worker).
  const cached = await page.evaluate(async () => {
    const urls: Record<string, string> = {};
    for (const name of await caches.keys())
      for (const req of await (await caches.open(name)).keys()) {
        const u = new URL(req.url);
        u.searchParams.delete('__WB_REVISION__');
        urls[u.pathname.replace(/^\//, '')] = name;
      }
    const index = await caches.match('index.html', { ignoreSearch: true });
    return { files: Object.keys(urls).sort(), index: await index?.text() };
  });
  expect(cached.files).toEqual(distFiles('dist'));
  expect(cached.index).toBe(readFileSync('dist/index.html', 'utf8'));

  await context.setOffline(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  await page.reload();
  await diagramReady(page, first.id, 'fa');
  // The Persian text is set in Vazirmatn from the precache, not in a fallback font.
  const faces = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].filter((f) => /vazirmatn/i.test(f.family) && f.status === 'loaded').map((f) => f.weight);
  });
  expect(faces).toEqual(expect.arrayContaining(['400', '700']));
  await page.screenshot({ path: test.info().outputPath('offline-fa.png') });

  // Every diagram through its tab, in Persian.
  const nav = page.getByRole('navigation', { name: fa['nav.diagrams'] });
  for (const d of yamlDiagrams) {
    await nav.getByRole('link', { name: d.short.fa, exact: true }).click();
    await diagramReady(page, d.id, 'fa');
    await expect(node(page, leaf(d).id)).toBeVisible();
  }
  // One in English too, with an annotation and the bibliography it cites.
  const d = yamlDiagrams[yamlDiagrams.length - 1]!;
  await page.locator('button.lang-switch').click();
  await diagramReady(page, d.id, 'en');
  await node(page, leaf(d).id).click();
  const dialog = page.getByRole('dialog', { name: leaf(d).label.en.trim(), exact: true });
  await expect(dialog.locator('h2')).toHaveText(leaf(d).label.en.trim());
  await page.screenshot({ path: test.info().outputPath('offline-en.png') });
  await dialog.locator('button.ref-chip').first().click();
  await expect(page.locator('dialog.bibliography li[id^="ref-"]').first()).toBeVisible();
  await page.keyboard.press('Escape');
  // Search index and glossary, loaded on first use.
  await page.getByRole('combobox', { name: en['search.label'] }).fill('exosome');
  await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: en['nav.glossary'] }).click();
  await expect(page.locator('dialog.glossary')).toBeVisible();
  await page.keyboard.press('Escape');
  // The title view with its thumbnails, and a deep link typed in while offline.
  await page.goto(`./?d=overview&lang=en`);
  await expect(page.locator('.overview svg.thumb').first()).toBeVisible();
  await page.goto(`./?d=${first.id}&n=${leaf(first).id}&lang=en`);
  await diagramReady(page, first.id, 'en');
  await expect(page.getByRole('dialog').locator('h2')).toHaveText(leaf(first).label.en.trim());
});

// A deploy of a new version, on a copy of dist/ served by its own preview server.
test.describe('a new deploy', () => {
  let dir = '';
  let server: ChildProcess | undefined;
  let base = '';

  test.beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'poster-deploy-'));
    cpSync('dist', dir, { recursive: true });
    const port = await new Promise<number>((ok) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => ok(p));
      });
    });
    base = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--outDir', dir, '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
      stdio: 'ignore',
      detached: true,
    });
    for (let i = 0; i < 150; i++) {
      if (await fetch(base).then((r) => r.ok, () => false)) return;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error('preview server did not start');
  });

  test.afterAll(() => {
    if (server?.pid) process.kill(-server.pid);
    rmSync(dir, { recursive: true, force: true });
  });

  test('takes over by itself: the open page reloads once onto the new version, at the same view', async ({ page }) => {
    test.slow();
    const d = yamlDiagrams[1]!;
    const n = leaf(d);
    await page.goto(`${base}/?d=${d.id}&n=${n.id}&lang=en`);
    await diagramReady(page, d.id, 'en');
    expect(await controlled(page)).toBe('activated');
    await page.evaluate(() => ((window as unknown as { oldPage: boolean }).oldPage = true));

    // The new version: another index.html, and the worker that lists it with its new revision.
    const html = readFileSync(join(dir, 'index.html'), 'utf8').replace('</head>', '<meta name="poster-build" content="v2" /></head>');
    writeFileSync(join(dir, 'index.html'), html);
    const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
    const entry = /\{url:"index\.html",revision:"[0-9a-f]+"\}/;
    expect(sw).toMatch(entry);
    writeFileSync(join(dir, 'sw.js'), sw.replace(entry, `{url:"index.html",revision:"${createHash('md5').update(html).digest('hex')}"}`));

    // What the hourly check (or the next visit) does: the browser finds the new worker.
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    await expect.poll(() => page.evaluate(() => !(window as unknown as { oldPage?: boolean }).oldPage).catch(() => false)).toBe(true);
    await diagramReady(page, d.id, 'en');
    await expect(page.locator('meta[name="poster-build"]')).toHaveAttribute('content', 'v2');
    await expect(page.getByRole('dialog').locator('h2')).toHaveText(n.label.en.trim());
    expect(new URL(page.url()).search).toBe(`?d=${d.id}&n=${n.id}&lang=en`);
  });
});
