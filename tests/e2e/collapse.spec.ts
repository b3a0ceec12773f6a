import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { label, persianDigits, yamlDiagram } from './content.ts';
import { diagramReady, expect, node, test } from './fixtures.ts';

test.describe.configure({ mode: 'parallel' });

const bio = yamlDiagram('biogenesis');
const edges = (parse(readFileSync('diagrams/biogenesis.yaml', 'utf8')) as { edges: { from: string; to: string }[] }).edges;
const descendants = (id: string): string[] => bio.nodes.filter((n) => n.parent === id).flatMap((n) => [n.id, ...descendants(n.id)]);
const parentOf = (id: string) => bio.nodes.find((n) => n.id === id)?.parent;
const ESCRT = descendants('escrt'); // 10: five complexes, the associated-proteins group and its four
const names = {
  en: { collapse: (g: string) => `Collapse ${g}`, expand: (g: string, n: number) => `Expand ${g} (${n} hidden)`, count: (n: number) => `+${n}` },
  fa: { collapse: (g: string) => `بستن ${g}`, expand: (g: string, n: number) => `باز کردن ${g} (${persianDigits(n)} عنصر پنهان)`, count: (n: number) => `+${persianDigits(n)}` },
};
/** Set by the page each time a collapse or expand is fully on screen (src/lib/viewer/arrange.ts). */
const arranged = (page: Page) => page.evaluate(() => performance.getEntriesByName('poster:arranged').length);
/** Waits for the n-th arrangement; the first includes fetching and starting the worker (ELK, 1.4 MB). */
const arrangedTimes = (page: Page, n: number) => expect.poll(() => arranged(page), { timeout: 30_000 }).toBe(n);
const isElk = (url: string) => /relayout\.worker|elk/i.test(url);

/** Every node's place (scene coordinates) and every arrow's route, as drawn. */
const geometry = (page: Page) =>
  page.evaluate(() => ({
    nodes: Object.fromEntries([...document.querySelectorAll('svg.diagram [data-node-id]')].map((g) => [g.getAttribute('data-node-id'), g.getAttribute('transform')])),
    edges: Object.fromEntries([...document.querySelectorAll('svg.diagram [data-edge-id] path.line')].map((p) => [p.closest('[data-edge-id]')!.getAttribute('data-edge-id'), p.getAttribute('d')])),
  }));

/** On-screen boxes of the drawn nodes, and the screen ends of each drawn arrow. */
const drawn = (page: Page) =>
  page.evaluate(() => {
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, w: r.width, h: r.height };
    };
    const nodes = Object.fromEntries([...document.querySelectorAll('svg.diagram [data-node-id]')].map((g) => [g.getAttribute('data-node-id')!, box(g.querySelector('.shape')!)]));
    const svg = document.querySelector<SVGSVGElement>('svg.diagram')!;
    const ends = [...document.querySelectorAll<SVGPathElement>('svg.diagram [data-edge-id] path.line')].map((p) => {
      const m = p.getScreenCTM()!;
      const at = (len: number) => new DOMPoint(p.getPointAtLength(len).x, p.getPointAtLength(len).y).matrixTransform(m);
      const a = at(0);
      const b = at(p.getTotalLength());
      return { id: p.closest('[data-edge-id]')!.getAttribute('data-edge-id')!, a: { x: a.x, y: a.y }, b: { x: b.x, y: b.y } };
    });
    return { nodes, ends, k: svg.getScreenCTM()!.a };
  });

