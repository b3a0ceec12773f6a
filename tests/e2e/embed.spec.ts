import type { Locator, Page } from '@playwright/test';
import { label, yamlDiagram } from './content.ts';
import { startCourseSite } from './courseSite.ts';
import { expect, node, test } from './fixtures.ts';
import { PORT } from '../../playwright.config.ts';

// Every test loads its own page: they can run side by side.
test.describe.configure({ mode: 'parallel' });

const POSTER = `http://127.0.0.1:${PORT}/`;
// Course pages on other origins (courseSite.ts). Vite's preview answers loopback origins with
// CORS headers, as a poster's host must for the web component's script (README: "Embedding").
let site: Awaited<ReturnType<typeof startCourseSite>>;
test.beforeAll(async () => {
  site = await startCourseSite();
});
test.afterAll(() => site.close());
const IDENTITY = 'translate(0,0) scale(1)';

const frameA = (page: Page) => page.frameLocator('#frame-a');
const frameB = (page: Page) => page.frameLocator('#frame-b');
// Playwright's CSS pierces the open shadow root of <exosome-poster>.
const component = (page: Page) => page.frameLocator('exosome-poster iframe');

/** Waits until a poster (framed, or the page itself) shows (id, lang) and its pan/zoom is attached. */
async function live(frame: { locator(selector: string): Locator }, id: string, lang: 'fa' | 'en') {
  const svg = frame.locator(`svg.diagram[data-diagram="${id}"][data-lang="${lang}"]`);
  await expect(svg).toBeVisible();
  await expect.poll(() => svg.evaluate((s) => !!(s as unknown as { __zoom?: unknown }).__zoom)).toBe(true);
  return svg;
}

async function demo(page: Page) {
  await page.goto('./embed-demo.html');
  await live(frameA(page), 'biogenesis', 'en');
  await live(frameB(page), 'remodeling', 'fa');
}

/** Opens a course page on another site holding `body` (markup written by the test or copied from the Embed dialog). */
async function coursePage(page: Page, path: string, body: string) {
  site.page(path, body);
  await page.goto(site.origin + path);
}

