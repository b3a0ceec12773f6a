import { label, yamlDiagram, yamlDiagrams } from './content.ts';
import { diagramReady, expect, node, test } from './fixtures.ts';

test.describe.configure({ mode: 'parallel' });

const bio = yamlDiagram('biogenesis');
const steps = bio.tour!;
const caption = (page: import('@playwright/test').Page) => page.locator('.tour-caption');

test.describe('classroom (?mode=present)', () => {
  test('clicker keys step through the tour; the step is in the URL and spotlit', async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto('./?mode=present&d=biogenesis&lang=en');
    await diagramReady(page, 'biogenesis', 'en');
    await expect(page).toHaveURL(/[?&]step=0(&|$)/);
    await expect(caption(page).locator('h2')).toHaveText('Exosome biogenesis, composition and EV classes');

    await page.keyboard.press('PageDown');
    await expect(page).toHaveURL(/[?&]step=1(&|$)/);
    await expect(caption(page).locator('h2')).toHaveText(label('biogenesis', steps[0]!.focus, 'en'));
    await expect(node(page, steps[0]!.focus)).toHaveClass(/selected/);
    // Nodes far from the step are dimmed, the focus is not.
    await expect(node(page, steps[0]!.focus)).not.toHaveClass(/dimmed/);
    expect(await page.locator('.node.dimmed').count()).toBeGreaterThan(5);

    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/[?&]step=2(&|$)/);
    await page.keyboard.press('PageUp');
    await expect(page).toHaveURL(/[?&]step=1(&|$)/);
    await page.keyboard.press('End');
    await expect(page).toHaveURL(new RegExp(`[?&]step=${steps.length}(&|$)`));
    await expect(caption(page).locator('h2')).toHaveText(label('biogenesis', steps.at(-1)!.focus, 'en'));
    // Past the last step: the next diagram's first slide.
    await page.keyboard.press('Space');
    await diagramReady(page, yamlDiagrams[1]!.id, 'en');
    await expect(page).toHaveURL(/[?&]step=0(&|$)/);
    await page.keyboard.press('Backspace');
    await diagramReady(page, 'biogenesis', 'en');
    await expect(page).toHaveURL(new RegExp(`[?&]step=${steps.length}(&|$)`));
    await page.keyboard.press('Home');
    await expect(page).toHaveURL(/[?&]step=0(&|$)/);
    await expect(page.locator('.node.dimmed')).toHaveCount(0);
  });

  test('a lecturer’s link opens that slide; the buttons step too; a bad step falls back', async ({ page }) => {
    await page.goto('./?mode=present&d=biogenesis&step=3');
    await diagramReady(page, 'biogenesis', 'fa');
    await expect(caption(page).locator('h2')).toHaveText(label('biogenesis', steps[2]!.focus, 'fa'));
    await expect(caption(page)).toContainText('۳');
    await page.getByRole('button', { name: 'گام بعدی' }).click();
    await expect(page).toHaveURL(/[?&]step=4(&|$)/);
    await page.goto('./?mode=present&d=biogenesis&step=999');
    await diagramReady(page, 'biogenesis', 'fa');
    await expect(page).toHaveURL(/[?&]step=0(&|$)/);
  });

  test('projection theme: high contrast, body type ≥ 28 px at 1080p; captions side by side', async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto('./?mode=present&d=biogenesis&lang=fa&both=1&step=2');
    await diagramReady(page, 'biogenesis', 'fa');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'projection');
    const texts = caption(page).locator('.tour-text');
    await expect(texts).toHaveCount(2);
    await expect(texts.nth(0)).toHaveAttribute('lang', 'fa');
    await expect(texts.nth(1)).toHaveAttribute('lang', 'en');
    await expect(texts.nth(1).locator('h2')).toHaveText(label('biogenesis', steps[1]!.focus, 'en'));
    await page.goto('./?mode=present&d=biogenesis&lang=fa&step=2');
    await diagramReady(page, 'biogenesis', 'fa');
    const size = await caption(page).locator('.tour-text p').evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
    expect(size).toBeGreaterThanOrEqual(28);
  });
});

