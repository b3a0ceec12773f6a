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
    await page.goto(`./?d=overview&lang=${lang}`);
    await expect(page.locator('.overview h2')).toBeVisible();
    await expect(page.locator('.overview svg.thumb').first()).toBeVisible();
    expect(await scan(page), 'title view').toEqual([]);
  });
}

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
