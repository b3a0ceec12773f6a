import type { Page } from '@playwright/test';
import { label, persianDigits, yamlDiagram, yamlDiagrams } from './content.ts';
import { diagramReady, expect, node, test } from './fixtures.ts';

// Every test loads its own page (fresh context, fresh sessionStorage): they can run side by side.
test.describe.configure({ mode: 'parallel' });

const MVB_EN = label('biogenesis', 'mvb', 'en'); // "Multivesicular body (MVB)"
const firstDiagram = yamlDiagrams[0]!.id;
const panel = (page: Page) => page.getByRole('dialog');
const focusedNodeId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-node-id') ?? null);
const centre = async (page: Page, id: string) => {
  const b = (await node(page, id).boundingBox())!;
  return b.x + b.width / 2;
};
/**
 * The biogenesis pathway reads in the language's direction: plasma membrane → early endosome →
 * late-stage endosome along the first row. The layout wraps long chains into rows (like lines of
 * text; src/lib/layout/layoutDiagram.ts), so the MVB, first on the second row, is back at the
 * inline start: on the right in Persian, on the left in English.
 */
async function expectBiogenesisFlow(page: Page, lang: 'fa' | 'en') {
  const row = [await centre(page, 'plasma-membrane'), await centre(page, 'early-endosome'), await centre(page, 'late-endosome')];
  const svg = (await page.locator('svg.diagram').boundingBox())!;
  const middle = svg.x + svg.width / 2;
  if (lang === 'fa') {
    expect(row[0]).toBeGreaterThan(row[1]!);
    expect(row[1]).toBeGreaterThan(row[2]!);
    expect(row[0]).toBeGreaterThan(middle);
    expect(await centre(page, 'mvb')).toBeGreaterThan(middle);
  } else {
    expect(row[0]).toBeLessThan(row[1]!);
    expect(row[1]).toBeLessThan(row[2]!);
    expect(row[0]).toBeLessThan(middle);
    expect(await centre(page, 'mvb')).toBeLessThan(middle);
  }
}

test.describe('languages and direction', () => {
  test('opens in Persian (rtl) by default, the biogenesis flow runs right to left', async ({ page }) => {
    await page.goto('./');
    await diagramReady(page, 'biogenesis', 'fa');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fa');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('button', { name: label('biogenesis', 'mvb', 'fa'), exact: true })).toBeVisible();
    await expectBiogenesisFlow(page, 'fa');
    // Reference numbers in Persian digits.
    await node(page, 'mvb').click();
    const chip = panel(page).locator('button.ref-chip').first();
    await expect(chip).toContainText(persianDigits((await chip.getAttribute('data-ref'))!));
    await expect(chip).not.toContainText(/[0-9]/);
  });

  test('?lang=en opens in English (ltr), the biogenesis flow runs left to right', async ({ page }) => {
    await page.goto('./?lang=en');
    await diagramReady(page, 'biogenesis', 'en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(page.getByRole('button', { name: MVB_EN, exact: true })).toBeVisible();
    await expectBiogenesisFlow(page, 'en');
  });

  test('the language switch flips direction, URL, diagram and open annotation, both ways', async ({ page }) => {
    await page.goto('./?d=biogenesis&n=mvb');
    await diagramReady(page, 'biogenesis', 'fa');
    await expect(panel(page).locator('h2')).toHaveText(label('biogenesis', 'mvb', 'fa'));
    await page.locator('button.lang-switch').click();
    await diagramReady(page, 'biogenesis', 'en');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveURL(/[?&]lang=en(&|$)/);
    await expect(page).toHaveURL(/[?&]n=mvb(&|$)/);
    await expect(panel(page).locator('h2')).toHaveText(MVB_EN);
    await expectBiogenesisFlow(page, 'en');

    await page.locator('button.lang-switch').click();
    await diagramReady(page, 'biogenesis', 'fa');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fa');
    await expect(page).toHaveURL(/[?&]lang=fa(&|$)/);
    await expect(panel(page).locator('h2')).toHaveText(label('biogenesis', 'mvb', 'fa'));
    await expect(page.locator('svg.diagram')).toHaveCount(1);
    await expectBiogenesisFlow(page, 'fa');
  });

  test('the annotation grows out of the node it annotates; with reduced motion it just appears', async ({ page }) => {
    await page.goto('./?d=biogenesis&lang=en');
    await diagramReady(page, 'biogenesis', 'en');
    // Record the panel's animations as they start (they last 260 ms: too short to poll).
    await page.evaluate(() => {
      const w = window as unknown as { grown: string[] };
      w.grown = [];
      const animate = Element.prototype.animate;
      Element.prototype.animate = function (this: Element, k: Keyframe[], o?: number | KeyframeAnimationOptions) {
        if (this.classList.contains('panel')) w.grown.push(String(k[0]!.transform));
        return animate.call(this, k, o);
      } as typeof animate;
    });
    const grown = () => page.evaluate(() => (window as unknown as { grown: string[] }).grown);
    await page.locator('[data-node-id="mvb"]').click();
    await expect(panel(page)).toBeVisible();
    await expect.poll(grown).toHaveLength(1);
    expect((await grown())[0]).toMatch(/^translate\(-?[\d.]+px, -?[\d.]+px\) scale\(0\.\d+\)$/);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.locator('[data-node-id="exosome"]').click();
    await expect(panel(page).locator('h2')).toHaveText(label('biogenesis', 'exosome', 'en'));
    expect(await grown()).toHaveLength(1);
  });

  test('the annotation panel sits at the inline end: left in Persian, right in English (1280×800)', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    for (const lang of ['fa', 'en'] as const) {
      await page.goto(`./?d=biogenesis&n=exosome&lang=${lang}`);
      await diagramReady(page, 'biogenesis', lang);
      await expect(panel(page).locator('h2')).toHaveText(label('biogenesis', 'exosome', lang));
      // It grows out of the node: measure it once it has landed.
      await panel(page).evaluate((el) => Promise.all(el.getAnimations().map((a) => a.finished)));
      const box = (await panel(page).boundingBox())!;
      if (lang === 'fa') {
        expect(box.x).toBeLessThan(640);
        expect(box.x + box.width).toBeLessThanOrEqual(640);
      } else {
        expect(box.x).toBeGreaterThan(640);
        expect(box.x + box.width).toBeGreaterThan(1270);
      }
    }
  });
});