test.describe('embedded on a course page', () => {
  test('frames take the heights their posters post, again when the page narrows', async ({ page }) => {
    // Record, on the host page only, the heights each frame posts.
    await page.addInitScript(() => {
      if (window.top !== window) return;
      const posted: Record<string, number> = {};
      (window as unknown as { posted: typeof posted }).posted = posted;
      addEventListener('message', (e) => {
        const frames = [...document.querySelectorAll('iframe'), document.querySelector('exosome-poster')?.shadowRoot?.querySelector('iframe')];
        const f = frames.find((x) => x?.contentWindow === e.source);
        if (f && e.data?.source === 'exosome-poster' && e.data.type === 'height') posted[f.id || 'component'] = e.data.height;
      });
    });
    await page.setViewportSize({ width: 1100, height: 800 });
    await demo(page);
    await page.locator('exosome-poster').scrollIntoViewIfNeeded();
    await live(component(page), 'cargo', 'en');
    const posted = (id: string) => page.evaluate((k) => (window as unknown as { posted: Record<string, number> }).posted[k], id);
    const frameHeight = (sel: string) => page.locator(sel).evaluate((f) => (f as HTMLElement).clientHeight);

    for (const [id, sel] of [['frame-a', '#frame-a'], ['frame-b', '#frame-b'], ['component', 'exosome-poster iframe']] as const) {
      await expect.poll(() => posted(id), id).toBeGreaterThan(0);
      await expect.poll(async () => (await frameHeight(sel)) === (await posted(id)), `${id} applied`).toBe(true);
      // Not the page's starting height (420 px, embed-demo.css; 480 for the element).
      expect(await frameHeight(sel)).not.toBe(id === 'component' ? 480 : 420);
    }
    // Different diagrams ask for different heights; a frame at its height does not scroll inside.
    expect(await posted('frame-a')).not.toBe(await posted('frame-b'));
    expect(await frameA(page).locator('html').evaluate((h) => h.scrollHeight <= innerHeight)).toBe(true);

    // A narrower page: the same diagrams fitted to a narrower width ask for less.
    const wide = (await posted('frame-a'))!;
    await page.setViewportSize({ width: 760, height: 800 });
    await expect.poll(() => posted('frame-a')).toBeLessThan(wide);
    await expect.poll(async () => (await frameHeight('#frame-a')) === (await posted('frame-a'))).toBe(true);
  });

  test('the wheel over an inactive poster scrolls the page; after a click it zooms; leaving ends that', async ({ page }) => {
    await demo(page);
    const frame = page.locator('#frame-a');
    await frame.scrollIntoViewIfNeeded();
    const scene = frameA(page).locator('g.scene');
    const hint = frameA(page).getByText('Click to zoom and pan');
    await expect(hint).toBeVisible();
    const box = (await frame.boundingBox())!;
    const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    const pageY = () => page.evaluate(() => window.scrollY);

    // Inactive: the page scrolls, the diagram stays as it is.
    let before = await pageY();
    await page.mouse.move(centre.x, centre.y);
    await page.mouse.wheel(0, 240);
    await expect.poll(pageY).toBeGreaterThan(before);
    expect(await scene.getAttribute('transform')).toBe(IDENTITY);

    // A click inside (on the title, which does nothing else) activates it: the wheel zooms.
    await frameA(page).locator('.embed-bar h1').click();
    await expect(hint).toBeHidden();
    const b2 = (await frame.boundingBox())!;
    await page.mouse.move(b2.x + b2.width / 2, b2.y + b2.height / 2);
    before = await pageY();
    await page.mouse.wheel(0, -240);
    await expect.poll(() => scene.getAttribute('transform')).not.toBe(IDENTITY);
    expect(await pageY()).toBe(before);

    // Focus leaves the frame (a click on the page): inactive again, the wheel is the page's.
    await page.getByRole('heading', { name: 'Week 6: exosomes in bone repair' }).click();
    await expect(hint).toBeVisible();
    const zoomed = await scene.getAttribute('transform');
    before = await pageY();
    await page.mouse.move(b2.x + b2.width / 2, b2.y + b2.height / 2);
    await page.mouse.wheel(0, 240);
    await expect.poll(pageY).toBeGreaterThan(before);
    expect(await scene.getAttribute('transform')).toBe(zoomed);
  });

  test.describe('on a touch screen', () => {
    test.use({ hasTouch: true });
    test('a finger across an inactive poster scrolls the page; after a tap it pans the diagram', async ({ page, context }) => {
      await demo(page);
      const frame = page.locator('#frame-a');
      await frame.scrollIntoViewIfNeeded();
      const scene = frameA(page).locator('g.scene');
      const hint = frameA(page).getByText('Click to zoom and pan');
      const cdp = await context.newCDPSession(page);
      // A vertical drag, as raw touch events (Playwright's touchscreen only taps).
      // `dx`: a diagonal drag pans whichever way the fitted diagram has room (it may fill the height).
      const drag = async (dx = 0) => {
        const b = (await frame.boundingBox())!;
        // In the part of the frame on screen: a tall frame (auto-height) can reach below the fold.
        const [top, bottom] = [Math.max(b.y, 0), Math.min(b.y + b.height, page.viewportSize()!.height)];
        const [x, y] = [Math.round(b.x + b.width / 2), Math.round(top + (bottom - top) * 0.7)];
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
        for (let i = 1; i <= 8; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: x - dx * i, y: y - 20 * i }] });
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      };
      const pageY = () => page.evaluate(() => window.scrollY);

      let before = await pageY();
      await drag();
      await expect.poll(pageY).toBeGreaterThan(before);
      expect(await scene.getAttribute('transform')).toBe(IDENTITY);
      await expect(hint).toBeVisible(); // scrolling across it is not a tap: still inactive

      // A tap on the title (nothing else happens there). A tap while the page still glides from the
      // drag only stops the glide (the browser's rule, not ours): wait for the page to stand still.
      let y = -1;
      await expect.poll(async () => y === (y = await page.waitForTimeout(150).then(pageY))).toBe(true);
      await frameA(page).locator('.embed-bar h1').tap();
      await expect(hint).toBeHidden();
      before = await pageY();
      await drag(20);
      await expect.poll(() => scene.getAttribute('transform')).not.toBe(IDENTITY);
      expect(await pageY()).toBe(before);
    });
  });

  test('two frames and the element are independent; the element reports selections and follows its attributes', async ({ page }) => {
    await demo(page);
    await frameA(page).locator('[data-node-id="mvb"]').click();
    await expect(frameA(page).getByRole('dialog').locator('h2')).toHaveText(label('biogenesis', 'mvb', 'en'));
    await expect(page.locator('#frame-a-selection')).toHaveText('Opened: biogenesis › mvb (en)');
    // The other frame: still no annotation, nothing reported.
    await expect(frameB(page).locator('svg.diagram')).toBeVisible();
    await expect(frameB(page).getByRole('dialog')).toHaveCount(0);
    await expect(page.locator('#frame-b-selection')).toHaveText('');

    // The element: its select event carries the view.
    await page.locator('exosome-poster').scrollIntoViewIfNeeded();
    await live(component(page), 'cargo', 'en');
    const selected = page.evaluate(
      () => new Promise((done) => document.querySelector('exosome-poster')!.addEventListener('select', (e) => done((e as CustomEvent).detail), { once: true })),
    );
    // The element's frame is small: cargo opens as its overview, groups folded (src/lib/viewer/compact.ts).
    await component(page).getByRole('button', { name: 'Show all', exact: true }).click();
    await component(page).locator('[data-node-id="mir-335"]').click();
    expect(await selected).toEqual({ diagram: 'cargo', node: 'mir-335', lang: 'en' });
    await expect(page.locator('#component-selection')).toHaveText('Opened: cargo › mir-335 (en)');
    // Frame A kept its own annotation.
    await expect(frameA(page).getByRole('dialog').locator('h2')).toHaveText(label('biogenesis', 'mvb', 'en'));

    // A changed attribute moves the running poster (a navigate message, not a reload: the open node stays).
    const src = await page.locator('exosome-poster iframe').getAttribute('src');
    await page.getByRole('button', { name: 'Persian' }).click();
    await live(component(page), 'cargo', 'fa');
    await expect(component(page).getByRole('dialog').locator('h2')).toHaveText(label('cargo', 'mir-335', 'fa'));
    expect(await page.locator('exosome-poster iframe').getAttribute('src')).toBe(src);
    await expect(page.locator('#component-selection')).toHaveText('Opened: cargo › mir-335 (fa)');
    await expect(frameB(page).getByRole('dialog')).toHaveCount(0);
  });

  test('only the parent, at the origin the poster was given, can move it', async ({ page }) => {
    site.page('/other.html', '<p>another site</p>');
    const src = `${POSTER}?embed=1&origin=${encodeURIComponent(site.origin)}&d=biogenesis&lang=en`;
    await coursePage(page, '/origins.html', `<iframe id="poster" src="${src}" title="poster"></iframe><iframe id="other" src="${site.other}/other.html" title="other"></iframe>`);
    const poster = page.frameLocator('#poster');
    await live(poster, 'biogenesis', 'en');
    await expect(page.locator('#other')).toBeAttached();
    const other = (await (await page.locator('#other').elementHandle())!.contentFrame())!;
    await expect.poll(() => other.url()).toBe(`${site.other}/other.html`);
    const navigate = (fields: object) => ({ source: 'exosome-poster-host', version: 1, type: 'navigate', ...fields });

    // From a sibling frame on another origin, and from the right origin with a value it does not know: ignored.
    await other.evaluate((m) => parent.frames[0]!.postMessage(m, '*'), navigate({ diagram: 'cargo' }));
    await page.evaluate((m) => (document.getElementById('poster') as HTMLIFrameElement).contentWindow!.postMessage(m, '*'), navigate({ diagram: '<img src=x>' }));
    // Then the parent, at the right origin: acted on. The diagram never went to cargo.
    await page.evaluate((m) => (document.getElementById('poster') as HTMLIFrameElement).contentWindow!.postMessage(m, '*'), navigate({ lang: 'fa', node: 'mvb' }));
    await live(poster, 'biogenesis', 'fa');
    await expect(poster.getByRole('dialog').locator('h2')).toHaveText(label('biogenesis', 'mvb', 'fa'));

    // A poster given another origin ignores even its parent.
    await page.evaluate((s) => {
      const f = Object.assign(document.createElement('iframe'), { id: 'elsewhere', title: 'elsewhere', src: s });
      document.body.append(f);
    }, `${POSTER}?embed=1&origin=${encodeURIComponent(site.other)}&d=biogenesis&lang=en`);
    const elsewhere = page.frameLocator('#elsewhere');
    await live(elsewhere, 'biogenesis', 'en');
    await page.evaluate((m) => (document.getElementById('elsewhere') as HTMLIFrameElement).contentWindow!.postMessage(m, '*'), navigate({ diagram: 'cargo' }));
    await page.evaluate((m) => (document.getElementById('poster') as HTMLIFrameElement).contentWindow!.postMessage(m, '*'), navigate({ diagram: 'cargo' }));
    await live(poster, 'cargo', 'fa');
    await expect(elsewhere.locator('svg.diagram')).toHaveAttribute('data-diagram', 'biogenesis');
  });

  test('the element ignores height and select messages that do not come from its own frame', async ({ page }) => {
    await demo(page);
    const el = page.locator('exosome-poster');
    await el.scrollIntoViewIfNeeded();
    await live(component(page), 'cargo', 'en');
    // The element's frame is small: cargo opens folded; unfold it first (its height follows the diagram).
    await component(page).getByRole('button', { name: 'Show all', exact: true }).click();
    await expect(component(page).locator('[data-node-id="mir-335"]')).toBeVisible();
    const frameHeight = () => page.locator('exosome-poster iframe').evaluate((f) => (f as HTMLElement).clientHeight);
    let height = -1;
    await expect.poll(async () => {
      const [a, b] = [await frameHeight(), await page.waitForTimeout(300).then(frameHeight)];
      height = b;
      return a === b;
    }).toBe(true);
    await page.evaluate(() => {
      const seen: unknown[] = [];
      (window as unknown as { seen: unknown[] }).seen = seen;
      document.querySelector('exosome-poster')!.addEventListener('select', (e) => seen.push((e as CustomEvent).detail));
    });
    const fake = [
      { source: 'exosome-poster', version: 1, type: 'height', height: 3000 },
      { source: 'exosome-poster', version: 1, type: 'select', diagram: 'cargo', node: 'proteins', lang: 'en' },
    ];
    // From the page itself, and from frame A: the poster's origin, but not the element's frame.
    await page.evaluate((ms) => ms.forEach((m) => window.postMessage(m, '*')), fake);
    const a = await (await page.locator('#frame-a').elementHandle())!.contentFrame();
    await a!.evaluate((ms) => ms.forEach((m) => parent.postMessage(m, '*')), fake);
    // Then a real selection in the element's own frame: it arrives after the fakes, and alone.
    await component(page).locator('[data-node-id="mir-335"]').click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { seen: unknown[] }).seen.length)).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { seen: unknown[] }).seen)).toEqual([{ diagram: 'cargo', node: 'mir-335', lang: 'en' }]);
    expect(await page.locator('exosome-poster iframe').evaluate((f) => (f as HTMLElement).clientHeight)).toBe(height);
  });
});

