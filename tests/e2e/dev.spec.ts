import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

// The authoring loop: `npm run dev` reloads on a content change and shows a broken file's
// located error in Vite's overlay. Runs against a copy of diagrams/, never the real files.
// Beside the preview server's PORT, so checkouts running their tests side by side do not meet here.
const PORT = Number(process.env.PORT ?? 4173) + 1015;
const base = `http://127.0.0.1:${PORT}`;
let dir = '';
let server: ChildProcess | undefined;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'poster-dev-'));
  cpSync('diagrams', dir, { recursive: true });
  server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], {
    env: { ...process.env, POSTER_CONTENT_DIR: dir },
    stdio: 'ignore',
    detached: true,
  });
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(base)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('dev server did not start');
});

test.afterAll(() => {
  if (server?.pid) process.kill(-server.pid);
});

test('editing a content file reloads the poster with the change', async ({ page }) => {
  test.slow();
  await page.goto(`${base}/?d=biogenesis&lang=en`);
  // A cold dev server compiles every module on first request: slow while other tests load the CPU.
  await expect(page.locator('[data-node-id="mvb"]')).toBeVisible({ timeout: 30_000 });
  const file = join(dir, 'biogenesis.yaml');
  const yaml = readFileSync(file, 'utf8');
  const changed = yaml.replace(/label: \{ en: "?Multivesicular body \(MVB\)"?/, 'label: { en: "MVB, edited live"');
  expect(changed).not.toBe(yaml);
  writeFileSync(file, changed);
  await expect(page.getByRole('button', { name: 'MVB, edited live' })).toBeVisible({ timeout: 20_000 });
  writeFileSync(file, yaml);
});

test('a broken content file shows its located error in the overlay', async ({ page }) => {
  test.slow();
  await page.goto(`${base}/?d=biogenesis&lang=en`);
  // A cold dev server compiles every module on first request: slow while other tests load the CPU.
  await expect(page.locator('[data-node-id="mvb"]')).toBeVisible({ timeout: 30_000 });
  const file = join(dir, 'biogenesis.yaml');
  const yaml = readFileSync(file, 'utf8');
  writeFileSync(file, yaml.replace(/- from: ilv\n(\s+)to: mvb/, '- from: ilv\n$1to: mvb-typo'));
  const overlay = page.locator('vite-error-overlay');
  await expect(overlay).toBeAttached({ timeout: 20_000 });
  await expect(overlay.locator('.message-body')).toContainText('biogenesis.yaml › edge ilv>mvb-typo');
  await expect(overlay.locator('.message-body')).toContainText('dangling edge');
  writeFileSync(file, yaml);
});