test.describe('annotations and references', () => {
  test('clicking a node opens its annotation; a citation opens the bibliography at that entry', async ({ page }) => {
    await page.goto('./?lang=en');
    await diagramReady(page, 'biogenesis', 'en');
    await expect(panel(page)).toHaveCount(0);
    await page.getByRole('button', { name: MVB_EN, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: MVB_EN, exact: true });
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('h2')).toHaveText(MVB_EN);
    await expect(dialog.locator('.annotation')).toContainText(/\w{4,}/);
    await expect(page).toHaveURL(/[?&]n=mvb(&|$)/);

    // A citation in the text.
    const cite = dialog.locator('button.cite-link').first();
    const n = (await cite.getAttribute('data-ref'))!;
    expect(n).toMatch(/^\d+$/);
    await expect(cite).toHaveText(n);
    await cite.click();
    const bib = page.locator('dialog.bibliography');
    await expect(bib).toBeVisible();
    await expect(bib.locator('li[id^="ref-"]')).toHaveCount(72);
    await expect(bib.locator(`li#ref-${n}`)).toBeFocused();
    await expect(bib.locator(`li#ref-${n}`)).toHaveClass(/\bcurrent\b/);
    await expect(bib.locator('li.current')).toHaveCount(1);
    await expect(bib.locator(`li#ref-${n} .num`)).toHaveText(n);
    await expect(bib.locator(`li#ref-${n}`)).toBeInViewport();
    // Close button: the bibliography goes, focus goes back to the citation, the annotation stays.
    await bib.locator('button.close').click();
    await expect(bib).toBeHidden();
    await expect(cite).toBeFocused();
    await expect(dialog).toBeVisible();

    // A reference chip opens the same list at its own entry; Escape closes it.
    const chip = dialog.locator('button.ref-chip').last();
    const m = (await chip.getAttribute('data-ref'))!;
    await chip.click();
    await expect(bib).toBeVisible();
    await expect(bib.locator(`li#ref-${m}`)).toBeFocused();
    await expect(bib.locator(`li#ref-${m}`)).toHaveClass(/\bcurrent\b/);
    await page.keyboard.press('Escape');
    await expect(bib).toBeHidden();
    await expect(dialog).toBeVisible();

    // The annotation's close button closes it, focus goes back to the node, the URL drops n=.
    await dialog.locator('button.close').click();
    await expect(panel(page)).toHaveCount(0);
    await expect(node(page, 'mvb')).toBeFocused();
    await expect(page).not.toHaveURL(/[?&]n=/);
  });

  test('in Persian the bibliography numbers its entries in Persian digits', async ({ page }) => {
    await page.goto('./?d=biogenesis&n=mvb&lang=fa');
    await diagramReady(page, 'biogenesis', 'fa');
    const cite = panel(page).locator('button.cite-link').first();
    const n = (await cite.getAttribute('data-ref'))!;
    await expect(cite).toHaveText(persianDigits(n));
    await cite.click();
    const bib = page.locator('dialog.bibliography');
    await expect(bib.locator('li[id^="ref-"]')).toHaveCount(72);
    await expect(bib.locator(`li#ref-${n}`)).toBeFocused();
    await expect(bib.locator(`li#ref-${n} .num`)).toHaveText(persianDigits(n));
    await expect(bib.locator('li#ref-72 .num')).toHaveText('۷۲');
  });

  test('neighbours are links that move the annotation', async ({ page }) => {
    await page.goto('./?d=biogenesis&n=mvb&lang=en');
    await diagramReady(page, 'biogenesis', 'en');
    const dialog = panel(page);
    await expect(dialog.locator('h2')).toHaveText(MVB_EN);
    const link = dialog.locator('button.node-link').first();
    const target = (await link.getAttribute('data-target'))!;
    expect(target).not.toBe('mvb');
    await link.click();
    await expect(page).toHaveURL(new RegExp(`[?&]n=${target}(&|$)`));
    await expect(dialog.locator('h2')).toHaveText(label('biogenesis', target, 'en'));
  });

  test('keyboard only: Tab to a node, Enter opens, Escape closes and focus returns to the node', async ({ page }) => {
    await page.goto('./?lang=en');
    await diagramReady(page, 'biogenesis', 'en');
    let id: string | null = null;
    for (let i = 0; i < 40 && !id; i++) {
      await page.keyboard.press('Tab');
      id = await focusedNodeId(page);
    }
    expect(id, 'a diagram node is reachable with Tab within 40 presses').not.toBeNull();
    await expect(page.locator(`svg.diagram [data-node-id="${id}"]`)).toBeFocused();
    const name = (await node(page, id!).getAttribute('aria-label'))!;
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name, exact: true });
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('h2')).toHaveText(name);
    await expect(dialog.locator('h2')).toBeFocused();
    await expect(page).toHaveURL(new RegExp(`[?&]n=${id}(&|$)`));
    await page.keyboard.press('Escape');
    await expect(panel(page)).toHaveCount(0);
    await expect.poll(() => focusedNodeId(page)).toBe(id);
  });
});