test.describe('kiosk (?mode=kiosk)', () => {
  test('idle: the attract loop tours by itself; a touch stops it; "Still there?" then a reset', async ({ page }) => {
    // d3's animated pans keep scheduling zero-delay timers under a fake clock: reduced motion
    // (which the kiosk honours with instant moves) keeps the clock test deterministic.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    // Record fullscreen requests instead of entering headless fullscreen (which breaks hit-testing).
    await page.addInitScript(() => {
      Element.prototype.requestFullscreen = function () {
        (window as unknown as { __fullscreen: number }).__fullscreen = ((window as unknown as { __fullscreen?: number }).__fullscreen ?? 0) + 1;
        return Promise.resolve();
      };
    });
    await page.clock.install();
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto('./?mode=kiosk&idle=60&warn=25&dwell=8');
    await page.clock.runFor(2_000);
    await expect(page.locator('.overview')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fa');
    // The kiosk's idle watch runs once its code has arrived (real time, not the fake clock's).
    await expect(page.locator('html')).toHaveClass(/\bkiosk\b/);

    // 60 s untouched: the loop starts on the first diagram with a tour, then moves on every 8 s.
    await page.clock.runFor(60_000);
    await expect(caption(page)).toBeVisible();
    await expect(caption(page).locator('.tour-invite')).toBeVisible();
    await expect(page).toHaveURL(/[?&]d=biogenesis(&|$)/);
    await page.clock.runFor(8_000);
    await expect(page).toHaveURL(/[?&]step=1(&|$)/);
    await expect(node(page, steps[0]!.focus)).toHaveClass(/selected/);
    await page.clock.runFor(8_000);
    await expect(page).toHaveURL(/[?&]step=2(&|$)/);

    // A touch: the loop stops, the visitor stays on this diagram.
    await page.mouse.click(960, 600);
    await expect(caption(page)).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __fullscreen?: number }).__fullscreen)).toBe(1);
    await page.clock.runFor(20_000);
    await expect(page).toHaveURL(/[?&]d=biogenesis(&|$)/);

    // Walks away: after 60 s the notice, with 25 s to answer.
    await page.clock.runFor(41_000);
    const notice = page.getByRole('alertdialog', { name: 'هنوز اینجا هستید؟' });
    await expect(notice).toBeVisible();
    // Time also flows between steps of this test, so read the countdown rather than expect a number.
    const left = async () => Number((await notice.locator('p').textContent())!.replace(/[^۰-۹]/g, '').replace(/[۰-۹]/g, (d) => String('۰۱۲۳۴۵۶۷۸۹'.indexOf(d))));
    const first = await left();
    expect(first).toBeGreaterThanOrEqual(20);
    expect(first).toBeLessThanOrEqual(25);
    await page.clock.runFor(5_000);
    expect(await left()).toBeLessThanOrEqual(first - 5);
    // Any touch continues, the button included: the notice goes on pointerdown, before the click.
    const box = (await notice.getByRole('button').boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect(notice).toHaveCount(0);
    await expect(page).toHaveURL(/[?&]d=biogenesis(&|$)/);

    // Nobody answers this time: back to the title view, and then the loop.
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.clock.runFor(61_000);
    await expect(page.getByRole('alertdialog')).toBeVisible();
    await page.clock.runFor(25_000);
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fa');
    await expect(caption(page).locator('.tour-invite')).toBeVisible();
  });

  test('never leaves: references as QR codes, this view as a QR code, no context menu', async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto('./?mode=kiosk&d=biogenesis&lang=en&public=https://poster.example.org/exo/');
    await diagramReady(page, 'biogenesis', 'en');
    // No search field on a touchscreen; no external link anywhere.
    await expect(page.getByRole('searchbox')).toHaveCount(0);
    await page.getByRole('button', { name: 'References' }).click();
    const bib = page.locator('dialog.bibliography');
    await expect(bib.locator('.refs li')).toHaveCount(72);
    await expect(bib.locator('a[href^="http"]')).toHaveCount(0);
    await bib.locator('#ref-19').getByRole('button', { name: 'PubMed on your phone' }).click();
    await expect(bib.getByRole('img', { name: 'QR code: reference 19 on PubMed' })).toBeVisible();
    await page.keyboard.press('Escape');

    await node(page, 'mvb').click();
    await page.getByRole('button', { name: 'On your phone' }).click();
    const dlg = page.getByRole('dialog', { name: 'This view on your phone' });
    await expect(dlg.getByRole('img', { name: 'QR code: this view of the poster' })).toBeVisible();
    await expect(dlg.locator('.phone-url')).toHaveText('https://poster.example.org/exo/?d=biogenesis&n=mvb&lang=en');
    await page.keyboard.press('Escape');

    const prevented = await page.evaluate(() => {
      const e = new MouseEvent('contextmenu', { bubbles: true, cancelable: true });
      document.querySelector('svg.diagram')!.dispatchEvent(e);
      return e.defaultPrevented;
    });
    expect(prevented).toBe(true);
    await expect(page.locator('html')).toHaveClass(/kiosk/);
  });

  test('touch targets are at least 48 px at 1080p; one language when configured', async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto('./?mode=kiosk&d=biogenesis&langs=fa');
    await diagramReady(page, 'biogenesis', 'fa');
    await expect(page.locator('button.lang-switch')).toHaveCount(0);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.actions button, .zoom-controls button, .diagram-nav a')]
        .map((b) => b.getBoundingClientRect())
        .filter((r) => r.width > 0 && (r.height < 48 || r.width < 48)).length,
    );
    expect(small).toBe(0);
  });
});