for (const lang of ['fa', 'en'] as const) {
  test(`collapse ESCRT in biogenesis and expand it again (${lang})`, async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(`./?d=biogenesis&lang=${lang}`);
    await diagramReady(page, 'biogenesis', lang);
    const group = label('biogenesis', 'escrt', lang);
    const collapse = page.getByRole('button', { name: names[lang].collapse(group), exact: true });
    await expect(collapse).toHaveAttribute('aria-expanded', 'true');
    const original = await geometry(page);
    expect(requested.filter(isElk), 'ELK is not loaded before the first collapse').toEqual([]);

    await collapse.click();
    await expect(page).toHaveURL(/[?&]c=escrt(&|$)/);
    await arrangedTimes(page, 1);
    expect(requested.filter(isElk), 'the re-layout worker is fetched on the first collapse').toHaveLength(1);

    // Its elements are gone; the group is one node counting them, with a toggle to expand it.
    for (const id of ESCRT) await expect(node(page, id)).toHaveCount(0);
    await expect(node(page, 'escrt')).toHaveClass(/collapsed/);
    await expect(page.locator('.collapsed-count')).toHaveText(names[lang].count(ESCRT.length));
    const expand = page.getByRole('button', { name: names[lang].expand(group, ESCRT.length), exact: true });
    await expect(expand).toHaveAttribute('aria-expanded', 'false');
    await expect(expand).toBeFocused();

    // No two boxes overlap (a box and a group around it aside), and every arrow still runs from
    // its source to its target, re-routed to the collapsed group where its end is hidden in it.
    const { nodes, ends, k } = await drawn(page);
    const ids = Object.keys(nodes);
    expect(ids).toHaveLength(bio.nodes.length - ESCRT.length);
    const inside = (a: string, b: string) => {
      for (let p = parentOf(a); p; p = parentOf(p)) if (p === b) return true;
      return false;
    };
    for (const [i, a] of ids.entries())
      for (const b of ids.slice(i + 1)) {
        if (inside(a, b) || inside(b, a)) continue;
        const p = nodes[a]!;
        const q = nodes[b]!;
        const overlap = p.x < q.x + q.w - 1 && q.x < p.x + p.w - 1 && p.y < q.y + q.h - 1 && q.y < p.y + p.h - 1;
        expect(overlap, `${a} overlaps ${b}`).toBe(false);
      }
    const shown = (id: string): string => (nodes[id] ? id : shown(parentOf(id)!));
    const near = (pt: { x: number; y: number }, b: { x: number; y: number; w: number; h: number }) => {
      const tol = 4 * k + 2; // the arrowhead's length and rounding
      return pt.x >= b.x - tol && pt.x <= b.x + b.w + tol && pt.y >= b.y - tol && pt.y <= b.y + b.h + tol;
    };
    const expected = new Set(edges.map((e) => `${shown(e.from)}>${shown(e.to)}`).filter((e) => e.split('>')[0] !== e.split('>')[1]));
    expect(ends).toHaveLength(expected.size);
    expect(new Set(ends.map((e) => `${shown(e.id.split('#')[0]!.split('>')[0]!)}>${shown(e.id.split('#')[0]!.split('>')[1]!)}`))).toEqual(expected);
    for (const e of ends) {
      const [from, to] = e.id.split('#')[0]!.split('>') as [string, string];
      expect(near(e.a, nodes[shown(from)]!), `${e.id} starts at ${shown(from)}`).toBe(true);
      expect(near(e.b, nodes[shown(to)]!), `${e.id} ends at ${shown(to)}`).toBe(true);
    }

    // Expanding everything again brings back the precomputed scene: every place as it was.
    await expand.click();
    await arrangedTimes(page, 2);
    await expect(page).not.toHaveURL(/[?&]c=/);
    await expect(collapse).toHaveAttribute('aria-expanded', 'true');
    expect(await geometry(page)).toEqual(original);
  });
}

test('a link with collapsed groups opens them collapsed, ignoring ids that are no group of the diagram', async ({ page }) => {
  await page.goto('./?d=biogenesis&lang=en&c=snare-machinery,mvb,nope,escrt-associated');
  await diagramReady(page, 'biogenesis', 'en');
  await arrangedTimes(page, 1);
  await expect(page).toHaveURL(/[?&]c=snare-machinery,escrt-associated(&|$)/);
  await expect(node(page, 'snare-machinery')).toHaveClass(/collapsed/);
  await expect(node(page, 'escrt-associated')).toHaveClass(/collapsed/);
  await expect(node(page, 'rab27a')).toHaveCount(0);
  await expect(node(page, 'alix')).toHaveCount(0);
  // The outer group stays open, with its own toggle; the inner one shows its count.
  await expect(node(page, 'escrt')).toHaveClass(/container/);
  await expect(page.locator('[data-group-toggle="escrt-associated"]')).toHaveAttribute('aria-expanded', 'false');
});

