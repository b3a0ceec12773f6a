import type { Browser, Page } from '@playwright/test';
import { percentile } from './harness.ts';

// Interaction figures for `npm run bench`: tap-to-annotation latency and frame times during pan
// and zoom, in headless Chromium with CDP CPU throttling.

export interface Tap {
  node: string;
  /** The annotation title the tap must bring on screen. */
  label: string;
}

async function openPage(browser: Browser, url: string, cpu: number) {
  const ctx = await browser.newContext({ viewport: { width: 1920, height: 1080 }, serviceWorkers: 'block' });
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await page.goto(url);
  // Live: the first diagram drawn and pan/zoom attached (the prerendered page shows before that).
  await page.waitForFunction(() => performance.getEntriesByName('poster:diagram-drawn').length > 0 && !!(document.querySelector('svg.diagram') as unknown as { __zoom?: unknown })?.__zoom);
  await page.evaluate(() => document.fonts.ready);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  return { ctx, page };
}

/**
 * Milliseconds from a tap on a node (its pointerdown, as the browser stamped it) to the frame
 * that shows its annotation painted: the panel's title reads the node's label (seen by a
 * MutationObserver), then one animation frame and a task (the paint happens between them).
 * The first tap also fetches the panel's code; it is reported apart as `cold`.
 */
export async function tapLatency(browser: Browser, url: string, targets: Tap[], count: number, cpu: number) {
  const { ctx, page } = await openPage(browser, url, cpu);
  const times: number[] = [];
  try {
    for (let i = 0; times.length < count && i < targets.length * 3; i++) {
      const tap = targets[i % targets.length]!;
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !document.querySelector('[role="dialog"]'));
      // The panel's space goes back to the diagram: let the view settle before aiming.
      await page.waitForTimeout(300);
      const pt = await page.evaluate((id) => {
        const el = document.querySelector(`[data-node-id="${CSS.escape(id)}"]`)!;
        const b = el.getBoundingClientRect();
        const x = b.left + b.width / 2;
        const y = b.top + b.height / 2;
        return el.contains(document.elementFromPoint(x, y)) ? { x, y } : null;
      }, tap.node);
      if (!pt) continue; // covered (by the minimap, a control, an edge label) or off screen: not a fair tap
      const done = page.evaluate(
        (label) =>
          new Promise<number>((resolve) => {
            let t0 = NaN;
            addEventListener('pointerdown', (e) => (t0 = e.timeStamp), { capture: true, once: true });
            const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
            const shown = () => norm(document.querySelector('[role="dialog"] h2')?.textContent) === label;
            const mo = new MutationObserver(() => {
              // Only what follows the tap counts (a page change before it is not its answer).
              if (Number.isNaN(t0) || !shown()) return;
              mo.disconnect();
              requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
            });
            mo.observe(document.body, { subtree: true, childList: true, characterData: true });
          }),
        tap.label,
      );
      await page.waitForTimeout(50); // the listener and the observer are in place
      await page.mouse.click(pt.x, pt.y);
      times.push(await done);
    }
  } finally {
    await ctx.close();
  }
  const warm = times.slice(1);
  return { cold: times[0] ?? NaN, taps: times.length, p50: percentile(warm, 50), p95: percentile(warm, 95), max: Math.max(...warm) };
}

/**
 * Frame times (ms between animation frames) while a scripted gesture runs on the diagram at
 * `url`: a drag across the screen and back (pan), then wheel zoom in and out at a point. Input
 * is sent as fast as the page takes it, so every frame has work.
 */
export async function frameTimes(browser: Browser, url: string, cpu: number) {
  const { ctx, page } = await openPage(browser, url, cpu);
  try {
    const nodes = await page.locator('svg.diagram [data-node-id]').count();
    const box = (await page.locator('svg.diagram').boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    const record = (page: Page) =>
      page.evaluate(() => {
        const w = window as unknown as { frames_: number[]; recording: number };
        // A new id per recording: the previous loop may still have a frame queued.
        const id = (w.recording = (w.recording || 0) + 1);
        const frames: number[] = (w.frames_ = []);
        const tick = (t: number) => {
          if (w.recording !== id) return;
          frames.push(t);
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
    const stop = (page: Page) =>
      page.evaluate(() => {
        const w = window as unknown as { frames_: number[]; recording: number };
        w.recording++;
        return w.frames_.slice(1).map((t, i) => t - w.frames_[i]!);
      });

    await record(page);
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    await page.mouse.move(cx - box.width * 0.3, cy - box.height * 0.2, { steps: 60 });
    await page.mouse.move(cx + box.width * 0.3, cy + box.height * 0.2, { steps: 120 });
    await page.mouse.move(cx, cy, { steps: 60 });
    await page.mouse.up();
    const pan = await stop(page);

    await record(page);
    for (let i = 0; i < 40; i++) await page.mouse.wheel(0, -60);
    for (let i = 0; i < 80; i++) await page.mouse.wheel(0, 60);
    const zoom = await stop(page);

    const sum = (xs: number[]) => ({ frames: xs.length, p50: percentile(xs, 50), p95: percentile(xs, 95), max: Math.max(...xs) });
    return { nodes, pan: sum(pan), zoom: sum(zoom) };
  } finally {
    await ctx.close();
  }
}
