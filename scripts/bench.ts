import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';
import { layoutDiagram } from '../src/lib/layout/layoutDiagram.ts';
import { createMeasure } from '../src/lib/layout/measureText.ts';
import { loadContent, SPECIAL_FILES } from '../src/lib/model/loadContent.ts';
import { LANGS, type RichText } from '../src/lib/model/types.ts';
import { prepareIndex, search, type SearchDoc } from '../src/lib/search/search.ts';
import { frameTimes, tapLatency, type Tap } from './benchInteraction.ts';
import { build, kb, launch, median, preview, run, table, type Preview } from './harness.ts';
import { stressDiagram } from './stressDiagram.ts';

/**
 * Prints the poster's performance figures (never asserts): first-load bytes, font bytes,
 * build-time layout time, time to first diagram drawn in throttled headless Chromium against a
 * static page holding the very same SVG, search timings, the time from a tap on a node to its
 * annotation painted, frame times while panning and zooming the largest diagram and a
 * generated stress diagram (built from a temporary copy of diagrams/ with POSTER_CONTENT_DIR),
 * and the re-layout after collapsing a group (in the Web Worker) on the largest diagram.
 *
 *   npm run bench                       # builds first, then measures
 *   npm run bench -- --no-build         # measure the dist/ that is there (the stress copy is still built)
 *   npm run bench -- --loads=7 --layout-runs=5 --cpu=4 --url='/?d=biogenesis&lang=fa'
 *   npm run bench -- --taps=40 --stress=300 --frame-cpu=1,4   # --stress=0: no stress diagram
 */