test('opening a hidden element (here from the URL) expands the groups around it', async ({ page }) => {
  await page.goto('./?d=biogenesis&lang=en&n=alix&c=escrt,snare-machinery');
  await diagramReady(page, 'biogenesis', 'en');
  await arrangedTimes(page, 1);
  await expect(page).toHaveURL(/[?&]c=snare-machinery(&|$)/);
  await expect(node(page, 'alix')).toBeVisible();
  await expect(node(page, 'snare-machinery')).toHaveClass(/collapsed/);
});

test('opening a hidden element from the annotation of its collapsed group expands the group', async ({ page }) => {
  await page.goto('./?d=biogenesis&lang=en&c=escrt');
  await diagramReady(page, 'biogenesis', 'en');
  await arrangedTimes(page, 1);
  await node(page, 'escrt').click();
  const panel = page.getByRole('dialog');
  await expect(panel.locator('h2')).toHaveText(label('biogenesis', 'escrt', 'en'));
  await panel.locator('button.node-link[data-target="escrt-0"]').click();
  await arrangedTimes(page, 2);
  await expect(panel.locator('h2')).toHaveText(label('biogenesis', 'escrt-0', 'en'));
  await expect(node(page, 'escrt-0')).toBeVisible();
  await expect(page).not.toHaveURL(/[?&]c=/);
});

/** Counts the changes of a node's place from now on (the glide's frames). */
const watchMoves = (page: Page, id: string) =>
  page.evaluate((id) => {
    const w = window as unknown as { __moves: number };
    w.__moves = 0;
    new MutationObserver(() => w.__moves++).observe(document.querySelector(`[data-node-id="${id}"]`)!, { attributeFilter: ['transform'] });
  }, id);
const moves = (page: Page) => page.evaluate(() => (window as unknown as { __moves: number }).__moves);

test('nodes glide to their new places through frames in between', async ({ page }) => {
  await page.goto('./?d=biogenesis&lang=en');
  await diagramReady(page, 'biogenesis', 'en');
  await watchMoves(page, 'mvb');
  await page.locator('[data-group-toggle="escrt"]').click();
  await arrangedTimes(page, 1);
  expect(await moves(page)).toBeGreaterThan(1);
});

test('the keyboard collapses and expands a group; with reduced motion it jumps, no glide', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./?d=biogenesis&lang=en');
  await diagramReady(page, 'biogenesis', 'en');
  await watchMoves(page, 'mvb');
  const toggle = page.locator('[data-group-toggle="escrt"]');
  await toggle.focus();
  await page.keyboard.press('Enter');
  await arrangedTimes(page, 1);
  await expect(node(page, 'escrt')).toHaveClass(/collapsed/);
  expect(await moves(page)).toBe(1);
  await expect(toggle).toBeFocused();
  await page.keyboard.press('Space');
  await arrangedTimes(page, 2);
  await expect(node(page, 'escrt-0')).toBeVisible();
});