test.describe('embed view', () => {
  for (const lang of ['fa', 'en'] as const) {
    test(`one line of chrome; tabs and annotations work; "Open full poster" opens this view (${lang})`, async ({ page }) => {
      await page.setViewportSize({ width: 480, height: 360 });
      await page.goto(`./?embed=1&d=remodeling&lang=${lang}`);
      await expect(page.locator('.poster.embed')).toBeVisible();
      await live(page, 'remodeling', lang);
      // No search, glossary, references or Embed buttons; no page-wide search key.
      await expect(page.getByRole('combobox')).toHaveCount(0);
      await expect(page.locator('.glossary-button, .bib-button, .embed-button')).toHaveCount(0);
      const bar = page.locator('.embed-bar');
      const barBox = (await bar.boundingBox())!;
      expect(barBox.height).toBeLessThan(56); // one line
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);

      // 480×360 is too small to read the whole map: it opens folded; "Show all" unfolds it.
      await expect(node(page, 'osteoclast')).toHaveCount(0);
      await page.getByRole('button', { name: lang === 'en' ? 'Show all' : 'نمایش همه', exact: true }).click();
      await node(page, 'osteoclast').click();
      await expect(page.getByRole('dialog').locator('h2')).toHaveText(label('remodeling', 'osteoclast', lang));
      const full = page.getByRole('link', { name: lang === 'en' ? /Open full poster/ : /باز کردن پوستر کامل/ });
      await expect(full).toHaveAttribute('target', '_blank');
      await expect(full).toHaveAttribute('rel', 'noopener');
      const [tab] = await Promise.all([page.context().waitForEvent('page'), full.click()]);
      await expect(tab.locator('svg.diagram[data-diagram="remodeling"]')).toBeVisible();
      const url = new URL(tab.url());
      expect(url.searchParams.get('embed')).toBeNull();
      expect(url.searchParams.get('n')).toBe('osteoclast');
      expect(url.searchParams.get('lang')).toBe(lang);
      await expect(tab.locator('.poster')).not.toHaveClass(/embed/);
      await expect(tab.getByRole('dialog').locator('h2')).toHaveText(label('remodeling', 'osteoclast', lang));
    });
  }

  test('the tabs move the frame without adding to the host page’s history', async ({ page }) => {
    await demo(page);
    const length = await page.evaluate(() => history.length);
    await frameA(page).getByRole('link', { name: 'Remodeling' }).click();
    await live(frameA(page), 'remodeling', 'en');
    expect(await page.evaluate(() => history.length)).toBe(length);
  });
});