export async function main(args: string[]) {
  const opt = (name: string, dflt: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? dflt;
  const loads = Number(opt('loads', '7'));
  const layoutRuns = Number(opt('layout-runs', '5'));
  const relayoutRuns = Number(opt('relayout-runs', '3'));
  const cpu = Number(opt('cpu', '4'));
  const path = opt('url', '/?d=biogenesis&lang=fa');
  const taps = Number(opt('taps', '40'));
  const stressNodes = Number(opt('stress', '300'));
  const frameCpus = opt('frame-cpu', '1,4').split(',').map(Number);
  const root = process.cwd();
  const dist = join(root, 'dist');
  const t0 = performance.now();

  if (!args.includes('--no-build')) {
    process.stdout.write('Building (npm run build: vite build + prerender)… ');
    const s = performance.now();
    await build();
    console.log(`${((performance.now() - s) / 1000).toFixed(1)} s`);
  }

  const content = loadContent(join(root, 'diagrams'), root);
  const first = content.diagrams[0]!;

  // ── 1. First-load JS and CSS ──────────────────────────────────────────────────────────
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const attrs = (tag: string) => Object.fromEntries([...tag.matchAll(/([\w-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)].slice(1).map((m) => [m[1]!.toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '']));
  const tags = (name: string) => [...html.matchAll(new RegExp(`<${name}\\b[^>]*>`, 'gi'))].map((m) => attrs(m[0]));
  const toFile = (href: string, from = '') => posix.normalize(posix.join(posix.dirname(from), href.replace(/^\//, '')));
  const entries = tags('script').filter((a) => a.type === 'module' && a.src).map((a) => toFile(a.src!));
  const preloads = tags('link').filter((a) => a.rel === 'modulepreload' && a.href).map((a) => toFile(a.href!));
  const styles = tags('link').filter((a) => a.rel === 'stylesheet' && a.href).map((a) => toFile(a.href!));

  // Static graph: `import … from"./x.js"`, `import"./x.js"`, `export … from"./x.js"` (never `import(`).
  const js = new Set<string>();
  const visit = (file: string) => {
    if (js.has(file)) return;
    js.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    const re = /(?:^|[;\s})])(?:import|export)\s*(?:[\w$*{][^;'"`()]*?\s*from\s*)?(["'`])(\.{1,2}\/[^"'`]+?\.js)\1/g;
    for (const m of code.matchAll(re)) visit(toFile(m[2]!, file));
  };
  for (const f of [...entries, ...preloads]) visit(f);
  const firstLoad = [...js, ...styles];

  const size = (file: string) => {
    const buf = readFileSync(join(dist, file));
    return { raw: buf.length, gz: gzipSync(buf).length };
  };
  const rows: string[][] = [];
  const sum = (files: string[]) => files.map(size).reduce((a, b) => ({ raw: a.raw + b.raw, gz: a.gz + b.gz }), { raw: 0, gz: 0 });
  for (const f of firstLoad) {
    const s = size(f);
    rows.push([f, kb(s.raw), kb(s.gz)]);
  }
  const jsTotal = sum([...js]);
  const cssTotal = sum(styles);
  rows.push(['JS total (first load)', kb(jsTotal.raw), kb(jsTotal.gz)]);
  rows.push(['CSS total (first load)', kb(cssTotal.raw), kb(cssTotal.gz)]);
  rows.push(['JS + CSS total', kb(jsTotal.raw + cssTotal.raw), kb(jsTotal.gz + cssTotal.gz)]);
  const assets = readdirSync(join(dist, 'assets'));
  // The scene is a JSON data file in the browser build (vite-plugin.ts), fetched with the view.
  const sceneFile = assets
    .filter((f) => f.startsWith(`scene-${first.id}-`) && f.endsWith('.json'))
    .map((f) => `assets/${f}`)
    .find((f) => readFileSync(join(dist, f), 'utf8').startsWith(`{"diagram":"${first.id}","lang":"${LANGS[0]}"`));
  if (sceneFile) {
    const s = size(sceneFile);
    rows.push([`Scene data ${first.id}/${LANGS[0]} (JSON, fetched by the view): ${sceneFile}`, kb(s.raw), kb(s.gz)]);
  } else rows.push([`Scene data ${first.id}/${LANGS[0]}`, 'not found', '']);
  const elk = firstLoad.some((f) => /org\.eclipse\.elk|elkjs/.test(readFileSync(join(dist, f), 'latin1')));

  console.log('\n1. First load (from dist/index.html + static imports)');
  table(['file', 'raw', 'gzip'], rows);
  console.log(`ELK in first load: ${elk ? 'yes' : 'no'}`);

  // ── 3. Build-time layout (Node), measured before the browser so nothing competes ─────
  const measure = createMeasure();
  const layoutRows: string[][] = [];
  let layoutTotal = 0;
  for (const d of content.diagrams)
    for (const lang of LANGS) {
      let s = performance.now();
      await layoutDiagram(d, lang, measure); // warm-up (cold text-measure cache)
      const cold = performance.now() - s;
      const times: number[] = [];
      for (let i = 0; i < layoutRuns; i++) {
        s = performance.now();
        await layoutDiagram(d, lang, measure);
        times.push(performance.now() - s);
      }
      layoutTotal += median(times);
      layoutRows.push([d.id, lang, String(d.nodes.length), cold.toFixed(1), median(times).toFixed(1), Math.min(...times).toFixed(1), Math.max(...times).toFixed(1)]);
    }
  layoutRows.push(['all', '', '', '', layoutTotal.toFixed(1), '', '']);

  // ── 5. Search over all content (Node; the same code the search box runs) ──
  const plain = (r: RichText) => r.map((seg) => (seg.t === 'text' ? seg.s : '')).join('');
  const docs: SearchDoc[] = content.diagrams.flatMap((d) =>
    d.nodes.map((n) => ({ d: d.id, n: n.id, diagram: d.short, label: n.label, text: { fa: plain(n.text.fa), en: plain(n.text.en) } })),
  );
  let t = performance.now();
  const searchIndex = prepareIndex(docs);
  const indexMs = performance.now() - t;
  const queries: [string, 'fa' | 'en'][] = [['mir126', 'en'], ['RANKL', 'en'], ['osteo', 'en'], ['exosome', 'en'], ['اگزوزوم ها', 'fa'], ['استئوکلاست', 'fa'], ['رگ‌زایی', 'fa'], ['ب', 'fa']];
  const searchRows = queries.map(([q, l]) => {
    const times: number[] = [];
    let hits = 0;
    for (let i = 0; i < 50; i++) {
      t = performance.now();
      hits = search(searchIndex, q, l).length;
      times.push(performance.now() - t);
    }
    return [q, l, String(hits), median(times).toFixed(3), Math.max(...times).toFixed(3)];
  });

  // ── 7a. The stress diagram: a copy of diagrams/ with a generated diagram, built apart ──
  const largest = [...content.diagrams].sort((a, b) => b.nodes.length - a.nodes.length || b.edges.length - a.edges.length)[0]!;
  const stress = stressNodes > 0 ? await buildStress(root, content.diagrams.length, stressNodes, layoutRuns) : undefined;

  // ── Browser figures ───────────────────────────────────────────────────────────────────
  const server = await preview(root, 4181);
  const base = server.base;
  let stressServer: Preview | undefined;
  let browser: Browser | undefined;
  try {
    browser = await launch();

    // ── 2. Fonts fetched by the first paint of the default (Persian) view ──
    const ctx = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await ctx.newPage();
    const intercepted = new Map<string, number>();
    const pending: Promise<void>[] = [];
    page.on('response', (r) => {
      if (/\.woff2?(\?|$)/.test(r.url()))
        pending.push(r.body().then((b) => void intercepted.set(r.url(), b.length), () => void intercepted.set(r.url(), NaN)));
    });
    await page.goto(base + path, { waitUntil: 'commit' });
    await waitDrawn(page);
    const perfFonts: { name: string; encoded: number; transfer: number }[] = await page.evaluate(() =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((e) => /\.woff2?(\?|$)/.test(e.name))
        .map((e) => ({ name: e.name, encoded: e.encodedBodySize, transfer: e.transferSize })),
    );
    const atDrawn = new Set(intercepted.keys());
    // Every script the page had fetched by the time the diagram was drawn: the static graph
    // plus the chunks the entry imports at once (app, runtime, svelte-i18n). This is the first
    // load; the view's data (scene, first-paint strings) are JSON files, listed apart.
    // Scripts started before the poster's own 'poster:diagram-drawn' mark (set one frame after
    // the first diagram is on screen); later ones (pan/zoom, annotations) are deferred on purpose.
    await page.waitForFunction(() => performance.getEntriesByName('poster:diagram-drawn').length > 0);
    // Scripts and data files by when they were asked for: before the mark, or after it.
    const scriptsAndData = () =>
      page.evaluate(() => {
        const drawn = performance.getEntriesByName('poster:diagram-drawn')[0]!.startTime;
        return (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
          .filter((e) => /\.(js|json)(\?|$)/.test(e.name))
          .map((e) => ({ file: new URL(e.name).pathname.replace(/^\//, ''), before: e.startTime < drawn }));
      });
    const beforeLive = (await scriptsAndData()).filter((f) => f.before).map((f) => f.file);
    const drawnFiles = beforeLive.filter((f) => f.endsWith('.js'));
    // The view's data (scene, first-paint strings): JSON files, fetched beside the scripts.
    const dataFiles = beforeLive.filter((f) => f.endsWith('.json'));
    // Grab the drawn SVG for the static page, with the chain of elements that hold it.
    const snap = await page.evaluate(() => {
      const svg = document.querySelector('svg.diagram')!;
      const open = (el: Element) => `<${el.localName}${[...el.attributes].map((a) => ` ${a.name}="${a.value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`).join('')}>`;
      const chain: Element[] = [];
      for (let el = svg.parentElement; el && el !== document.documentElement; el = el.parentElement) chain.unshift(el);
      const box = svg.getBoundingClientRect();
      return {
        html: open(document.documentElement),
        // The glyph drawings the diagram's <use> elements draw (glyphSprite.ts).
        sprite: document.querySelector('svg.glyph-sprite')?.outerHTML ?? '',
        chain: chain.map((el) => ({ open: open(el), name: el.localName })),
        svg: svg.outerHTML,
        w: box.width,
        h: box.height,
      };
    });
    // What follows on its own once the poster is live (no input): pan/zoom, the dialogs' code,
    // the annotations, the rest of the strings, the offline worker's registration.
    await page.waitForTimeout(3000);
    const laterFiles = (await scriptsAndData()).filter((f) => !f.before).map((f) => f.file);
    await Promise.all(pending);
    const late = [...intercepted.keys()].filter((u) => !atDrawn.has(u));
    await ctx.close();

    const drawnRows: string[][] = [];
    for (const f of drawnFiles) {
      const sz = size(f);
      drawnRows.push([f, kb(sz.raw), kb(sz.gz)]);
    }
    const drawnTotal = sum(drawnFiles);
    drawnRows.push([`first-load JS (budget 40 kB = ${kb(40000)} gzip)`, kb(drawnTotal.raw), kb(drawnTotal.gz)]);
    for (const f of dataFiles) {
      const sz = size(f);
      drawnRows.push([`${f} (data)`, kb(sz.raw), kb(sz.gz)]);
    }
    const dataTotal = sum(dataFiles);
    drawnRows.push(['first-load data (JSON: scene, first-paint strings)', kb(dataTotal.raw), kb(dataTotal.gz)]);
    drawnRows.push(['first-load JS + data', kb(drawnTotal.raw + dataTotal.raw), kb(drawnTotal.gz + dataTotal.gz)]);
    const drawnElk = drawnFiles.some((f) => /org\.eclipse\.elk|elkjs/.test(readFileSync(join(dist, f), 'latin1')));
    console.log(`\n1b. First load: every script and data file fetched before the poster is live on ${path} (the default view itself is prerendered HTML)`);
    table(['file', 'raw', 'gzip'], drawnRows);
    console.log(`ELK fetched before the first diagram: ${drawnElk ? 'yes' : 'no'}`);
    const later = sum(laterFiles);
    console.log(
      `Fetched after it is live, with no input, within 3 s (${laterFiles.length} files: ${laterFiles.map((f) => f.replace(/^assets\//, '').replace(/-[\w-]{8,10}\.(js|json)$/, '.$1')).join(', ')}): ${kb(later.raw)} raw, ${kb(later.gz)} gzip`,
    );

    const fontRows = perfFonts.map((f) => [
      f.name.replace(/^.*\//, ''),
      kb(f.encoded),
      kb(intercepted.get(f.name) ?? NaN),
    ]);
    const fetched = perfFonts.reduce((a, f) => a + f.encoded, 0);
    const fetchedIntercepted = perfFonts.reduce((a, f) => a + (intercepted.get(f.name) ?? 0), 0);
    fontRows.push(['fetched by first paint', kb(fetched), kb(fetchedIntercepted)]);
    const fontFiles = assets.filter((f) => /\.(woff2?|ttf|otf)$/.test(f));
    const bytesOf = (re: RegExp) => fontFiles.filter((f) => re.test(f)).reduce((a, f) => a + statSync(join(dist, 'assets', f)).size, 0);
    const woff2All = bytesOf(/\.woff2$/);
    const woffAll = bytesOf(/\.woff$/);
    fontRows.push([`all .woff2 in dist/assets (${fontFiles.filter((f) => f.endsWith('.woff2')).length} files)`, kb(woff2All), '']);
    fontRows.push([`all .woff in dist/assets (${fontFiles.filter((f) => f.endsWith('.woff')).length} files)`, kb(woffAll), '']);
    fontRows.push(['all font files in dist/assets', kb(woff2All + woffAll + bytesOf(/\.(ttf|otf)$/)), '']);

    // Static page: the very SVG the poster drew, with the built CSS (and so its @font-face).
    const staticHtml = [
      '<!doctype html>',
      snap.html,
      '<head><meta charset="utf-8" /><title>bench: static diagram</title><link rel="icon" href="data:," />',
      // The same font preloads as the poster's index.html, so both pages fetch fonts as early.
      ...tags('link')
        .filter((a) => a.rel === 'preload' && a.as === 'font' && a.href)
        .map((a) => `<link rel="preload" as="font" type="font/woff2" crossorigin href="./${toFile(a.href!)}">`),
      ...styles.map((f) => `<link rel="stylesheet" crossorigin href="./${f}">`),
      '</head>',
      // The glyph sprite first in <body>, as in the poster's page.
      ...snap.chain.flatMap((c, i) => [i === snap.chain.length - 1 ? c.open.replace(/>$/, ` style="width:${snap.w}px;height:${snap.h}px">`) : c.open, ...(i === 0 ? [snap.sprite] : [])]),
      snap.svg,
      ...snap.chain.map((c) => `</${c.name}>`).reverse(),
      '</html>',
      '',
    ].join('\n');
    writeFileSync(join(dist, 'bench-static.html'), staticHtml);

    // ── 4. Time to first diagram drawn, poster and static page alternating ──
    const poster: number[] = [];
    const still: number[] = [];
    for (let i = 0; i < loads; i++) {
      poster.push(await timeLoad(browser, base + path, cpu));
      still.push(await timeLoad(browser, `${base}/bench-static.html`, cpu));
    }

    console.log(`\n2. Fonts (first paint of ${path}, 1920×1080)`);
    table(['font', 'Performance API', 'intercepted'], fontRows);
    if (late.length) console.log(`fetched later (within 1 s after drawn): ${late.map((u) => u.replace(/^.*\//, '')).join(', ')}`);

    console.log(`\n3. Build-time layout (Node, ELK + HarfBuzz), ms; median of ${layoutRuns} after a warm-up run`);
    table(['diagram', 'lang', 'nodes', 'first run', 'median', 'min', 'max'], layoutRows);

    console.log(`\n4. Time to first diagram drawn (headless Chromium, ${cpu}× CPU throttling, 1920×1080, fresh context, ${loads} loads each, alternating)`);
    const mp = median(poster);
    const ms = median(still);
    table(
      ['page', 'median ms', 'min', 'max', 'all loads'],
      [
        [`poster ${path}`, mp.toFixed(0), Math.min(...poster).toFixed(0), Math.max(...poster).toFixed(0), poster.map((t) => t.toFixed(0)).join(' ')],
        ['static SVG dist/bench-static.html', ms.toFixed(0), Math.min(...still).toFixed(0), Math.max(...still).toFixed(0), still.map((t) => t.toFixed(0)).join(' ')],
      ],
    );
    console.log(`ratio poster/static: ${(mp / ms).toFixed(2)}`);

    console.log(`\n5. Search over all content: ${docs.length} nodes, both languages; index prepared in ${indexMs.toFixed(1)} ms (Node, median of 50 per query)`);
    table(['query', 'lang', 'hits', 'median ms', 'max ms'], searchRows);

    // ── 6. Tap on a node → its annotation painted ──
    const leaves = first.nodes.filter((n) => !first.nodes.some((c) => c.parent === n.id));
    const targets: Tap[] = leaves.map((n) => ({ node: n.id, label: n.label.en.replace(/\s+/g, ' ').trim() }));
    const tap = await tapLatency(browser, `${base}/?d=${first.id}&lang=en`, targets, taps, cpu);
    console.log(`\n6. Tap on a node → its annotation painted (${first.id}, English, ${cpu}× CPU throttling, 1920×1080; pointerdown to the frame after the title shows)`);
    table(
      ['taps', 'first (cold: loads the panel)', 'p50 ms', 'p95 ms', 'max ms'],
      [[String(tap.taps), tap.cold.toFixed(0), tap.p50.toFixed(0), tap.p95.toFixed(0), tap.max.toFixed(0)]],
    );

    // ── 7. Frame times while panning and zooming ──
    if (stress) stressServer = await preview(root, 4182, stress.dist);
    const frameRows: string[][] = [];
    for (const rate of frameCpus) {
      // `c=-`: the whole diagram, even where this screen would open its overview (a 300-node one does at 1080p).
      const targets: [string, string][] = [[`${largest.id} (largest)`, `${base}/?d=${largest.id}&lang=en&c=-`]];
      if (stress && stressServer) targets.push([`${stress.id} (generated)`, `${stressServer.base}/?d=${stress.id}&lang=en&c=-`]);
      for (const [name, url] of targets) {
        const f = await frameTimes(browser, url, rate);
        for (const [gesture, x] of [['pan', f.pan], ['zoom', f.zoom]] as const)
          frameRows.push([name, String(f.nodes), `${rate}×`, gesture, String(x.frames), x.p50.toFixed(1), x.p95.toFixed(1), x.max.toFixed(1)]);
      }
    }
    console.log('\n7. Frame times during a scripted pan (drag, 240 moves) and zoom (120 wheel steps), ms between animation frames, 1920×1080, English');
    if (stress) console.log(`   ${stress.id}: ${stress.nodes} nodes, ${stress.edges} edges; build-time layout (Node) median ${stress.layout.en.toFixed(0)} ms en, ${stress.layout.fa.toFixed(0)} ms fa`);
    table(['diagram', 'nodes', 'CPU', 'gesture', 'frames', 'p50', 'p95', 'max'], frameRows);

    // ── 8. Re-layout after a collapse, in the worker, on the largest diagram ──
    const inside = (id: string): number => largest.nodes.filter((n) => n.parent === id).reduce((k, n) => k + 1 + inside(n.id), 0);
    const groups = [...new Set(largest.nodes.flatMap((n) => (n.parent ? [n.parent] : [])))].sort((a, b) => inside(b) - inside(a));
    const relayoutRows: string[][] = [];
    for (const lang of LANGS) {
      const runs: Relayout[] = [];
      for (let i = 0; i < relayoutRuns; i++) runs.push(await timeRelayout(browser, `${base}/?d=${largest.id}&lang=${lang}`, groups[0]!, groups[1]));
      const col = (f: (r: Relayout) => number | undefined) => {
        const xs = runs.map(f).filter((x): x is number => x !== undefined);
        return xs.length ? `${median(xs).toFixed(0)} (${xs.map((x) => x.toFixed(0)).join(' ')})` : '—';
      };
      relayoutRows.push([lang, 'first collapse (fetch worker + ELK)', col((r) => r.cold), col((r) => r.coldWorker), col((r) => r.coldShown), col((r) => r.longest)]);
      relayoutRows.push([lang, 'next collapse (worker warm)', col((r) => r.warm), col((r) => r.warmWorker), col((r) => r.warmShown), '']);
    }

    console.log(
      `\n8. Re-layout after collapsing a group, largest diagram ${largest.id} (${largest.nodes.length} nodes): collapse ${groups[0]} (${inside(groups[0]!)} inside), then ${groups[1]} (${inside(groups[1]!)}); headless Chromium, no throttling, 1920×1080, median (all) of ${relayoutRuns} fresh loads, ms`,
    );
    table(['lang', 'what', 'request → scene', 'in the worker', 'click → glide done', 'longest main-thread task'], relayoutRows);
  } finally {
    await browser?.close().catch(() => {});
    server.stop();
    stressServer?.stop();
    if (stress) rmSync(stress.dir, { recursive: true, force: true });
  }
  console.log(`\nbench took ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

/**
 * Waits until `svg.diagram` with nodes is in the DOM and its fonts are loaded; returns
 * performance.now() (ms since navigation start) of the first animation frame where both hold.
 */
async function waitDrawn(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    () => {
      const w = window as unknown as { __bench?: { fonts: boolean; t?: number } };
      if (w.__bench?.t !== undefined) return w.__bench.t;
      const svg = document.querySelector('svg.diagram');
      if (!svg || !svg.querySelector('g[data-node-id]')) return false;
      if (!w.__bench) {
        // Force layout so the text is shaped and its fonts are requested before asking `ready`.
        svg.getBoundingClientRect();
        const b: { fonts: boolean; t?: number } = (w.__bench = { fonts: false });
        void document.fonts.ready.then(() => (b.fonts = true));
        return false;
      }
      if (!w.__bench.fonts) return false;
      w.__bench.t = performance.now();
      performance.mark('bench:diagram-drawn');
      return w.__bench.t;
    },
    undefined,
    { polling: 'raf', timeout: 60_000 },
  );
  return (await handle.jsonValue()) as number;
}

async function timeLoad(browser: Browser, url: string, cpu: number): Promise<number> {
  const ctx = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  try {
    const page = await ctx.newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    await page.goto(url, { waitUntil: 'commit' });
    return await waitDrawn(page);
  } finally {
    await ctx.close();
  }
}

interface Relayout {
  cold: number;
  coldWorker: number;
  coldShown: number;
  longest: number;
  warm?: number;
  warmWorker?: number;
  warmShown?: number;
}

/**
 * Collapses `group` on a fresh load (the worker and ELK load then), expands it again (no worker:
 * the precomputed scene), then collapses `next` (worker warm). Reads the page's own marks:
 * 'poster:relayout' measures (request → scene, detail.workerMs inside the worker) and
 * 'poster:arranged' marks (the new scene fully on screen, glide included), plus long tasks.
 */
async function timeRelayout(browser: Browser, url: string, group: string, next?: string): Promise<Relayout> {
  const ctx = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  try {
    const page = await ctx.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __longest: number };
      w.__longest = 0;
      new PerformanceObserver((l) => l.getEntries().forEach((e) => (w.__longest = Math.max(w.__longest, e.duration)))).observe({ type: 'longtask' });
    });
    await page.goto(url);
    await waitDrawn(page);
    const collapse = async (id: string, n: number) => {
      const toggle = page.locator(`[data-group-toggle="${id}"]`);
      await toggle.waitFor();
      const t0 = await page.evaluate(() => {
        (window as unknown as { __longest: number }).__longest = 0;
        return performance.now();
      });
      await toggle.click();
      await page.waitForFunction((n) => performance.getEntriesByName('poster:arranged').length >= n, n, { timeout: 60_000 });
      return page.evaluate(
        ({ t0, n }) => {
          const m = performance.getEntriesByName('poster:relayout').at(-1) as PerformanceMeasure;
          return {
            relayout: m.duration,
            worker: (m.detail as { workerMs: number }).workerMs,
            shown: performance.getEntriesByName('poster:arranged')[n - 1]!.startTime - t0,
            longest: (window as unknown as { __longest: number }).__longest,
          };
        },
        { t0, n },
      );
    };
    const cold = await collapse(group, 1);
    const out: Relayout = { cold: cold.relayout, coldWorker: cold.worker, coldShown: cold.shown, longest: cold.longest };
    if (next) {
      await page.locator(`[data-group-toggle="${group}"]`).click(); // expand: the precomputed scene again
      await page.waitForFunction(() => performance.getEntriesByName('poster:arranged').length >= 2);
      const warm = await collapse(next, 3);
      Object.assign(out, { warm: warm.relayout, warmWorker: warm.worker, warmShown: warm.shown });
    }
    return out;
  } finally {
    await ctx.close();
  }
}

/**
 * Writes a generated diagram of `nodes` nodes into a temporary copy of diagrams/, builds the
 * poster from it (POSTER_CONTENT_DIR) into that folder, and times its layout in Node.
 */
async function buildStress(root: string, count: number, nodes: number, runs: number) {
  const dir = mkdtempSync(join(tmpdir(), 'poster-stress-'));
  const content = join(dir, 'diagrams');
  cpSync(join(root, 'diagrams'), content, { recursive: true });
  const id = `stress-${nodes}`;
  const orders = readdirSync(content)
    .filter((f) => f.endsWith('.yaml') && !SPECIAL_FILES.includes(f))
    .map((f) => Number(/^order:\s*(\d+)/m.exec(readFileSync(join(content, f), 'utf8'))?.[1] ?? 0));
  writeFileSync(join(content, `${id}.yaml`), stressDiagram(id, Math.max(count, ...orders) + 1, nodes));
  const d = loadContent(content, dir).diagrams.find((x) => x.id === id)!;
  const measure = createMeasure();
  const layout = { fa: 0, en: 0 };
  for (const lang of LANGS) {
    await layoutDiagram(d, lang, measure); // warm-up
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const s = performance.now();
      await layoutDiagram(d, lang, measure);
      times.push(performance.now() - s);
    }
    layout[lang] = median(times);
  }
  process.stdout.write(`Building the poster with ${id} (POSTER_CONTENT_DIR=${content})… `);
  const s = performance.now();
  await run('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', join(dir, 'dist')], { POSTER_CONTENT_DIR: content });
  console.log(`${((performance.now() - s) / 1000).toFixed(1)} s`);
  return { dir, dist: join(dir, 'dist'), id, nodes: d.nodes.length, edges: d.edges.length, layout };
}
