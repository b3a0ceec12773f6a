import { diagramReady, expect, node, test } from './fixtures.ts';

test.describe('languages and direction', () => {
  test('opens in Persian, right to left, with the biogenesis flow mirrored', async ({ page }) => {
    await page.goto('./');
    await diagramReady(page, 'biogenesis', 'fa');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fa');
    const pm = await node(page, 'plasma-membrane').boundingBox();
    const ee = await node(page, 'early-endosome').boundingBox();
    expect(pm!.x).toBeGreaterThan(ee!.x);
    // Reference numbers in Persian digits.
    await node(page, 'mvb').click();
    await expect(page.getByRole('dialog').locator('.ref-chip').first()).toHaveText(/[۰-۹]/);
  });

  test('switches to English, left to right, and the URL follows', async ({ page }) => {
    await page.goto('./');
    await diagramReady(page, 'biogenesis', 'fa');
    await page.locator('button.lang-switch').click();
    await diagramReady(page, 'biogenesis', 'en');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(page).toHaveURL(/lang=en/);
    const pm = await node(page, 'plasma-membrane').boundingBox();
    const ee = await node(page, 'early-endosome').boundingBox();
    expect(pm!.x).toBeLessThan(ee!.x);
    await expect(page.getByRole('button', { name: 'Multivesicular body (MVB)' })).toBeVisible();
  });

  test('the annotation panel sits at the inline end: right in English, left in Persian', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    for (const [lang, left] of [['en', false], ['fa', true]] as const) {
      await page.goto(`./?d=biogenesis&n=exosome&lang=${lang}`);
      await expect(page.getByRole('dialog')).toBeVisible();
      const box = await page.getByRole('dialog').boundingBox();
      expect(box!.x + box!.width / 2 < 640).toBe(left);
    }
  });
});

test.describe('annotations and references', () => {
  test('a click opens the annotation; a citation opens the bibliography at that entry', async ({ page }) => {
    await page.goto('./?lang=en');
    await diagramReady(page, 'biogenesis', 'en');
    await page.getByRole('button', { name: 'Multivesicular body (MVB)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Multivesicular body (MVB)' });
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('.annotation')).toContainText(/\w+/);
    const cite = dialog.locator('button.cite-link').first();
    const n = await cite.getAttribute('data-ref');
    await cite.click();
    const bib = page.locator('dialog.bibliography');
    await expect(bib).toBeVisible();
    await expect(bib.locator('li[id^="ref-"]')).toHaveCount(72);
    await expect(bib.locator(`#ref-${n}`)).toBeFocused();
    await expect(bib.locator(`#ref-${n}`)).toHaveClass(/current/);
    await bib.locator('button.close').click();
    await expect(bib).toBeHidden();
  });

  test('neighbours are links that move the annotation', async ({ page }) => {
    await page.goto('./?d=biogenesis&n=mvb&lang=en');
    const dialog = page.getByRole('dialog');
    await expect(dialog.locator('h2')).toHaveText('Multivesicular body (MVB)');
    const link = dialog.locator('button.node-link').first();
    const target = await link.getAttribute('data-target');
    await link.click();
    await expect(page).toHaveURL(new RegExp(`n=${target}`));
    await expect(dialog.locator('h2')).toHaveText((await node(page, target!).getAttribute('aria-label'))!);
  });

  test('keyboard only: Tab to a node, Enter opens, Escape closes and focus returns', async ({ page }) => {
    await page.goto('./?lang=en');
    await diagramReady(page, 'biogenesis', 'en');
    let id: string | null = null;
    for (let i = 0; i < 40 && !id; i++) {
      await page.keyboard.press('Tab');
      id = await page.evaluate(() => document.activeElement?.getAttribute('data-node-id') ?? null);
    }
    expect(id, 'a diagram node is reachable with Tab').not.toBeNull();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('h2')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-node-id'))).toBe(id);
  });
});

test.describe('URL state', () => {
  test('a deep link restores diagram, node and language', async ({ page }) => {
    await page.goto('./?d=cargo&n=mir-126&lang=en');
    await diagramReady(page, 'cargo', 'en');
    await expect(page.getByRole('dialog').locator('h2')).toHaveText('miR-126');
    await expect(page.locator('nav.diagram-nav a[aria-current="page"]')).toHaveText('RNA & protein cargo');
  });

  test('the URL follows tabs and clicks, and Back returns to the previous diagram', async ({ page }) => {
    await page.goto('./?lang=en');
    await diagramReady(page, 'biogenesis', 'en');
    await page.locator('nav.diagram-nav a', { hasText: 'Remodeling' }).click();
    await diagramReady(page, 'remodeling', 'en');
    await expect(page).toHaveURL(/d=remodeling/);
    await node(page, 'osteocyte').click();
    await expect(page).toHaveURL(/n=osteocyte/);
    await page.goBack();
    await diagramReady(page, 'biogenesis', 'en');
    await expect(page).toHaveURL(/d=biogenesis/);
  });

  test('bad parameters fall back to the default view and never reach the page', async ({ page }) => {
    const evil = '<img src=x onerror=alert(1)>';
    await page.goto(`./?d=nope&n=${encodeURIComponent(evil)}&lang=xx`);
    await diagramReady(page, 'biogenesis', 'fa');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    expect(await page.content()).not.toContain('onerror=alert');
    await page.goto('./?d=biogenesis&n=no-such-node&lang=en');
    await diagramReady(page, 'biogenesis', 'en');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page).not.toHaveURL(/n=no-such-node/);
  });
});

test.describe('every diagram', () => {
  test('opens in both languages, with an annotation in each', async ({ page }) => {
    test.slow();
    await page.goto('./');
    await diagramReady(page, 'biogenesis', 'fa');
    const tabs = await page.locator('nav.diagram-nav a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).searchParams.get('d')!));
    const ids = tabs.filter((d) => d !== 'overview');
    expect(ids.length).toBeGreaterThanOrEqual(7);
    for (const id of ids)
      for (const lang of ['fa', 'en'] as const) {
        await page.goto(`./?d=${id}&lang=${lang}`);
        await diagramReady(page, id, lang);
        const first = page.locator('svg.diagram g.node:not(.container)').first();
        const name = await first.getAttribute('aria-label');
        await first.click();
        await expect(page.getByRole('dialog').locator('h2')).toHaveText(name!);
        await expect(page.getByRole('dialog').locator('.ref-chip').first()).toBeVisible();
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
    await expect(dialog.locator('dd')).toHaveCount(7);
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
});