test.describe('small screens open the large diagrams as their overview', () => {
  test.use({ viewport: { width: 800, height: 600 } });
  const cargo = yamlDiagram('cargo');
  const outermost = cargo.nodes.filter((n) => !n.parent && cargo.nodes.some((c) => c.parent === n.id)).map((n) => n.id);
  /** Screen px per scene px: the fitted scale the labels are drawn at. */
  const scale = (page: Page) => page.evaluate(() => document.querySelector<SVGSVGElement>('svg.diagram')!.getScreenCTM()!.a);

  for (const lang of ['fa', 'en'] as const) {
    test(`cargo at 800×600: folded groups, readable at fit, the whole one tap away (${lang})`, async ({ page }) => {
      const requested: string[] = [];
      page.on('request', (r) => requested.push(r.url()));
      await page.goto(`./?d=cargo&lang=${lang}`);
      await diagramReady(page, 'cargo', lang);
      for (const g of outermost) await expect(node(page, g)).toHaveClass(/collapsed/);
      await expect(node(page, 'mir-126')).toHaveCount(0);
      // Laid out at build time: no worker, and no `c=` (it is this screen's default view).
      expect(requested.filter(isElk)).toEqual([]);
      await expect(page).not.toHaveURL(/[?&]c=/);
      // The whole map fitted here is drawn at ~0.36 (15 px labels at ~5 px); the overview at least 0.55.
      expect(await scale(page)).toBeGreaterThan(0.55);
      const showAll = page.getByRole('button', { name: lang === 'en' ? 'Show all' : 'نمایش همه', exact: true });
      await showAll.click();
      await arrangedTimes(page, 1); // the glide to the whole diagram has ended
      await expect(node(page, 'mir-126')).toBeVisible();
      await expect(showAll).toHaveCount(0);
      expect(await scale(page)).toBeLessThan(0.42);
      // The choice is in the URL, so a reload (or a shared link) keeps the whole diagram.
      await expect(page).toHaveURL(/[?&]c=-(&|$)/);
      await page.reload();
      await diagramReady(page, 'cargo', lang);
      await expect(node(page, 'mir-126')).toBeVisible();
    });
  }

  test('opening one group leaves the others folded, and a link to a hidden element opens the whole diagram', async ({ page }) => {
    await page.goto('./?d=cargo&lang=en');
    await diagramReady(page, 'cargo', 'en');
    await page.locator('[data-group-toggle="mirnas"]').click();
    await arrangedTimes(page, 1);
    await expect(node(page, 'mir-126')).toBeVisible();
    await expect(node(page, 'proteins')).toHaveClass(/collapsed/);
    await expect.poll(() => new Set(new URL(page.url()).searchParams.get('c')?.split(','))).toEqual(new Set(outermost.filter((g) => g !== 'mirnas')));

    await page.goto('./?d=cargo&lang=en&n=mir-126');
    await diagramReady(page, 'cargo', 'en');
    await expect(node(page, 'mir-126')).toBeVisible();
    await expect(page.getByRole('dialog').locator('h2')).toHaveText(label('cargo', 'mir-126', 'en'));
  });

  test('biogenesis reads once its arrow labels go: nothing folded, and Show all brings them back', async ({ page }) => {
    await page.goto('./?d=biogenesis&lang=fa');
    await diagramReady(page, 'biogenesis', 'fa');
    await expect(page.locator('.overview-note')).toContainText('برچسب پیکان‌ها پنهان');
    await expect(page.locator('svg.diagram .node.collapsed')).toHaveCount(0);
    await expect(page.locator('svg.diagram .edge-label-bg')).toHaveCount(0);
    expect(await scale(page)).toBeGreaterThan(0.55);
    await page.getByRole('button', { name: 'نمایش همه', exact: true }).click();
    await expect(page.locator('svg.diagram .edge-label-bg').first()).toBeVisible();
    await expect(page).toHaveURL(/[?&]c=-(&|$)/);
  });

  test('a narrow screen asks more than a laptop: signalling opens as its overview at 800×600, whole at 1280×720; 1080p never folds', async ({ page }) => {
    // Fitted whole at 800×600, signalling would be drawn at 0.51: legible on a laptop, not on a narrow screen.
    await page.goto('./?d=signaling&lang=en');
    await diagramReady(page, 'signaling', 'en');
    await expect(page.locator('.overview-note')).toBeVisible();
    await expect(page.locator('svg.diagram .edge-label-bg')).toHaveCount(0);
    for (const [w, h, d] of [[1280, 720, 'signaling'], [1920, 1080, 'cargo']] as const) {
      await page.setViewportSize({ width: w, height: h });
      await page.goto(`./?d=${d}&lang=en`);
      await diagramReady(page, d, 'en');
      await expect(page.locator('svg.diagram .edge-label-bg').first()).toBeVisible();
      await expect(page.locator('.overview-note')).toHaveCount(0);
    }
    await expect(node(page, 'mir-126')).toBeVisible();
  });
});
