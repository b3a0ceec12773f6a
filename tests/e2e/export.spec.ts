import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Download, Page } from '@playwright/test';
import { parse } from 'yaml';
import { yamlDiagram, yamlDiagrams } from './content.ts';
import { diagramReady, expect, test } from './fixtures.ts';

test.describe.configure({ mode: 'parallel' });

type Lang = 'fa' | 'en';
const ui: Record<Lang, Record<string, string>> = {
  fa: JSON.parse(readFileSync('src/lib/i18n/locales/fa.json', 'utf8')),
  en: JSON.parse(readFileSync('src/lib/i18n/locales/en.json', 'utf8')),
};
const article = parse(readFileSync(join('diagrams', 'article.yaml'), 'utf8')) as {
  title: Record<Lang, string>;
  authors: Record<Lang, string>[];
  journal: Record<Lang, string>;
};
const references = (parse(readFileSync(join('diagrams', 'references.yaml'), 'utf8')) as { references: unknown[] }).references;
const diagramTitle = (id: string, lang: Lang) =>
  (parse(readFileSync(join('diagrams', `${id}.yaml`), 'utf8')) as { title: Record<Lang, string> }).title[lang];
/** Text as drawn, compared without line breaks, spaces or bidi isolates (labels wrap into tspans). */
const squash = (s: string) => s.replace(/[\s\u2066-\u2069]/g, '');

async function openMenu(page: Page, lang: Lang) {
  const toggle = page.getByRole('button', { name: ui[lang]['export.open'], exact: true });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  return page.getByRole('group', { name: ui[lang]['export.open'], exact: true });
}

/** Downloads through the menu; the file is kept under its suggested name (the extension tells the browser its type). */
async function save(page: Page, lang: Lang, key: 'export.svg' | 'export.png'): Promise<{ download: Download; path: string }> {
  const menu = await openMenu(page, lang);
  const [download] = await Promise.all([page.waitForEvent('download'), menu.getByRole('button', { name: ui[lang][key], exact: true }).click()]);
  const path = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(path);
  return { download, path };
}

/** Each label's box in scene units (zoom is on an ancestor, so not in getBBox), in document order. */
const labelBoxes = (page: Page) =>
  page.locator('svg.diagram text').evaluateAll((ts) =>
    ts.map((t) => {
      const b = (t as SVGTextElement).getBBox();
      return { x: b.x, y: b.y, w: b.width, h: b.height };
    }),
  );

/** Share of pixels (0–1) that differ clearly between two PNGs of the same size, decoded in a page. */
async function pngDifference(page: Page, a: Buffer, b: Buffer): Promise<number> {
  return page.evaluate(
    async ([a64, b64]) => {
      const decode = async (s: string) => {
        const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(s), (c) => c.charCodeAt(0))], { type: 'image/png' }));
        const ctx = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
        ctx.drawImage(bitmap, 0, 0);
        return ctx.getImageData(0, 0, bitmap.width, bitmap.height);
      };
      const [x, y] = await Promise.all([decode(a64), decode(b64)]);
      if (x.width !== y.width || x.height !== y.height) return 1;
      let differ = 0;
      for (let i = 0; i < x.data.length; i += 4)
        if (Math.abs(x.data[i]! - y.data[i]!) + Math.abs(x.data[i + 1]! - y.data[i + 1]!) + Math.abs(x.data[i + 2]! - y.data[i + 2]!) > 96) differ++;
      return differ / (x.width * x.height);
    },
    [a.toString('base64'), b.toString('base64')] as const,
  );
}

/** The exported file drawn by Chromium at 2×, as a reference for the PNG. */
async function fileScreenshot(browser: Browser, file: string, w: number, h: number) {
  const ctx = await browser.newContext({ deviceScaleFactor: 2, viewport: { width: Math.ceil(w), height: Math.ceil(h) } });
  const p = await ctx.newPage();
  await p.goto(pathToFileURL(file).href);
  await p.evaluate(() => document.fonts.ready);
  const shot = await p.screenshot({ clip: { x: 0, y: 0, width: w, height: h } });
  await ctx.close();
  return shot;
}

