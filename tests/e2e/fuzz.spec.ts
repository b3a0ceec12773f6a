import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { readUrl } from '../../src/lib/viewer/url.ts';
import { yamlDiagrams } from './content.ts';
import { diagramReady, expect, test } from './fixtures.ts';
import { fuzzQueries } from './fuzzUrls.ts';

// 1,000 generated query strings (tests/e2e/fuzzUrls.ts): most driven through the app's own URL
// handling in one page (history.pushState + popstate, as Back and Forward do), some as real page
// loads, where the mode parameters are read too. Reproduce a failure with FUZZ_SEED=<seed>.
const fa = JSON.parse(readFileSync('src/lib/i18n/locales/fa.json', 'utf8')) as Record<string, string>;
const en = JSON.parse(readFileSync('src/lib/i18n/locales/en.json', 'utf8')) as Record<string, string>;
/** The language switch's accessible name in each language: the interface strings in use. */
const switchLabel = { fa: fa['lang.switchLabel']!, en: en['lang.switchLabel']! };
const SEED = Number(process.env.FUZZ_SEED ?? 20261129);
const TOTAL = 1000;
const LOADS = 50;
const ids = {
  diagrams: yamlDiagrams.map((d) => d.id),
  nodes: Object.fromEntries(yamlDiagrams.map((d) => [d.id, d.nodes.map((n) => n.id)])),
};
const queries = fuzzQueries(SEED, TOTAL, ids);
// Real loads: every 20th query, kept under the length a server accepts in a request line.
const isLoad = (i: number) => i % (TOTAL / LOADS) === 0;
const loads = queries.filter((_, i) => isLoad(i)).map((q) => (q.length > 6000 ? q.slice(0, 6000) : q));
const pushed = queries.filter((_, i) => !isLoad(i));

test.describe.configure({ mode: 'parallel' });
// A trace snapshots the page at every step: 1,000 steps of it would take longer than the test.
test.use({ trace: 'off' });

/** Fails at once, naming the query, on a page error or a JS dialog (the fixture fails the test too). */
function watch(page: Page, current: () => string) {
  const trouble: string[] = [];
  page.on('pageerror', (e) => trouble.push(`page error on ${JSON.stringify(current())}: ${e.message}`));
  page.on('dialog', (d) => trouble.push(`JS ${d.type()} dialog on ${JSON.stringify(current())}: ${d.message()}`));
  return trouble;
}

interface Expected {
  diagram: string;
  lang: string;
  /** The open annotation's title; undefined: none open. */
  label?: string;
}
interface Step {
  /** Query to go to the way Back and Forward do (pushState + popstate); none: check the page as it is. */
  push?: string;
  /** The exact view (pushState runs, where the page's mode is known); none: any valid view. */
  exp?: Expected;
}

/**
 * In the page, for each step: goes there, waits until the view is a diagram or the title view
 * with html lang fa|en (and, given `exp`, exactly that view), and checks that nothing from the
 * query became an element. Returns the first failing step and what is wrong, or null. Steps run
 * in batches, one round trip each, so 1,000 queries take seconds.
 */
function run(page: Page, steps: Step[]) {
  return page.evaluate(async ({ steps, switchLabel }) => {
    const errors: string[] = [];
    const onError = (e: ErrorEvent | PromiseRejectionEvent) => errors.push('reason' in e ? String(e.reason) : e.message);
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onError);
    const injected = () => {
      const el = document.querySelector('.fz, fz-x, [onerror], [onload], img, iframe, object, embed, script:not([src])');
      return el ? `injected element ${el.outerHTML.slice(0, 120)}` : '';
    };
    const view = (exp?: Expected) => {
      const lang = document.documentElement.lang;
      const dir = document.documentElement.dir;
      if (!(lang === 'fa' && dir === 'rtl') && !(lang === 'en' && dir === 'ltr')) return `html lang="${lang}" dir="${dir}"`;
      const svg = document.querySelector('svg.diagram');
      const overview = document.querySelector('.overview');
      if (!svg?.querySelector('[data-node-id]') && !overview) return 'neither a diagram nor the title view';
      if (svg && svg.getAttribute('data-lang') !== lang) return `diagram in ${svg.getAttribute('data-lang')}, page in ${lang}`;
      const label = document.querySelector('button.lang-switch')?.getAttribute('aria-label');
      if (label && label !== switchLabel[lang as 'fa' | 'en']) return `interface strings of the other language on a ${lang} page`;
      if (!exp) return '';
      if (lang !== exp.lang) return `lang ${lang}, expected ${exp.lang}`;
      if (exp.diagram === 'overview') {
        if (!overview || svg) return 'expected the title view';
      } else if (svg?.getAttribute('data-diagram') !== exp.diagram) return `diagram ${svg?.getAttribute('data-diagram')}, expected ${exp.diagram}`;
      const h2 = document.querySelector('[role="dialog"] h2')?.textContent?.replace(/\s+/g, ' ').trim();
      if (exp.label !== undefined && h2 !== exp.label) return `annotation "${h2}", expected "${exp.label}"`;
      if (exp.label === undefined && h2 !== undefined) return `annotation "${h2}" open, expected none`;
      return '';
    };
    try {
      for (const [k, { push, exp }] of steps.entries()) {
        if (push !== undefined) {
          history.pushState(null, '', push);
          dispatchEvent(new PopStateEvent('popstate', { state: null }));
        }
        // Svelte updates the DOM in a microtask and a loaded scene is a resolved import: poll
        // every few milliseconds rather than once a frame.
        const t0 = performance.now();
        let why = 'not checked';
        while (performance.now() - t0 < 10_000) {
          await new Promise((r) => setTimeout(r, 2));
          why = errors.length ? `page error: ${errors.join('; ')}` : injected() || view(exp);
          if (!why) break;
        }
        if (!why && document.documentElement.outerHTML.includes('alert(')) why = 'alert( in the page markup';
        if (why) return { step: k, why };
      }
      return null;
    } finally {
      removeEventListener('error', onError);
      removeEventListener('unhandledrejection', onError);
    }
  }, { steps, switchLabel });
}

