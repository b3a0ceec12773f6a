import { test as base, expect, type Page } from '@playwright/test';

/**
 * A page that records console errors, page errors and failed requests; every test using it
 * fails if any happened. Diagram ids come from the tabs, so new diagrams are covered too.
 */
export const test = base.extend<{ page: Page }>({
  page: async ({ page }, use) => {
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    // The poster never calls alert/confirm/prompt: one would mean injected script ran.
    page.on('dialog', (d) => {
      problems.push(`JS ${d.type()} dialog: ${d.message()}`);
      void d.dismiss().catch(() => {});
    });
    // Content-Security-Policy violations (the preview server sends the poster's CSP).
    await page.exposeBinding('__cspViolation', (_src, v: string) => void problems.push(`CSP violation: ${v}`));
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { __cspViolation: (v: string) => void }).__cspViolation(`${e.violatedDirective} ${e.blockedURI}`),
      ),
    );
    // A request the test cut short by navigating away is aborted, not failed; anything else counts.
    page.on('requestfailed', (r) => {
      if (r.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`);
    });
    page.on('response', (r) => {
      if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
    });
    await use(page);
    expect(problems, 'console errors, page errors or failed requests').toEqual([]);
  },
});
export { expect };

/** Waits until the diagram for (id, lang) is drawn and the app is live (pan/zoom attached). */
export async function diagramReady(page: Page, id: string, lang: 'fa' | 'en') {
  const svg = page.locator(`svg.diagram[data-diagram="${id}"][data-lang="${lang}"]`);
  await expect(svg).toBeVisible();
  await page.waitForFunction(() => performance.getEntriesByName('poster:diagram-drawn').length > 0);
  return svg;
}

export const node = (page: Page, id: string) => page.locator(`[data-node-id="${id}"]`);