for (const lang of ['fa', 'en'] as const) {
  test.describe(`export (${lang})`, () => {
    test('the SVG download is self-contained and shows the whole diagram, shaped as on the page, when opened on its own', async ({ page }) => {
      const id = 'biogenesis';
      await page.goto(`./?d=${id}&lang=${lang}`);
      const live = await diagramReady(page, id, lang);
      await page.evaluate(() => document.fonts.ready);
      const viewBox = (await live.getAttribute('viewBox'))!;
      const [, , w, h] = viewBox.split(' ').map(Number) as [number, number, number, number];
      const boxes = await labelBoxes(page);
      // Zoomed in on screen: the file still holds the whole scene.
      await page.getByRole('button', { name: ui[lang]['zoom.in'], exact: true }).click();

      const { download, path } = await save(page, lang, 'export.svg');
      expect(download.suggestedFilename()).toBe(`exosome-poster-${id}-${lang}.svg`);
      const svg = readFileSync(path, 'utf8');
      expect(svg.startsWith('<?xml')).toBe(true);
      expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
      expect(svg).toContain(`width="${w}" height="${h}"`);
      expect(svg).toContain(`viewBox="${viewBox}"`);
      expect(svg).toContain(`<title>${diagramTitle(id, lang)}</title>`);
      expect(svg).toMatch(/@font-face \{[^}]*font-family: "Vazirmatn"[^}]*src: url\(data:font\/woff2;base64,[A-Za-z0-9+/]{1000,}/);
      // Nothing from elsewhere, nothing that runs: the only URL is the namespace; url() only to data: or a marker.
      const markup = svg.replace('xmlns="http://www.w3.org/2000/svg"', '').replace(/url\(data:[^)]*\)/g, 'url(data:)');
      expect(markup).not.toMatch(/https?:|<script|\son\w+=|href=/i);
      expect([...svg.matchAll(/url\(([^)]{0,12})/g)].map((m) => m[1]!).filter((u) => !u.startsWith('data:') && !u.startsWith('#'))).toEqual([]);
      expect(svg).not.toMatch(/tabindex|role="button"|class="[^"]*\bselected\b/);

      // Opened in the browser as a file: every node's label is there, inside the picture, in Vazirmatn.
      await page.setViewportSize({ width: Math.ceil(w), height: Math.ceil(h) });
      await page.goto(pathToFileURL(path).href);
      await page.evaluate(() => document.fonts.ready);
      expect(await page.evaluate(() => document.documentElement.localName)).toBe('svg');
      expect(await page.evaluate(() => [...document.fonts].every((f) => f.status === 'loaded') && document.fonts.size > 0)).toBe(true);
      for (const n of yamlDiagram(id).nodes) {
        const text = page.locator(`[data-node-id="${n.id}"] > g > text`);
        await expect(text).toHaveCount(1);
        expect(squash((await text.textContent())!)).toBe(squash(n.label[lang]));
        const b = (await text.boundingBox())!;
        expect(b.width, n.id).toBeGreaterThan(0);
        expect(b.x >= 0 && b.y >= 0 && b.x + b.width <= w + 0.5 && b.y + b.height <= h + 0.5, n.id).toBe(true);
      }
      // Every glyph is drawn in the file itself (the page's sprite copied in), in its kind's colours.
      const glyphs = await page.locator('.glyph').evaluateAll((gs) =>
        gs.map((g) => ({ paths: g.querySelectorAll('path').length, stroke: getComputedStyle(g.querySelector('path')!).stroke, w: (g as SVGGElement).getBBox().width })),
      );
      expect(glyphs.length).toBeGreaterThan(20);
      for (const g of glyphs) {
        expect(g.paths).toBeGreaterThan(0);
        expect(g.w).toBeGreaterThan(5);
        expect(g.stroke).not.toBe('none');
      }
      // Same font, same shaping, same anchoring: every label measures and sits as on the page. (Text
      // is laid out at the size it is drawn, so boxes differ by up to ≈ 1 px; a fallback font: 20–40 px.)
      const fileBoxes = await page.locator('text').evaluateAll((ts) =>
        ts.map((t) => {
          const b = (t as SVGTextElement).getBBox();
          return { x: b.x, y: b.y, w: b.width, h: b.height };
        }),
      );
      expect(fileBoxes).toHaveLength(boxes.length);
      fileBoxes.forEach((b, i) => {
        for (const k of ['x', 'y', 'w', 'h'] as const) expect(Math.abs(b[k] - boxes[i]![k]), `label ${i} ${k}`).toBeLessThan(2);
      });
    });

    test('glyphs come out as on the page: same boxes, directional ones mirrored in Persian only', async ({ page }) => {
      // Signalling draws pathways, whose chevrons point along the flow.
      const id = 'signaling';
      await page.goto(`./?d=${id}&lang=${lang}`);
      await diagramReady(page, id, lang);
      const boxes = (sel: string) =>
        page.locator(sel).evaluateAll((gs) =>
          gs.map((g) => {
            const b = (g as SVGGraphicsElement).getBBox();
            return { cls: g.getAttribute('class'), x: b.x, y: b.y, w: b.width, h: b.height };
          }),
        );
      const onPage = await boxes('svg.diagram .glyph');
      const { path } = await save(page, lang, 'export.svg');
      await page.goto(pathToFileURL(path).href);
      const inFile = await boxes('.glyph');
      expect(inFile.length).toBeGreaterThan(20);
      expect(inFile.map((b) => b.cls)).toEqual(onPage.map((b) => b.cls));
      inFile.forEach((b, i) => {
        for (const k of ['x', 'y', 'w', 'h'] as const) expect(Math.abs(b[k] - onPage[i]![k]), `${b.cls} ${k}`).toBeLessThan(0.01);
      });
      const mirrored = await page.locator('.glyph.glyph-pathway').evaluateAll((gs) => gs.map((g) => !!g.querySelector('[transform*="scale(-1,1)"]')));
      expect(mirrored.length).toBeGreaterThan(0);
      expect(mirrored).toEqual(mirrored.map(() => lang === 'fa'));
    });

    test('the PNG download is twice the scene and drawn in the embedded fonts', async ({ page, browser }) => {
      test.slow();
      const id = 'cargo';
      await page.goto(`./?d=${id}&lang=${lang}`);
      const live = await diagramReady(page, id, lang);
      const [, , w, h] = (await live.getAttribute('viewBox'))!.split(' ').map(Number) as [number, number, number, number];
      const svgFile = (await save(page, lang, 'export.svg')).path;
      const { download, path } = await save(page, lang, 'export.png');
      expect(download.suggestedFilename()).toBe(`exosome-poster-${id}-${lang}.png`);
      const png = readFileSync(path);
      expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
      expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Math.round(2 * w), Math.round(2 * h)]);
      // The same file drawn by Chromium at 2×: the pictures agree (fallback fonts would differ in ≈ 2 %).
      const reference = await fileScreenshot(browser, svgFile, w, h);
      expect(await pngDifference(page, png, reference)).toBeLessThan(0.002);
    });

    test('Print poster on A0: the title block, every diagram and the 72 references on one A0 sheet', async ({ page }) => {
      test.slow();
      // The print dialog is the browser's; counted here instead of opened.
      await page.addInitScript(() => {
        (window as unknown as { printed: number }).printed = 0;
        window.print = () => void (window as unknown as { printed: number }).printed++;
      });
      await page.goto(`./?d=biogenesis&lang=${lang}`);
      await diagramReady(page, 'biogenesis', lang);
      await expect(page.locator('.print-poster')).toHaveCount(0); // not in the page until asked for
      const menu = await openMenu(page, lang);
      await menu.getByRole('radio', { name: /A0/ }).check();
      await menu.getByRole('radio', { name: ui[lang]['print.portrait'] }).check();
      await menu.getByRole('button', { name: ui[lang]['print.go'], exact: true }).click();
      await page.waitForFunction(() => (window as unknown as { printed: number }).printed === 1);

      await page.emulateMedia({ media: 'print' });
      const sheet = page.locator('.print-poster');
      await expect(sheet).toBeVisible();
      await expect(page.locator('.poster')).toBeHidden();
      const box = (await sheet.boundingBox())!;
      const mm = 96 / 25.4;
      expect(Math.abs(box.width - 841 * mm)).toBeLessThan(1);
      expect(Math.abs(box.height - 1189 * mm)).toBeLessThan(1);

      await expect(sheet.getByRole('heading', { level: 1 })).toHaveText(article.title[lang]);
      for (const a of article.authors) await expect(sheet.locator('.print-authors')).toContainText(a[lang]);
      await expect(sheet.locator('.print-journal')).toContainText(article.journal[lang]);

      const figures = sheet.locator('figure.print-figure:not(.probe)');
      await expect(figures).toHaveCount(yamlDiagrams.length);
      for (const d of yamlDiagrams) {
        const fig = sheet.locator(`figure[data-diagram="${d.id}"]`);
        await expect(fig.locator('figcaption')).toContainText(diagramTitle(d.id, lang));
        await expect(fig.getByRole('img', { name: diagramTitle(d.id, lang) })).toHaveAttribute('data-lang', lang);
        await expect(fig.locator('[data-node-id]')).toHaveCount(d.nodes.length);
        const f = (await fig.boundingBox())!;
        expect(f.y + f.height, d.id).toBeLessThanOrEqual(box.y + box.height);
        expect(f.x >= box.x && f.x + f.width <= box.x + box.width, d.id).toBe(true);
      }
      expect(references).toHaveLength(72);
      await expect(sheet.locator('.print-refs li')).toHaveCount(72);
      const bib = (await sheet.locator('.print-bib').boundingBox())!;
      expect(bib.y + bib.height).toBeLessThanOrEqual(box.y + box.height);

      // The named page sets the sheet: with CSS page sizes preferred the PDF is one A0 page.
      const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
      expect(pdf.match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
      const [pw, ph] = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf)!.slice(1).map(Number) as [number, number];
      expect(Math.abs(pw - (841 / 25.4) * 72)).toBeLessThan(2);
      expect(Math.abs(ph - (1189 / 25.4) * 72)).toBeLessThan(2);
      // After printing (afterprint) the sheet leaves the page.
      await expect(page.locator('.print-poster')).toHaveCount(0);
    });

    test('Ctrl+P from the normal view prints the whole open diagram without the controls', async ({ page }) => {
      await page.goto(`./?d=cargo&lang=${lang}`);
      await diagramReady(page, 'cargo', lang);
      await page.getByRole('button', { name: ui[lang]['zoom.in'], exact: true }).click();
      await page.emulateMedia({ media: 'print' });
      for (const sel of ['.zoom-controls', '.diagram-nav', '.title-bar .actions'])
        await expect(page.locator(sel), sel).toBeHidden();
      await expect(page.locator('.title-bar h1')).toHaveText(article.title[lang]);
      await expect(page.locator('.diagram-title')).toHaveText(diagramTitle('cargo', lang));
      const svg = (await page.locator('svg.diagram').boundingBox())!;
      for (const n of yamlDiagram('cargo').nodes.slice(0, 40)) {
        const b = (await page.locator(`[data-node-id="${n.id}"]`).boundingBox())!;
        expect(b.x >= svg.x - 0.5 && b.x + b.width <= svg.x + svg.width + 0.5, n.id).toBe(true);
        expect(b.y >= svg.y - 0.5 && b.y + b.height <= svg.y + svg.height + 0.5, n.id).toBe(true);
      }
      const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
      expect(pdf.match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
    });
  });
}