test.describe('keyboard navigation', () => {
  for (const lang of ['en', 'fa'] as const) {
    test(`one Tab stop into the diagram; arrows follow the flow, mirrored (${lang})`, async ({ page }) => {
      await page.goto(`./?d=biogenesis&lang=${lang}`);
      await diagramReady(page, 'biogenesis', lang);
      // Exactly one node is in the Tab order.
      await expect(page.locator('svg.diagram [data-node-id][tabindex="0"]')).toHaveCount(1);
      await node(page, 'plasma-membrane').focus();
      const forward = lang === 'fa' ? 'ArrowLeft' : 'ArrowRight';
      const back = lang === 'fa' ? 'ArrowRight' : 'ArrowLeft';
      // plasma membrane → early endosome → late-stage endosome, along the arrows.
      await page.keyboard.press(forward);
      await expect.poll(() => focusedNodeId(page)).toBe('early-endosome');
      await page.keyboard.press(forward);
      await expect.poll(() => focusedNodeId(page)).toBe('late-endosome');
      await page.keyboard.press(back);
      await expect.poll(() => focusedNodeId(page)).toBe('early-endosome');
      // The focused node is now the Tab stop; Enter opens it.
      await expect(node(page, 'early-endosome')).toHaveAttribute('tabindex', '0');
      await expect(page.locator('svg.diagram [data-node-id][tabindex="0"]')).toHaveCount(1);
      await page.keyboard.press('Enter');
      await expect(panel(page).locator('h2')).toHaveText(label('biogenesis', 'early-endosome', lang));
    });
  }

  test('↓ enters a group from its label, ↑ leaves it', async ({ page }) => {
    await page.goto('./?d=biogenesis&lang=en');
    await diagramReady(page, 'biogenesis', 'en');
    await node(page, 'escrt').focus();
    await page.keyboard.press('ArrowDown');
    const inside = await focusedNodeId(page);
    expect(yamlDiagram('biogenesis').nodes.find((n) => n.id === inside)?.parent).toBe('escrt');
    for (let i = 0; i < 6 && (await focusedNodeId(page)) !== 'escrt'; i++) await page.keyboard.press('ArrowUp');
    expect(await focusedNodeId(page)).toBe('escrt');
  });
});

