import AxeBuilder from '@axe-core/playwright';
import { diagramReady, expect, test } from './fixtures.ts';

// axe-core (WCAG 2.0–2.2 A and AA rules) on every kind of view, in both languages.
const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const scan = async (page: import('@playwright/test').Page) => {
  const { violations } = await new AxeBuilder({ page }).withTags(wcag).analyze();
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}×: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')})`);
};

for (const lang of ['fa', 'en'] as const) {
  test(`no axe violations: diagram, annotation, bibliography, glossary, title view (${lang})`, async ({ page }) => {
    test.slow();
    await page.goto(`./?d=biogenesis&lang=${lang}`);
    await diagramReady(page, 'biogenesis', lang);
    expect(await scan(page), 'diagram').toEqual([]);
    // A group collapsed (re-laid out in a worker): its count, its toggle, the arranging status.
    await page.locator('[data-group-toggle="escrt"]').click();
    await expect.poll(() => page.evaluate(() => performance.getEntriesByName('poster:arranged').length), { timeout: 30_000 }).toBe(1);
    await expect(page.locator('[data-node-id="escrt"].collapsed')).toBeVisible();
    expect(await scan(page), 'collapsed group').toEqual([]);
    await page.locator('[data-node-id="mvb"]').click();
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await scan(page), 'annotation').toEqual([]);
    await page.getByRole('dialog').locator('button.ref-chip').first().click();
    await expect(page.locator('dialog.bibliography')).toBeVisible();
    expect(await scan(page), 'bibliography').toEqual([]);
    await page.keyboard.press('Escape');
    await page.locator('.glossary-button').click();
    await expect(page.locator('dialog.glossary')).toBeVisible();
    expect(await scan(page), 'glossary').toEqual([]);
    await page.keyboard.press('Escape');
    await page.locator('.outline-toggle').click();
    await expect(page.locator('section.outline li').first()).toBeVisible();
    expect(await scan(page), 'outline').toEqual([]);
    await page.goto(`./?d=overview&lang=${lang}`);
    await expect(page.locator('.overview h2')).toBeVisible();
    await expect(page.locator('.overview svg.thumb').first()).toBeVisible();
    expect(await scan(page), 'title view').toEqual([]);
  });
}

for (const lang of ['fa', 'en'] as const) {
  test(`no axe violations: classroom slide, kiosk with its QR dialog and notice (${lang})`, async ({ page }) => {
    test.slow();
    await page.goto(`./?mode=present&d=biogenesis&lang=${lang}&step=2&both=1`);
    await diagramReady(page, 'biogenesis', lang);
    await expect(page.locator('.tour-caption h2').first()).toBeVisible();
    expect(await scan(page), 'classroom').toEqual([]);
    await page.goto(`./?mode=kiosk&d=biogenesis&lang=${lang}&idle=10&warn=20`);
    await diagramReady(page, 'biogenesis', lang);
    expect(await scan(page), 'kiosk').toEqual([]);
    await page.locator('.phone-button').click();
    await expect(page.locator('dialog.phone')).toBeVisible();
    expect(await scan(page), 'phone QR').toEqual([]);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('alertdialog')).toBeVisible({ timeout: 15_000 });
    expect(await scan(page), 'still there').toEqual([]);
  });
}

test('no axe violations in the dark theme: diagram, annotation, bibliography (en, fa)', async ({ page }) => {
  test.slow();
  await page.emulateMedia({ colorScheme: 'dark' });
  for (const lang of ['en', 'fa'] as const) {
    await page.goto(`./?d=interactions&lang=${lang}`);
    await diagramReady(page, 'interactions', lang);
    expect(await scan(page), `dark diagram ${lang}`).toEqual([]);
    await page.locator('svg.diagram .node:not(.container)').nth(3).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await scan(page), `dark annotation ${lang}`).toEqual([]);
    await page.locator('button.bib-button').click();
    await expect(page.locator('dialog.bibliography')).toBeVisible();
    expect(await scan(page), `dark bibliography ${lang}`).toEqual([]);
  }
});

for (const lang of ['fa', 'en'] as const) {
  test(`no axe violations: embed view with an annotation, Embed dialog (${lang})`, async ({ page }) => {
    test.slow();
    await page.setViewportSize({ width: 480, height: 360 });
    await page.goto(`./?embed=1&d=biogenesis&n=mvb&lang=${lang}`);
    await diagramReady(page, 'biogenesis', lang);
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await scan(page), 'embed view').toEqual([]);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`./?d=remodeling&lang=${lang}`);
    await diagramReady(page, 'remodeling', lang);
    await page.locator('.embed-button').click();
    await expect(page.locator('dialog.embed-dialog textarea').first()).toBeVisible();
    expect(await scan(page), 'Embed dialog').toEqual([]);
  });
}

test('no axe violations: the embed demo page, its two frames (inactive, with the hint) and the element', async ({ page }) => {
  test.slow();
  await page.goto('./embed-demo.html');
  for (const [sel, id] of [['#frame-a', 'biogenesis'], ['#frame-b', 'remodeling'], ['exosome-poster iframe', 'cargo']] as const) {
    await page.locator(sel).scrollIntoViewIfNeeded();
    await expect(page.frameLocator(sel).locator(`svg.diagram[data-diagram="${id}"]`)).toBeVisible();
    await expect(page.frameLocator(sel).locator('.embed-hint')).toBeVisible();
  }
  expect(await scan(page), 'embed demo').toEqual([]);
});

for (const lang of ['fa', 'en'] as const) {
  test(`no axe violations: export menu open, print view on paper (${lang})`, async ({ page }) => {
    test.slow();
    // The print dialog is the browser's: not opened here, so the print view stays for the scan.
    await page.addInitScript(() => (window.print = () => {}));
    await page.goto(`./?d=biogenesis&lang=${lang}`);
    await diagramReady(page, 'biogenesis', lang);
    await page.locator('.export-toggle').click();
    await expect(page.locator('.export-menu')).toBeVisible();
    expect(await scan(page), 'export menu').toEqual([]);
    await page.locator('.export-menu .print-button').click();
    await expect(page.locator('.print-poster figure[data-diagram]').first()).toBeAttached();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.print-poster')).toBeVisible();
    expect(await scan(page), 'print view').toEqual([]);
  });
}

for (const [lang, colorScheme] of [['fa', 'light'], ['en', 'dark']] as const) {
  test(`no axe violations: the legend with its glyphs (${lang}, ${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(`./?d=interactions&lang=${lang}`);
    await diagramReady(page, 'interactions', lang);
    await page.locator('.legend-button').click();
    await expect(page.locator('dialog.legend .legend-grid.glyphs li').first()).toBeVisible();
    expect(await scan(page), 'legend').toEqual([]);
  });
}

test.describe('small screen', () => {
  test.use({ viewport: { width: 800, height: 600 } });
  for (const lang of ['fa', 'en'] as const)
    test(`no axe violations on the small-screen overview and its note (${lang})`, async ({ page }) => {
      await page.goto(`./?d=cargo&lang=${lang}`);
      await diagramReady(page, 'cargo', lang);
      await expect(page.locator('.overview-note')).toBeVisible();
      await expect(page.locator('[data-node-id="mirnas"].collapsed')).toBeVisible();
      expect(await scan(page), 'overview').toEqual([]);
    });
});
