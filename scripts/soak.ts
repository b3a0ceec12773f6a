import type { CDPSession, Page } from '@playwright/test';
import { build, buildIsStale, launch, mb, mulberry32, preview, table } from './harness.ts';

/**
 * A long session in headless Chromium, to catch leaks: thousands of random taps on nodes, pans,
 * zooms, language switches and diagram changes, then the JS heap (after forced garbage
 * collection) and the DOM size compared with the start. PASS when the heap grew ≤ 2 MB and no
 * page error happened. Not part of `npm test` (it takes minutes).
 *
 *   npm run soak                         # builds if dist/ is older than the sources
 *   npm run soak -- --actions=2000 --seed=7 --no-build
 */
export async function main(args: string[]) {
  const opt = (name: string, dflt: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? dflt;
  const actions = Number(opt('actions', '10000'));
  const seed = Number(opt('seed', '1'));
  const limit = 2e6;
  const root = process.cwd();
  const t0 = performance.now();

  if (args.includes('--build') || (!args.includes('--no-build') && buildIsStale(root))) {
    console.log('Building (dist/ is missing or older than the sources)…');
    await build();
  }
  const server = await preview(root, 4185);
  const browser = await launch();
  try {
    // No service worker: its precache download and its own heap are not the page's.
    const ctx = await browser.newContext({ viewport: { width: 1600, height: 900 }, serviceWorkers: 'block' });
    const page = await ctx.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && errors.push(`console error: ${m.text()}`));
    page.on('dialog', (d) => void d.dismiss());
    const cdp = await ctx.newCDPSession(page);

    await page.goto(`${server.base}/?lang=fa`);
    await drawn(page);
    const tabs = await page.locator('nav.diagram-nav a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).searchParams.get('d')!));
    const first = tabs.find((d) => d !== 'overview')!;

    // Warm-up: every view once in both languages, an annotation, a zoom, so every lazy module
    // (panel, pan/zoom, title view…) is loaded and counted in the baseline, not as growth.
    for (let round = 0; round < 2; round++) {
      await switchLang(page);
      for (const d of tabs) await openTab(page, d);
      await openTab(page, first);
      await tapNode(page, 0.5);
      await page.keyboard.press('Escape');
    }
    await home(page, first);
    const start = await measure(cdp, page);

    const rnd = mulberry32(seed);
    const counts: Record<string, number> = { tap: 0, pan: 0, zoom: 0, close: 0, lang: 0, diagram: 0 };
    const trend: string[][] = [];
    const t1 = performance.now();
    for (let i = 1; i <= actions; i++) {
      const r = rnd();
      if (r < 0.45) counts.tap! += (await tapNode(page, rnd())) ? 1 : 0;
      else if (r < 0.65) {
        await pan(page, rnd(), rnd(), rnd() - 0.5, rnd() - 0.5);
        counts.pan!++;
      } else if (r < 0.85) {
        await zoom(page, rnd(), rnd(), rnd() < 0.5 ? -1 : 1);
        counts.zoom!++;
      } else if (r < 0.9) {
        await page.keyboard.press('Escape');
        counts.close!++;
      } else if (r < 0.95) {
        await switchLang(page);
        counts.lang!++;
      } else {
        await openTab(page, tabs[Math.floor(rnd() * tabs.length)]!);
        counts.diagram!++;
      }
      if (i % 1000 === 0) {
        const m = await measure(cdp, page, false);
        trend.push([String(i), mb(m.heap), String(m.nodes), `${((performance.now() - t1) / 1000).toFixed(0)} s`]);
        console.log(`  ${i} actions: heap ${mb(m.heap)} (no forced GC), ${m.nodes} DOM nodes`);
      }
    }
    await home(page, first);
    const end = await measure(cdp, page);

    console.log(`\nSoak: ${actions} random actions (seed ${seed}) in headless Chromium, 1600×900, in ${((performance.now() - t1) / 1000).toFixed(0)} s`);
    console.log(Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', '));
    console.log('\nEvery 1000 actions (heap without forced GC: a trend, not a figure)');
    table(['actions', 'JS heap', 'DOM nodes', 'elapsed'], trend);
    console.log(`\nAt the same view (${first}, Persian, no annotation, fitted), after forced GC (CDP HeapProfiler.collectGarbage)`);
    table(
      ['', 'JS heap used', 'DOM nodes (document)', 'DOM nodes (CDP, incl. detached)', 'event listeners'],
      [
        ['start', mb(start.heap), String(start.nodes), String(start.cdpNodes), String(start.listeners)],
        ['end', mb(end.heap), String(end.nodes), String(end.cdpNodes), String(end.listeners)],
        ['growth', mb(end.heap - start.heap), String(end.nodes - start.nodes), String(end.cdpNodes - start.cdpNodes), String(end.listeners - start.listeners)],
      ],
    );
    const grew = end.heap - start.heap;
    if (errors.length) console.log(`\n${errors.length} errors, first: ${errors.slice(0, 5).join(' | ')}`);
    const pass = grew <= limit && errors.length === 0;
    console.log(`\n${pass ? 'PASS' : 'FAIL'}: heap growth ${mb(grew)} (limit ${mb(limit)}), ${errors.length} page errors`);
    if (!pass) process.exitCode = 1;
    await ctx.close();
  } finally {
    await browser.close().catch(() => {});
    server.stop();
  }
  console.log(`soak took ${((performance.now() - t0) / 1000).toFixed(0)} s`);
}