test.describe('text outline', () => {
  test('a visible button turns the diagram into a readable outline of every element and back', async ({ page }) => {
    await page.goto('./?d=biogenesis&lang=fa');
    await diagramReady(page, 'biogenesis', 'fa');
    await page.getByRole('button', { name: 'متن نمودار' }).click();
    const outline = page.locator('section.outline');
    await expect(outline).toBeVisible();
    const d = yamlDiagram('biogenesis');
    await expect(outline.locator('h3, h4')).toHaveCount(d.nodes.length);
    for (const n of d.nodes.slice(0, 5)) await expect(outline.getByRole('heading', { name: n.label.fa, exact: true })).toBeVisible();
    // An element's "show" link opens it in the diagram.
    await outline.locator('li', { has: page.getByRole('heading', { name: label('biogenesis', 'mvb', 'fa'), exact: true }) }).getByRole('button', { name: 'نمایش در نمودار' }).first().click();
    await expect(panel(page).locator('h2')).toHaveText(label('biogenesis', 'mvb', 'fa'));
    await expect(page.locator('svg.diagram')).toBeVisible();
  });
});

test.describe('themes', () => {
  test('follows the system scheme; the switch sets light or dark and is remembered', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('./?d=biogenesis&lang=en');
    await diagramReady(page, 'biogenesis', 'en');
    // The page's background, as the reader sees it (set on <html>).
    const luminance = async () => {
      const rgb = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      const [r, g, b] = rgb.match(/\d+/g)!.map(Number);
      return (r! + g! + b!) / 3;
    };
    expect(await luminance()).toBeLessThan(60);
    const sw = page.locator('button.theme-switch');
    await expect(sw).toHaveText('Auto');
    await sw.click();
    await expect(sw).toHaveText('Light');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    expect(await luminance()).toBeGreaterThan(200);
    await page.reload();
    await diagramReady(page, 'biogenesis', 'en');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await page.locator('button.theme-switch').click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await luminance()).toBeLessThan(60);
  });
});

