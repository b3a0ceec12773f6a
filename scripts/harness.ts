import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { waitFor } from './waitFor.ts';

// Shared by the measuring scripts (bench.ts, soak.ts): build, serve dist/ with `vite preview`,
// launch headless Chromium, and print tables.

/** Runs a command to the end, its output on ours; rejects on a non-zero exit. */
export function run(cmd: string, args: string[], env: Record<string, string> = {}) {
  return new Promise<void>((ok, fail) => {
    // The module runner that loads these scripts sets NODE_ENV=development; a build must not inherit it.
    const p = spawn(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, NODE_ENV: 'production', ...env } });
    p.on('error', fail);
    p.on('exit', (code) => (code === 0 ? ok() : fail(new Error(`${cmd} ${args.join(' ')} exited with ${code}`))));
  });
}

/** `npm run build`: vite build, then the prerendered default view. */
export async function build() {
  await run('npx', ['vite', 'build', '--logLevel', 'warn']);
  await run('node', ['scripts/prerender.mjs']);
}

/** True when dist/ is missing or older than any source, content or config file. */
export function buildIsStale(root = process.cwd()) {
  const built = join(root, 'dist', 'index.html');
  if (!existsSync(built)) return true;
  const since = statSync(built).mtimeMs;
  const newer = (p: string): boolean => {
    if (!existsSync(p)) return false;
    const s = statSync(p);
    if (s.isDirectory()) return readdirSync(p).some((f) => newer(join(p, f)));
    return s.mtimeMs > since;
  };
  return ['src', 'diagrams', 'static', 'index.html', 'vite.config.ts', 'package-lock.json'].some((p) => newer(join(root, p)));
}

export function freePort(preferred: number) {
  const tryPort = (port: number) =>
    new Promise<number>((ok, fail) => {
      const s = createServer();
      s.once('error', fail);
      s.listen(port, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => ok(p));
      });
    });
  return tryPort(preferred).catch(() => tryPort(0));
}

export interface Preview {
  base: string;
  stop: () => void;
}

/** Serves `outDir` (dist/ by default) with `vite preview` (and so the poster's CSP) on a free port. */
export async function preview(root: string, preferredPort: number, outDir?: string): Promise<Preview> {
  const port = await freePort(preferredPort);
  const base = `http://127.0.0.1:${port}`;
  const args = [join(root, 'node_modules/vite/bin/vite.js'), 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'];
  if (outDir) args.push('--outDir', outDir);
  const server = spawn(process.execPath, args, { stdio: 'ignore', detached: true });
  const stop = () => stopServer(server);
  process.once('SIGINT', () => {
    stop();
    process.exit(130);
  });
  try {
    await waitFor(`${base}/`);
  } catch (e) {
    stop();
    throw e;
  }
  return { base, stop };
}

export function stopServer(p: ChildProcess) {
  if (p.exitCode !== null || p.pid === undefined) return;
  try {
    process.kill(-p.pid, 'SIGTERM'); // its own process group (detached): the server and any child
  } catch {
    p.kill('SIGTERM');
  }
}

/** Debian's Chromium where installed (as playwright.config.ts), Playwright's own elsewhere. */
export function launch(): Promise<Browser> {
  return chromium.launch(
    existsSync('/usr/bin/chromium')
      ? { executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] }
      : {},
  );
}

export function median(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Nearest-rank percentile (p in 0–100). */
export function percentile(xs: number[], p: number) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

export function kb(bytes: number) {
  return Number.isFinite(bytes) ? `${(bytes / 1024).toFixed(1)} KiB` : '—';
}

/** Megabytes of 1,000,000 bytes (the stricter reading of "2 MB"). */
export function mb(bytes: number) {
  return `${(bytes / 1e6).toFixed(2)} MB`;
}

export function table(head: string[], rows: string[][]) {
  const all = [head, ...rows];
  const widths = head.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  console.log(line(head));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

/** The fuzz test's seedable PRNG: a soak run repeats with the same seed. */
export { mulberry32 } from '../tests/e2e/fuzzUrls.ts';
