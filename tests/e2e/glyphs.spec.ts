import { yamlDiagram } from './content.ts';
import { diagramReady, expect, node, test } from './fixtures.ts';

test.describe.configure({ mode: 'parallel' });

type Box = { x: number; y: number; width: number; height: number };
const apart = (a: Box, b: Box) => a.x + a.width <= b.x + 0.5 || b.x + b.width <= a.x + 0.5 || a.y + a.height <= b.y + 0.5 || b.y + b.height <= a.y + 0.5;

for (const lang of ['fa', 'en'] as const)
  test(`every element carries a drawn glyph beside its label, at the inline start (${lang})`, async ({ page }) => {
    await page.goto(`./?d=interactions&lang=${lang}`);
    await diagramReady(page, 'interactions', lang);
    const parents = new Set(yamlDiagram('interactions').nodes.flatMap((n) => (n.parent ? [n.parent] : [])));
    const leaves = yamlDiagram('interactions').nodes.filter((n) => !parents.has(n.id));
    for (const n of leaves) {
      const glyph = node(page, n.id).locator('.glyph');
      await expect(glyph, n.id).toHaveCount(1);
      const g = (await glyph.boundingBox())!;
      // Drawn: the <use> shows its sprite drawing, not an empty box.
      expect(g.width, `${n.id}: glyph drawn`).toBeGreaterThan(5);
      const text = (await node(page, n.id).locator('text.node-label').boundingBox())!;
      expect(apart(g, text), `${n.id}: glyph over its label`).toBe(true);
      // Left of the text in English, right of it in Persian.
      if (lang === 'en') expect(g.x + g.width, n.id).toBeLessThanOrEqual(text.x + 0.5);
      else expect(g.x, n.id).toBeGreaterThanOrEqual(text.x + text.width - 0.5);
    }
    // A container standing for cells shows the cell beside its header.
    const header = node(page, 'oc-mature').locator(':scope > g > .glyph');
    await expect(header).toHaveClass(/glyph-osteoclast/);
  });

test('glyphs wear their node kind’s colours from the theme, not colours of their own', async ({ page }) => {
  await page.goto('./?d=interactions&lang=en');
  await diagramReady(page, 'interactions', 'en');
  for (const [id, glyph] of [
    ['treg', 't-cell'],
    ['msc-exo', 'exosome'],
    ['lamp1', 'protein'],
  ] as const) {
    const n = node(page, id);
    await expect(n.locator('.glyph')).toHaveClass(new RegExp(`glyph-${glyph}\\b`));
    const [shape, body] = await Promise.all([
      n.locator('path.shape').evaluate((e) => getComputedStyle(e).stroke),
      // The glyph is a <use> of the page's sprite: its parts take the colours its element hands down.
      n.locator('.glyph').evaluate((use) => {
        const probe = document.createElementNS('http://www.w3.org/2000/svg', 'g');
        probe.setAttribute('class', use.getAttribute('class')!);
        probe.innerHTML = '<path class="g-body" d="M0,0h1"/>';
        use.after(probe);
        const stroke = getComputedStyle(probe.firstElementChild!).stroke;
        probe.remove();
        return stroke;
      }),
    ]);
    expect(body, id).toBe(shape);
  }
});

test('the legend shows every glyph with its name, those of the diagram first', async ({ page }) => {
  await page.goto('./?d=biogenesis&lang=fa');
  await diagramReady(page, 'biogenesis', 'fa');
  await page.getByRole('button', { name: 'راهنمای نمودار' }).click();
  const dialog = page.getByRole('dialog', { name: 'راهنمای نمودار' });
  const items = dialog.locator('.legend-grid.glyphs li');
  await expect(items).toHaveCount(28);
  await expect(items.first().locator('svg .glyph')).toHaveCount(1);
  const rows = await items.evaluateAll((lis) => lis.map((li) => [li.textContent!.trim(), li.classList.contains('unused')] as const));
  const exosome = rows.findIndex(([t]) => t.startsWith('اگزوزوم'));
  const osteoclast = rows.findIndex(([t]) => t.startsWith('استئوکلاست'));
  // Biogenesis draws exosomes and no osteoclast.
  expect(rows[exosome]![1]).toBe(false);
  expect(rows[osteoclast]![1]).toBe(true);
  expect(exosome).toBeLessThan(osteoclast);
});