test.describe('URL state', () => {
  test('a deep link restores diagram, node and language', async ({ page }) => {
    await page.goto('./?d=biogenesis&n=mvb&lang=en');
    await diagramReady(page, 'biogenesis', 'en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(page.getByRole('dialog', { name: MVB_EN, exact: true })).toBeVisible();
    await expect(panel(page).locator('h2')).toHaveText(MVB_EN);
    await expect(node(page, 'mvb')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('nav.diagram-nav a[aria-current="page"]')).toHaveText(yamlDiagram('biogenesis').short.en);
  });

  test('a deep link into another diagram restores it too', async ({ page }) => {
    await page.goto('./?d=cargo&n=mir-126&lang=fa');
    await diagramReady(page, 'cargo', 'fa');
    await expect(panel(page).locator('h2')).toHaveText(label('cargo', 'mir-126', 'fa'));
    await expect(page.locator('nav.diagram-nav a[aria-current="page"]')).toHaveText(yamlDiagram('cargo').short.fa);
  });

  test('the URL follows clicks and tabs; Back and Forward restore the views', async ({ page }) => {
    await page.goto('./?d=biogenesis&n=mvb&lang=en');
    await diagramReady(page, 'biogenesis', 'en');
    await expect(panel(page).locator('h2')).toHaveText(MVB_EN);
    // Another node: n= follows.
    await page.getByRole('button', { name: label('biogenesis', 'plasma-membrane', 'en'), exact: true }).click();
    await expect(panel(page).locator('h2')).toHaveText(label('biogenesis', 'plasma-membrane', 'en'));
    await expect(page).toHaveURL(/[?&]n=plasma-membrane(&|$)/);
    await expect(page).toHaveURL(/[?&]d=biogenesis(&|$)/);
    // A tab: d= follows, the annotation closes, a history entry is added.
    await page.locator('nav.diagram-nav a', { hasText: yamlDiagram('remodeling').short.en }).click();
    await diagramReady(page, 'remodeling', 'en');
    await expect(page).toHaveURL(/[?&]d=remodeling(&|$)/);
    await expect(page).not.toHaveURL(/[?&]n=/);
    await expect(panel(page)).toHaveCount(0);
    await expect(page.locator('nav.diagram-nav a[aria-current="page"]')).toHaveText(yamlDiagram('remodeling').short.en);
    await node(page, 'osteocyte').click();
    await expect(page).toHaveURL(/[?&]n=osteocyte(&|$)/);
    // Back: the previous diagram, with the node that was open there.
    await page.goBack();
    await diagramReady(page, 'biogenesis', 'en');
    await expect(page).toHaveURL(/[?&]d=biogenesis(&|$)/);
    await expect(panel(page).locator('h2')).toHaveText(label('biogenesis', 'plasma-membrane', 'en'));
    await page.goForward();
    await diagramReady(page, 'remodeling', 'en');
    await expect(panel(page).locator('h2')).toHaveText(label('remodeling', 'osteocyte', 'en'));
  });

  test('bad parameters fall back to the first diagram in Persian, and never reach the page', async ({ page }) => {
    const evil = '<script>alert(1)</script>';
    await page.goto(`./?d=nope&n=${encodeURIComponent(evil)}&lang=xx`);
    await diagramReady(page, firstDiagram, 'fa');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fa');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('nav.diagram-nav a[aria-current="page"]')).toHaveText(yamlDiagrams[0]!.short.fa);
    // The URL is rewritten from the state: only known ids, no node.
    await expect(page).toHaveURL(new RegExp(`\\?d=${firstDiagram}&lang=fa$`));
    await expect(panel(page)).toHaveCount(0);
    const html = await page.content();
    expect(html).not.toContain(evil);
    expect(html).not.toContain('alert(1)');
    expect(html).not.toContain('nope');
  });

  test('markup in any parameter is ignored', async ({ page }) => {
    const evil = '"><img src=x onerror=alert(2)>';
    const e = encodeURIComponent(evil);
    await page.goto(`./?d=${e}&n=${e}&lang=${e}`);
    await diagramReady(page, firstDiagram, 'fa');
    await expect(page).toHaveURL(new RegExp(`\\?d=${firstDiagram}&lang=fa$`));
    await expect(panel(page)).toHaveCount(0);
    const html = await page.content();
    expect(html).not.toContain('onerror');
    expect(html).not.toContain('alert(2)');
    expect(await page.locator('img').count()).toBe(0);
  });

  test('a node id the diagram does not have opens no annotation', async ({ page }) => {
    await page.goto('./?d=biogenesis&n=no-such-node&lang=en');
    await diagramReady(page, 'biogenesis', 'en');
    // Dropped once the diagram's model is known: the URL (written from the state) loses n=.
    await expect(page).toHaveURL(/\?d=biogenesis&lang=en$/);
    await expect(panel(page)).toHaveCount(0);
    expect(await page.content()).not.toContain('no-such-node');
    // A node of another diagram is no node of this one either.
    await page.goto('./?d=biogenesis&n=osteocyte&lang=en');
    await diagramReady(page, 'biogenesis', 'en');
    await expect(page).toHaveURL(/\?d=biogenesis&lang=en$/);
    await expect(panel(page)).toHaveCount(0);
    // The page works: a real node still opens.
    await page.getByRole('button', { name: MVB_EN, exact: true }).click();
    await expect(panel(page).locator('h2')).toHaveText(MVB_EN);
  });
});

test.describe('every diagram', () => {
  test('the tabs list every diagram of diagrams/, in order', async ({ page }) => {
    await page.goto('./?lang=en');
    await diagramReady(page, firstDiagram, 'en');
    const tabs = await page
      .locator('nav.diagram-nav a')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).searchParams.get('d')!));
    expect(tabs.filter((d) => d !== 'overview')).toEqual(yamlDiagrams.map((d) => d.id));
  });

  for (const lang of ['fa', 'en'] as const)
    test(`each opens in ${lang === 'fa' ? 'Persian' : 'English'}, with its nodes and an annotation`, async ({ page }) => {
      test.slow();
      await page.goto(`./?lang=${lang}`);
      await diagramReady(page, firstDiagram, lang);
      const ids = (
        await page.locator('nav.diagram-nav a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).searchParams.get('d')!))
      ).filter((d) => d !== 'overview');
      expect(ids.length).toBeGreaterThanOrEqual(7);
      for (const id of ids) {
        await page.goto(`./?d=${id}&lang=${lang}`);
        await diagramReady(page, id, lang);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        // Every node of the YAML is drawn, named by its label in this language.
        const drawn = await page.locator('svg.diagram [data-node-id]').evaluateAll((gs) => gs.map((g) => [g.getAttribute('data-node-id'), g.getAttribute('aria-label')]));
        const want = yamlDiagram(id).nodes.map((n) => [n.id, n.label[lang].trim()]);
        expect(drawn.sort(), `nodes of ${id} (${lang})`).toEqual(want.sort());
        const first = page.locator('svg.diagram [data-node-id]:not(.container)').first();
        const nid = (await first.getAttribute('data-node-id'))!;
        await first.click();
        const dialog = page.getByRole('dialog', { name: label(id, nid, lang), exact: true });
        await expect(dialog, `annotation of ${id}/${nid} (${lang})`).toBeVisible();
        await expect(dialog.locator('.annotation')).not.toBeEmpty();
        await expect(dialog.locator('button.ref-chip').first()).toBeVisible();
        await expect(page).toHaveURL(new RegExp(`[?&]n=${nid}(&|$)`));
      }
    });
});