test('the export menu opens and closes from the keyboard, and is not offered in kiosk mode', async ({ page }) => {
  await page.goto('./?d=signaling&lang=en');
  await diagramReady(page, 'signaling', 'en');
  const toggle = page.getByRole('button', { name: ui.en['export.open'], exact: true });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const menu = page.getByRole('group', { name: ui.en['export.open'], exact: true });
  await menu.getByRole('button', { name: ui.en['export.svg'] }).focus();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(toggle).toBeFocused();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');

  await page.goto('./?mode=kiosk&start=signaling&d=signaling&lang=en');
  await expect(page.locator('svg.diagram').first()).toBeVisible();
  await expect(page.getByRole('button', { name: ui.en['export.open'] })).toHaveCount(0);
  await expect(page.locator('.export-toggle')).toHaveCount(0);
});

test('a configured public address prints as a QR code in the title block', async ({ page }) => {
  await page.addInitScript(() => (window.print = () => {}));
  await page.goto('./?d=biogenesis&lang=en&public=https://poster.example.org/exo/');
  await diagramReady(page, 'biogenesis', 'en');
  await page.locator('.export-toggle').click();
  await page.locator('.export-menu .print-button').click();
  await page.emulateMedia({ media: 'print' });
  const head = page.locator('.print-poster .print-head');
  await expect(head.getByRole('img', { name: 'QR code: the poster online' })).toBeAttached();
  await expect(head.locator('.print-qr span')).toHaveText('https://poster.example.org/exo/');
});