/** JS heap used after forced GC (unless `gc` is false), and DOM sizes. */
async function measure(cdp: CDPSession, page: Page, gc = true) {
  if (gc)
    for (let i = 0; i < 3; i++) {
      await cdp.send('HeapProfiler.collectGarbage');
      await page.waitForTimeout(100);
    }
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.send('Performance.disable');
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
  const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
  return { heap: usedSize, nodes, cdpNodes: metric('Nodes'), listeners: metric('JSEventListeners') };
}

/** The first diagram is drawn and the app is live (the prerendered page is on screen before it is). */
async function drawn(page: Page) {
  await page.waitForFunction(() => performance.getEntriesByName('poster:diagram-drawn').length > 0);
}

/** Waits two frames: the app has handled the input and painted. */
const settle = (page: Page) => page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));

/** Taps the node at fraction `r` of those fully on screen and not covered; false if none is. */
async function tapNode(page: Page, r: number) {
  const pt = await page.evaluate((r) => {
    const hits = [...document.querySelectorAll('svg.diagram [data-node-id]')].flatMap((n) => {
      const b = n.getBoundingClientRect();
      const x = b.left + b.width / 2;
      const y = b.top + b.height / 2;
      if (b.width < 4 || b.height < 4 || x < 0 || y < 0 || x > innerWidth || y > innerHeight) return [];
      return n.contains(document.elementFromPoint(x, y)) ? [{ x, y }] : [];
    });
    return hits[Math.floor(r * hits.length)];
  }, r);
  if (!pt) return false;
  await page.mouse.click(pt.x, pt.y);
  await settle(page);
  return true;
}

/** The diagram's box; null on the title view. */
const diagramBox = (page: Page) =>
  page.evaluate(() => {
    const b = document.querySelector('svg.diagram')?.getBoundingClientRect();
    return b ? { x: b.x, y: b.y, width: b.width, height: b.height } : null;
  });

async function pan(page: Page, fx: number, fy: number, dx: number, dy: number) {
  const box = await diagramBox(page);
  if (!box) return;
  const x = box.x + box.width * (0.2 + 0.6 * fx);
  const y = box.y + box.height * (0.2 + 0.6 * fy);
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx * 400, y + dy * 300, { steps: 5 });
  await page.mouse.up();
  await settle(page);
}

async function zoom(page: Page, fx: number, fy: number, dir: number) {
  const box = await diagramBox(page);
  if (!box) return;
  await page.mouse.move(box.x + box.width * fx, box.y + box.height * fy);
  await page.mouse.wheel(0, dir * 240);
  await settle(page);
}

async function switchLang(page: Page) {
  const before = await page.evaluate(() => document.documentElement.lang);
  await page.locator('button.lang-switch').click();
  await page.waitForFunction((b) => document.documentElement.lang !== b && !!document.querySelector('svg.diagram [data-node-id], .overview'), before);
  await settle(page);
}

async function openTab(page: Page, id: string) {
  await page.locator(`nav.diagram-nav a[href^="?d=${id}&"]`).click();
  await page.waitForFunction((id) => (id === 'overview' ? !!document.querySelector('.overview') : !!document.querySelector(`svg.diagram[data-diagram="${id}"] [data-node-id]`)), id);
  await settle(page);
}

/** Back to the start view through the app's own controls (a reload would reset the heap). */
async function home(page: Page, first: string) {
  await page.keyboard.press('Escape');
  if ((await page.evaluate(() => document.documentElement.lang)) !== 'fa') await switchLang(page);
  await openTab(page, first);
  await page.keyboard.press('Escape');
  await page.keyboard.press('0'); // fit
  await page.waitForTimeout(600); // the fit transition
  await settle(page);
}