test.describe('pan and zoom', () => {
  test('the zoom buttons and fit change the view', async ({ page }) => {
    await page.goto('./?lang=en');
    await diagramReady(page, 'biogenesis', 'en');
    const scene = page.locator('svg.diagram g.scene');
    await expect.poll(() => page.evaluate(() => !!(document.querySelector('svg.diagram') as unknown as { __zoom?: unknown }).__zoom)).toBe(true);
    const before = await scene.getAttribute('transform');
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => scene.getAttribute('transform')).not.toBe(before);
    await page.getByRole('button', { name: 'Fit to screen' }).click();
    await expect.poll(() => scene.getAttribute('transform')).toBe('translate(0,0) scale(1)');
  });
});

test.describe('title view', () => {
  test('shows the article, the abstract and an index that opens every diagram', async ({ page }) => {
    await page.goto('./?d=overview&lang=en');
    await expect(page.locator('.overview h2')).toContainText('The role of exosomes in bone tissue regeneration');
    await expect(page.locator('.overview .abstract')).toContainText('exosomes');
    const cards = page.locator('.overview a.card-link');
    const tabs = await page.locator('nav.diagram-nav a').count();
    await expect(cards).toHaveCount(tabs - 1);
    await expect(page.locator('.overview svg.thumb')).toHaveCount(tabs - 1);
    await page.locator('.overview a.card-link[data-diagram="fracture"]').click();
    await diagramReady(page, 'fracture', 'en');
    await expect(page).toHaveURL(/d=fracture/);
    await page.goBack();
    await expect(page.locator('.overview h2')).toBeVisible();
  });
});

test.describe('search', () => {
  for (const q of ['اگزوزوم‌ها', 'اگزوزومها', 'اگزوزوم ها']) {
    test(`Persian "${q}" finds exosome nodes whatever the half-space`, async ({ page }) => {
      await page.goto('./?lang=fa');
      await diagramReady(page, 'biogenesis', 'fa');
      await page.keyboard.press('/');
      await page.keyboard.type(q);
      const options = page.getByRole('listbox').getByRole('option');
      await expect(options.first()).toBeVisible();
      expect(await options.count()).toBeGreaterThan(3);
      await expect(options.first().locator('mark')).toHaveText('اگزوزوم‌ها');
    });
  }

  test('English "mir126" opens miR-126 in its diagram with its annotation', async ({ page }) => {
    await page.goto('./?lang=en');
    await diagramReady(page, 'biogenesis', 'en');
    const box = page.getByRole('combobox', { name: 'Search the poster' });
    await box.fill('mir126');
    await expect(page.getByRole('option').first()).toContainText('miR-126');
    await box.press('Enter');
    await expect(page.getByRole('dialog').locator('h2')).toHaveText('miR-126');
    await expect(page).toHaveURL(/n=mir-126/);
  });
});

test.describe('glossary', () => {
  test('lists terms by initial letter in both languages and links to every place', async ({ page }) => {
    await page.goto('./?lang=fa');
    await diagramReady(page, 'biogenesis', 'fa');
    await page.getByRole('button', { name: 'واژه‌نامه' }).click();
    const dialog = page.locator('dialog.glossary');
    await expect(dialog).toBeVisible();
    // Persian initials come before Latin ones in Persian.
    // The terms index is fetched when the glossary opens: wait for the list before reading it.
    await expect(dialog.locator('.letters a').first()).toBeVisible();
    const letters = await dialog.locator('.letters a').allTextContents();
    expect(letters[0]).toMatch(/[آ-ی]/);
    expect(letters.some((l) => /[A-Z]/.test(l))).toBe(true);
    const treg = dialog.locator('dt[data-term="treg"]');
    await expect(treg).toContainText('Regulatory T cells');
    const links = treg.locator('xpath=following-sibling::dd[1]//a');
    expect(await links.count()).toBeGreaterThanOrEqual(2);
    await links.first().click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('dialog').locator('h2')).toHaveText(/سلول‌های T تنظیمی/);
  });
});

