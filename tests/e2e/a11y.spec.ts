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
