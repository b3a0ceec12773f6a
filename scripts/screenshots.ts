import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { waitFor } from './waitFor.ts';

/**
 * Screenshots of every diagram in both languages at kiosk (1920×1080) and embed (800×600)
 * sizes, for a person to look at: `npm run build && npm run screenshots` → screenshots/.
 * Pass diagram ids to limit it: `npm run screenshots -- biogenesis`. `-- --embed` shows embed mode
 * (`?embed=1`, as on a course page before a click) at 480×360 and 800×600 instead; `--modes` adds
 * the classroom, kiosk and dark-theme views in both languages (screenshots/mode-*.png);
 * `--print` adds the A0 print view; `--themes` shoots every diagram in the dark and projection themes too.
 */
export async function main(args: string[]) {
  // PORT lets two checkouts take screenshots side by side (as in playwright.config.ts).
  const port = Number(process.env.PORT ?? 4179);
  const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], { stdio: 'ignore', detached: true });
  try {
    await waitFor(`http://127.0.0.1:${port}/`);
    const browser = await chromium.launch(
      existsSync('/usr/bin/chromium') ? { executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking'] } : {},
    );
    mkdirSync('screenshots', { recursive: true });
    const page0 = await browser.newPage();
    await page0.goto(`http://127.0.0.1:${port}/`);
    const all = (await page0.locator('.diagram-nav a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).searchParams.get('d')!))).filter(
      (d) => d !== 'overview',
    );
    await page0.close();
    const named = args.filter((a) => !a.startsWith('-'));
    const ids = named.length ? named : all;
    const node = args.find((a) => a.startsWith('--node='))?.slice(7);
    const embed = args.includes('--embed');
    const sizes = embed ? ([[480, 360], [800, 600]] as const) : ([[1920, 1080], [800, 600]] as const);
    // `--themes`: every diagram also in the dark theme and in the projection theme (classroom mode).
    const themes = args.includes('--themes') && !embed ? (['light', 'dark', 'projection'] as const) : (['light'] as const);
    for (const d of ids)
      for (const lang of ['fa', 'en'])
        for (const [w, h] of sizes)
          for (const theme of themes) {
            const page = await browser.newPage({ viewport: { width: w, height: h }, colorScheme: theme === 'dark' ? 'dark' : 'light' });
            const mode = theme === 'projection' ? 'mode=present&' : '';
            await page.goto(`http://127.0.0.1:${port}/?${embed ? 'embed=1&' : ''}${mode}d=${d}&lang=${lang}${node ? `&n=${node}` : ''}`);
            await page.locator(`svg.diagram[data-diagram="${d}"][data-lang="${lang}"]`).waitFor();
            await page.evaluate(() => document.fonts.ready);
            await page.waitForTimeout(700);
            // A top-level page has focus, so an embed starts active; on a course page it would not be.
            if (embed && !node) await page.evaluate(() => window.dispatchEvent(new Event('blur')));
            const file = `screenshots/${d}-${lang}-${w}x${h}${embed ? '-embed' : ''}${theme === 'light' ? '' : `-${theme}`}.png`;
            await page.screenshot({ path: file });
            console.log(file);
            await page.close();
          }
    if (args.includes('--modes'))
      for (const lang of ['fa', 'en'])
        for (const [name, query, w, h, scheme] of [
          ['present', `?mode=present&d=${ids[0]}&step=2`, 1920, 1080, 'light'],
          ['present-both', `?mode=present&d=${ids[0]}&step=3&both=1`, 1280, 720, 'light'],
          ['kiosk', `?mode=kiosk&d=overview`, 1920, 1080, 'light'],
          ['dark', `?d=${ids[0]}`, 1280, 800, 'dark'],
          // The small-screen overview (a large map, folded) in the dark theme.
          ['dark-overview', `?d=${all.includes('cargo') ? 'cargo' : ids[0]}`, 800, 600, 'dark'],
        ] as const) {
          const page = await browser.newPage({ viewport: { width: w, height: h }, colorScheme: scheme });
          await page.goto(`http://127.0.0.1:${port}/${query}&lang=${lang}`);
          await page.locator('svg.diagram, .overview').first().waitFor();
          await page.evaluate(() => document.fonts.ready);
          await page.waitForTimeout(1200);
          const file = `screenshots/mode-${name}-${lang}-${w}x${h}.png`;
          await page.screenshot({ path: file });
          console.log(file);
          await page.close();
        }
    // `--print`: the print view (Print poster, A0 portrait) in both languages, as the printer gets it.
    if (args.includes('--print'))
      for (const lang of ['fa', 'en']) {
        const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
        await page.addInitScript(() => (window.print = () => document.documentElement.setAttribute('data-printed', '')));
        await page.goto(`http://127.0.0.1:${port}/?d=${all[0]}&lang=${lang}`);
        await page.waitForFunction(() => performance.getEntriesByName('poster:diagram-drawn').length > 0);
        await page.locator('.export-toggle').click();
        await page.locator('.export-menu .print-button').click();
        await page.locator('html[data-printed]').waitFor({ state: 'attached' });
        await page.emulateMedia({ media: 'print' });
        // A0 at 96 px per inch: the page box the browser lays the sheet out in.
        await page.setViewportSize({ width: Math.round((841 * 96) / 25.4), height: Math.round((1189 * 96) / 25.4) });
        const file = `screenshots/print-a0-${lang}.png`;
        await page.screenshot({ path: file });
        console.log(file);
        await page.close();
      }
    await browser.close();
  } finally {
    // npx starts vite as a child: end the whole process group.
    if (server.pid) process.kill(-server.pid);
  }
}
