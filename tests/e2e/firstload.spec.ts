import { readFileSync } from 'node:fs';
import { diagramReady, expect, node, test } from './fixtures.ts';

// What the first load carries (README: "How it works"): the first view's interface strings
// only, and each data file (scene, strings) fetched once.

const fa = JSON.parse(readFileSync('src/lib/i18n/locales/fa.json', 'utf8')) as Record<string, string>;
const KEY = /^(?:[a-z]+\.)+[a-zA-Z]+$/; // an untranslated key, e.g. "zoom.in"

for (const lang of ['fa', 'en'] as const) {
  test(`the first view is whole with its first-paint strings alone (${lang})`, async ({ page }) => {
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning' && /svelte-i18n|message/i.test(m.text())) warnings.push(m.text());
    });
    // The rest of the strings never arrive: nothing on the first view may need them.
    await page.route(/strings-(fa|en)-rest-[\w-]+\.json$/, () => undefined);
    await page.goto(`./?d=biogenesis&lang=${lang}`);
    await diagramReady(page, 'biogenesis', lang);
    await expect(page.locator('.zoom-controls button').first()).toBeVisible();
    const texts = await page.evaluate(() => {
      const out: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n.textContent!.trim());
      for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder]'))
        for (const a of ['aria-label', 'title', 'placeholder']) out.push(el.getAttribute(a)?.trim() ?? '');
      return out.filter(Boolean);
    });
    expect(texts.length).toBeGreaterThan(50);
    expect(texts.filter((t) => KEY.test(t))).toEqual([]);
    expect(warnings).toEqual([]);
    await page.unrouteAll({ behavior: 'ignoreErrors' });
  });
}

test('each data file is fetched once, however often the poster asks for it', async ({ page }) => {
  const fetched = new Map<string, number>();
  page.on('request', (r) => {
    if (r.url().endsWith('.json')) fetched.set(r.url(), (fetched.get(r.url()) ?? 0) + 1);
  });
  // Not the prerendered view: the entry script's preload and the app both ask for its scene.
  await page.goto('./?d=interactions&lang=en');
  await diagramReady(page, 'interactions', 'en');
  await node(page, 'treg').click();
  await expect(page.getByRole('dialog').locator('h2')).toBeVisible();
  await page.locator('button.lang-switch').click();
  await diagramReady(page, 'interactions', 'fa');
  const files = [...fetched.keys()].map((u) => u.replace(/^.*\//, ''));
  expect(files.some((f) => f.startsWith('scene-interactions-en-'))).toBe(true);
  expect(files.some((f) => f.startsWith('scene-interactions-fa-'))).toBe(true);
  expect(files.some((f) => f.startsWith('strings-en-rest-'))).toBe(true);
  expect([...fetched].filter(([, n]) => n > 1)).toEqual([]);
});

// What loads after the first paint may lose a request on a flaky network; the next ask tries again.
test('a lost request for the rest of the strings is tried again: the annotation comes in its language', async ({ page }) => {
  let lost = 0;
  await page.route(/strings-fa-rest-[\w-]+\.json$/, (route) => (lost++ === 0 ? route.abort('aborted') : route.continue()));
  await page.goto('./?d=biogenesis&lang=fa');
  await diagramReady(page, 'biogenesis', 'fa');
  await expect.poll(() => lost).toBeGreaterThan(0);
  await node(page, 'mvb').click();
  const panel = page.getByRole('dialog');
  await expect(panel.locator('h2')).toBeVisible();
  await expect(panel.getByRole('button', { name: fa['panel.close']! })).toBeVisible();
});

test('a lost request for the keyboard moves is tried again on the next key', async ({ page }) => {
  let requests = 0;
  await page.route(/\/keynav-[\w-]+\.js$/, (route) => (requests++ === 0 ? route.abort('aborted') : route.continue()));
  await page.goto('./?d=biogenesis&lang=en');
  await diagramReady(page, 'biogenesis', 'en');
  await node(page, 'plasma-membrane').focus();
  await expect.poll(() => requests).toBe(1);
  // Its load on focus was lost; an arrow asks again and moves along the flow. (A press in the
  // instant before the loss has reached the page still meets the failing load: press again.)
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-node-id'));
  for (let i = 0; i < 3 && (await focused()) === 'plasma-membrane'; i++) {
    await page.keyboard.press('ArrowRight');
    await expect.poll(focused, { timeout: 1500 }).not.toBe('plasma-membrane').catch(() => undefined);
  }
  expect(await focused()).toBe('early-endosome');
  // One request lost, one that served the retry.
  expect(requests).toBe(2);
});
