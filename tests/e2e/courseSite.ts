import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A course site on another origin, for the embed tests: a plain HTTP server on a free loopback
 * port (Chromium's local-network checks let a loopback page frame the poster on 127.0.0.1; a
 * page made up with page.route would count as public and be refused). No CSP, like most course
 * sites. `page(path, body)` serves `body` inside a minimal English page at `path`.
 */
export async function startCourseSite() {
  const pages = new Map<string, string>();
  const server: Server = createServer((req, res) => {
    const body = pages.get((req.url ?? '/').split('?')[0]!);
    res.writeHead(body === undefined ? 404 : 200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(body === undefined ? 'not found' : `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Week 6</title></head><body>${body}</body></html>`);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    /** The site's origin; `localhost` on the same port is another origin on the same server. */
    origin: `http://127.0.0.1:${port}`,
    other: `http://localhost:${port}`,
    page(path: string, body: string) {
      pages.set(path, body);
    },
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