test.describe('minimap', () => {
  test('shows the visible part and moves the view when tapped', async ({ page }) => {
    await page.setViewportSize({ width: 1600, height: 900 });
    await page.goto('./?d=cargo&lang=en');
    await diagramReady(page, 'cargo', 'en');
    const minimap = page.locator('.minimap');
    await expect.poll(() => page.evaluate(() => !!(document.querySelector('svg.diagram') as unknown as { __zoom?: unknown }).__zoom)).toBe(true);
    // At fit the whole diagram is in view: no minimap covering it.
    await expect(minimap).toHaveCount(0);
    const scene = page.locator('svg.diagram g.scene');
    const scale = async () => Number(/scale\(([\d.]+)\)/.exec((await scene.getAttribute('transform'))!)![1]);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(scale).toBeGreaterThan(1.39);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(scale).toBeGreaterThan(1.95);
    await expect(minimap).toBeVisible();
    const frame = minimap.locator('.minimap-frame');
    const before = await frame.getAttribute('x');
    const box = (await minimap.boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.85, box.y + box.height * 0.85);
    // The view glides there (d3's smooth zoom path), so wait for it to arrive to the right.
    await expect.poll(async () => Number(await frame.getAttribute('x')) - Number(before), { timeout: 5000 }).toBeGreaterThan(200);
  });
});

test.describe('keyboard shortcuts', () => {
  test('? lists the shortcuts; + and 0 zoom and fit', async ({ page }) => {
    await page.goto('./?lang=en');
    await diagramReady(page, 'biogenesis', 'en');
    await expect.poll(() => page.evaluate(() => !!(document.querySelector('svg.diagram') as unknown as { __zoom?: unknown }).__zoom)).toBe(true);
    const scene = page.locator('svg.diagram g.scene');
    await page.keyboard.press('+');
    await expect.poll(() => scene.getAttribute('transform')).not.toBe('translate(0,0) scale(1)');
    await page.keyboard.press('0');
    await expect.poll(() => scene.getAttribute('transform')).toBe('translate(0,0) scale(1)');
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('dd')).toHaveCount(8);
    await expect(dialog).toContainText('into and out of groups');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });
});

test.describe('legend', () => {
  test('explains every element and arrow kind, those of the diagram first', async ({ page }) => {
    await page.goto('./?d=interactions&lang=en');
    await diagramReady(page, 'interactions', 'en');
    await page.getByRole('button', { name: 'Legend' }).click();
    const dialog = page.getByRole('dialog', { name: 'Legend' });
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('.legend-grid.edges li')).toHaveCount(15);
    // interactions uses inhibition: it is listed among the used kinds, before any unused one.
    const edges = await dialog.locator('.legend-grid.edges li').evaluateAll((lis) => lis.map((li) => [li.textContent!.trim(), li.classList.contains('unused')] as const));
    const inhibits = edges.findIndex(([t]) => t === 'inhibits');
    expect(edges[inhibits]![1]).toBe(false);
    expect(edges.slice(0, inhibits).every(([, unused]) => !unused)).toBe(true);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });
});

test.describe('content security policy', () => {
  test('the preview server sends the strict policy the poster runs under', async ({ page }) => {
    const res = await page.goto('./');
    const csp = res!.headers()['content-security-policy'];
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain('unsafe');
    await diagramReady(page, 'biogenesis', 'fa');
  });
});