/** The view readUrl (the app's own parser) promises for a query, with the annotation's title. */
function expected(q: string): Expected {
  const s = readUrl(new URL(q, 'http://poster.test/').search, ids.diagrams, null);
  const n = yamlDiagrams.find((d) => d.id === s.diagram)?.nodes.find((x) => x.id === s.node);
  return { diagram: s.diagram, lang: s.lang, label: n?.label[s.lang].replace(/\s+/g, ' ').trim() };
}

const BATCH = 25;

// Two pages side by side (the workers), each with half of the queries.
for (const half of [0, 1])
  test(`${pushed.length / 2} generated query strings through pushState + popstate, part ${half + 1} (seed ${SEED})`, async ({ page }) => {
    test.slow();
    let current = '';
    const trouble = watch(page, () => current);
    await page.goto(`./?lang=${half ? 'fa' : 'en'}`);
    await diagramReady(page, yamlDiagrams[0]!.id, half ? 'fa' : 'en');
    const mid = Math.ceil(pushed.length / 2);
    for (let i = half * mid; i < (half + 1) * mid && i < pushed.length; i += BATCH) {
      const batch = pushed.slice(i, Math.min(i + BATCH, (half + 1) * mid));
      current = `one of queries #${i}–#${i + batch.length - 1}`;
      const failed = await run(page, batch.map((q) => ({ push: q, exp: expected(q) })));
      const q = failed ? batch[failed.step]! : '';
      expect(failed?.why, `query #${i + (failed?.step ?? 0)} ${JSON.stringify(q.slice(0, 300))} (FUZZ_SEED=${SEED})`).toBeUndefined();
      expect(trouble).toEqual([]);
    }
  });

for (const half of [0, 1])
  test(`${LOADS / 2} generated query strings as page loads, part ${half + 1} (seed ${SEED})`, async ({ page }) => {
    test.slow();
    let current = '';
    const trouble = watch(page, () => current);
    for (const [i, q] of loads.entries()) {
      if (i % 2 !== half) continue;
      current = q;
      await page.goto(q);
      const failed = await run(page, [{}]);
      expect(failed?.why, `load #${i} ${JSON.stringify(q.slice(0, 300))} (FUZZ_SEED=${SEED})`).toBeUndefined();
      expect(trouble).toEqual([]);
    }
  });

// Found by the queries above (seed 20261129, query #478: English, then at once Persian): the
// interface strings of a language load on first use, and a switch back that came before they
// arrived was overtaken by them, leaving <html lang="en" dir="rtl"> and English strings on a
// Persian page.
test('a quick switch back before the first language’s strings arrive keeps the second', async ({ page }) => {
  await page.goto('./?lang=fa');
  await diagramReady(page, yamlDiagrams[0]!.id, 'fa');
  // Hold the English data files (strings and scenes) until Persian is back.
  let release = () => {};
  const held = new Promise<void>((r) => (release = r));
  const served: Promise<unknown>[] = [];
  await page.route(/\/assets\/(?:scene-[\w-]+-en|overview-[\w-]+-en|strings-en-\w+)-\w+\.json$/, async (route) => {
    await held;
    served.push(route.continue());
  });
  await page.evaluate(async () => {
    const go = (q: string) => {
      history.pushState(null, '', q);
      dispatchEvent(new PopStateEvent('popstate', { state: null }));
    };
    go('?lang=en');
    // The app has taken it in (its effects set <html lang>) but English strings are not there.
    while (document.documentElement.lang !== 'en') await new Promise((r) => setTimeout(r, 1));
    go('?lang=fa');
  });
  await diagramReady(page, yamlDiagrams[0]!.id, 'fa');
  release();
  await expect.poll(() => served.length).toBeGreaterThan(0);
  await Promise.all(served);
  // The English strings have arrived and been taken in; the page stays Persian.
  await page.waitForFunction(() => new Promise((r) => requestAnimationFrame(() => setTimeout(() => r(true), 0))));
  await expect(page.locator('html')).toHaveAttribute('lang', 'fa');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('button.lang-switch')).toHaveAttribute('aria-label', fa['lang.switchLabel']!);
});