test.describe('Embed dialog', () => {
  test('writes both snippets for the view; copied, each loads that view on another site', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: POSTER.slice(0, -1) });
    await page.goto('./?d=remodeling&n=osteoclast&lang=en');
    await expect(page.getByRole('dialog').locator('h2')).toHaveText(label('remodeling', 'osteoclast', 'en'));
    await page.getByRole('button', { name: 'Embed', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed this view' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('radio', { name: /Small/ }).check();
    const iframe = await dialog.getByRole('textbox', { name: 'Frame' }).inputValue();
    const element = await dialog.getByRole('textbox', { name: 'Web component' }).inputValue();
    expect(iframe).toContain('width="480" height="360"');
    expect(element).toContain('height="360"');

    await dialog.getByRole('button', { name: 'Copy the frame code' }).click();
    await expect(dialog.getByRole('status').first()).toHaveText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(iframe);
    // Another size: the status belonged to the old code.
    await dialog.getByRole('radio', { name: /Large/ }).check();
    await expect(dialog.getByRole('status').first()).toHaveText('');

    await coursePage(page, '/snippets.html', `<h1>Week 6</h1>${iframe}${element}`);
    const framed = page.frameLocator('body > iframe');
    await live(framed, 'remodeling', 'en');
    await expect(framed.getByRole('dialog').locator('h2')).toHaveText(label('remodeling', 'osteoclast', 'en'));
    await live(component(page), 'remodeling', 'en');
    await expect(component(page).getByRole('dialog').locator('h2')).toHaveText(label('remodeling', 'osteoclast', 'en'));
    await expect(page.locator('exosome-poster iframe')).toHaveAttribute('title', /Exosome Poster: /);
  });

  test('offers a diagram with a tour as that tour; on a course page it steps through it', async ({ page }) => {
    await page.goto('./?d=biogenesis&n=mvb&lang=en');
    await live(page, 'biogenesis', 'en');
    await page.getByRole('button', { name: 'Embed', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed this view' });
    const steps = yamlDiagram('biogenesis').tour!.length;
    await dialog.getByRole('checkbox', { name: `As a guided tour, step by step (${steps} steps)` }).check();
    await expect(dialog.locator('.intro')).toContainText('guided tour of');
    const iframe = await dialog.getByRole('textbox', { name: 'Frame' }).inputValue();
    const element = await dialog.getByRole('textbox', { name: 'Web component' }).inputValue();
    expect(iframe).toContain('mode=present');
    expect(iframe).not.toContain('n=mvb');
    expect(element).toMatch(/<exosome-poster [^>]*\btour\b/);

    await coursePage(page, '/tour.html', `<h1>Week 6</h1>${iframe}${element}`);
    for (const framed of [page.frameLocator('body > iframe'), component(page)]) {
      await live(framed, 'biogenesis', 'en');
      // The tour's first slide is the whole diagram; then its steps.
      await expect(framed.locator('.tour-count')).toHaveText('Overview');
      await framed.getByRole('button', { name: 'Next step' }).click();
      await expect(framed.locator('.tour-count')).toHaveText(`Step 1 of ${steps}`);
      // The step lights its node and dims the rest.
      await expect(framed.locator('g.node.dimmed').first()).toBeAttached();
    }
  });

  test('without a clipboard the code is selected for Ctrl+C; no Embed button in a kiosk', async ({ page }) => {
    await page.goto('./?d=biogenesis&lang=fa');
    // The prerendered page shows the button before the app is live: wait, or the click is lost.
    await live(page, 'biogenesis', 'fa');
    await page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } }));
    await page.getByRole('button', { name: 'جاسازی', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'جاسازی این نما' });
    await dialog.getByRole('button', { name: 'کپی کد مؤلفه‌ی وب' }).click();
    await expect(dialog.getByRole('status').nth(1)).toHaveText('انتخاب شد: برای کپی Ctrl+C را بزنید');
    const area = dialog.getByRole('textbox', { name: 'مؤلفه‌ی وب' });
    await expect(area).toBeFocused();
    expect(await area.evaluate((t: HTMLTextAreaElement) => t.selectionEnd - t.selectionStart)).toBe((await area.inputValue()).length);

    await page.goto('./?mode=kiosk&d=biogenesis');
    await expect(page.locator('svg.diagram')).toBeVisible();
    await expect(page.getByRole('button', { name: 'جاسازی', exact: true })).toHaveCount(0);
  });
});

test.describe('embed minimap', () => {
  test('hidden when zoomed in a frame, unless the address asks for it', async ({ page }) => {
    for (const [query, count] of [['', 0], ['&minimap=1', 1]] as const) {
      await page.goto(`./?embed=1&d=remodeling&lang=en${query}`);
      await expect(page.locator('svg.diagram[data-diagram="remodeling"]')).toBeVisible();
      await page.locator('svg.diagram').click({ position: { x: 5, y: 5 } });
      await expect.poll(() => page.evaluate(() => !!(document.querySelector('svg.diagram') as unknown as { __zoom?: unknown }).__zoom)).toBe(true);
      await page.getByRole('button', { name: 'Zoom in' }).click();
      await page.getByRole('button', { name: 'Zoom in' }).click();
      await expect.poll(() => page.locator('svg.diagram g.scene').getAttribute('transform')).not.toBe('translate(0,0) scale(1)');
      await expect(page.locator('.minimap')).toHaveCount(count);
    }
  });
});