test.describe('small screens', () => {
  for (const lang of ['fa', 'en'] as const)
    test(`at 800×600 the page never overflows and every control is on screen (${lang})`, async ({ page }) => {
      await page.setViewportSize({ width: 800, height: 600 });
      await page.goto(`./?d=interactions&lang=${lang}`);
      await diagramReady(page, 'interactions', lang);
      expect(await page.evaluate(() => document.querySelector('.poster')!.scrollWidth)).toBeLessThanOrEqual(800);
      for (const sel of ['button.lang-switch', '.glossary-button', '.bib-button', '.search input', '.zoom-controls button']) {
        const box = (await page.locator(sel).first().boundingBox())!;
        expect(box.x, sel).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, sel).toBeLessThanOrEqual(800);
      }
    });
  // 200 % text zoom on a 1280×800 screen lays the page out as a 640×400 one (WCAG 1.4.4, 1.4.10).
  for (const lang of ['fa', 'en'] as const)
    test(`at 200 % zoom (640×400 CSS px) nothing is lost: controls, tabs and the annotation (${lang})`, async ({ page }) => {
      await page.setViewportSize({ width: 640, height: 400 });
      await page.goto(`./?d=biogenesis&n=mvb&lang=${lang}`);
      await diagramReady(page, 'biogenesis', lang);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640);
      for (const sel of ['button.lang-switch', '.bib-button', '.zoom-controls button']) {
        const box = (await page.locator(sel).first().boundingBox())!;
        expect(box.x, sel).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, sel).toBeLessThanOrEqual(640);
      }
      // The zoom buttons stay on the diagram, clear of the title bar and the tabs.
      const navBottom = (await page.locator('.diagram-nav').boundingBox())!;
      for (const b of await page.locator('.zoom-controls button').all())
        expect((await b.boundingBox())!.y).toBeGreaterThanOrEqual(navBottom.y + navBottom.height);
      // The annotation scrolls within its sheet: its last line can be reached.
      const sheet = panel(page);
      await expect(sheet.locator('h2')).toHaveText(label('biogenesis', 'mvb', lang));
      await sheet.locator('.ref-chips').scrollIntoViewIfNeeded();
      await expect(sheet.locator('.ref-chip').first()).toBeInViewport();
      // Every tab can be scrolled to.
      const last = page.locator('.diagram-nav a').last();
      await last.scrollIntoViewIfNeeded();
      await expect(last).toBeInViewport();
    });
});

test.describe('short screens', () => {
  // The zoom buttons make a row at the bottom, in a strip of their own: the fitted diagram stops
  // above it, and the overview's "Show all" sits in that strip too, clear of both.
  for (const [what, url, w, h] of [
    ['a 480×360 course-page frame', './?embed=1&d=remodeling&lang=en', 480, 360],
    ['a 480×360 course-page frame', './?embed=1&d=biogenesis&lang=fa', 480, 360],
    ['a 900×420 window', './?d=cargo&lang=fa', 900, 420],
  ] as const)
    test(`on ${what} (${url}) neither the buttons nor the note cover the diagram`, async ({ page }) => {
      await page.setViewportSize({ width: w, height: h });
      await page.goto(url);
      const svg = page.locator('svg.diagram');
      await expect(svg).toBeVisible();
      await page.waitForFunction(() => performance.getEntriesByName('poster:diagram-drawn').length > 0);
      const note = page.locator('.overview-note');
      await expect(note).toBeVisible();
      const diagram = (await svg.boundingBox())!;
      const boxes = [...(await page.locator('.zoom-controls button').all()), note];
      for (const b of boxes) {
        const r = (await b.boundingBox())!;
        expect(r.y, 'below the diagram').toBeGreaterThanOrEqual(diagram.y + diagram.height - 0.5);
        expect(r.y + r.height, 'on screen').toBeLessThanOrEqual(h);
      }
      const n = (await note.boundingBox())!;
      const z = (await page.locator('.zoom-controls').boundingBox())!;
      expect(n.x + n.width <= z.x || z.x + z.width <= n.x, 'note beside the buttons').toBe(true);
    });
});

test.describe('bibliography', () => {
  test('each entry shows where the poster cites it, and opens that place', async ({ page }) => {
    await page.goto('./?d=biogenesis&lang=en');
    await diagramReady(page, 'biogenesis', 'en');
    await page.locator('button.bib-button').click();
    const bib = page.locator('dialog.bibliography');
    await expect(bib.locator('.refs li')).toHaveCount(72);
    // Every entry is cited somewhere on the poster.
    await expect(bib.locator('.refs li:not(:has(.cited-by))')).toHaveCount(0);
    const place = bib.locator('#ref-22 .cited-by button').getByText(`Biogenesis · ${MVB_EN}`, { exact: true });
    await expect(place).toHaveText(`Biogenesis · ${MVB_EN}`);
    await place.click();
    await expect(bib).not.toBeVisible();
    await expect(panel(page).locator('h2')).toHaveText(MVB_EN);
    await expect(page).toHaveURL(/[?&]n=mvb(&|$)/);
  });
});
