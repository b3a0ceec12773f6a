import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { splitStrings } from '../i18n/firstPaint.ts';
import type { Plugin, ViteDevServer } from 'vite';
import { citationIndex } from '../model/citationIndex.ts';
import { loadContent } from '../model/loadContent.ts';
import { LANGS, type Bilingual, type Content, type Lang, type RichText } from '../model/types.ts';
import { layoutDiagram } from './layoutDiagram.ts';
import { createMeasure, type Measure } from './measureText.ts';
import type { Scene } from './scene.ts';
import { groupLabelWidths } from './toElkGraph.ts';
import { compactScenes } from './compactScene.ts';
import { glyphSprite } from '../components/glyphSprite.ts';
import ELK from 'elkjs/lib/elk.bundled.js';

const PREFIX = 'virtual:poster/';
const RESOLVED = '\0' + PREFIX;

/** Ships data as `JSON.parse('…')`: parsed faster than an object literal of the same size. */
/** What the first paint shows of the article; the rest (abstract, affiliations) loads on demand. */
const titleBlock = ({ article: a }: Content) => ({
  title: a.title,
  authors: a.authors,
  journal: a.journal,
  volume: a.volume,
  issue: a.issue,
  year: a.year,
  pages: a.pages,
});

/** Glossary term → every place it appears, for the panel's links to other diagrams. */
function termIndex(c: Content) {
  const index: Record<string, { d: string; n: string; label: Bilingual; title: Bilingual }[]> = {};
  for (const d of c.diagrams)
    for (const n of d.nodes) if (n.term) (index[n.term] ??= []).push({ d: d.id, n: n.id, label: n.label, title: d.short });
  return index;
}

/** Every node as plain text in both languages, for the search box (loaded on first use). */
function searchDocs(c: Content) {
  const plain = (r: RichText) => r.map((seg) => (seg.t === 'text' ? seg.s : '')).join('').replace(/\s+/g, ' ').trim();
  return c.diagrams.flatMap((d) =>
    d.nodes.map((n) => ({ d: d.id, n: n.id, diagram: d.short, label: n.label, text: { fa: plain(n.text.fa), en: plain(n.text.en) } })),
  );
}

const jsonModule = (data: unknown) => `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`;

/**
 * The browser build's loader for data files: one fetch per file however often it is asked for
 * (the preload and the app ask for the same scene), as a module-like `{ default }`; a failed
 * fetch (offline, not precached) is forgotten so the next ask tries again.
 */
const JSON_LOADER = `const cache = new Map();
const json = (file) => {
  let p = cache.get(file);
  if (!p) {
    p = fetch(new URL(file, document.baseURI)).then((r) => {
      if (!r.ok) throw new Error(\`\${file}: HTTP \${r.status}\`);
      return r.json();
    }).then((d) => ({ default: d }));
    cache.set(file, p);
    p.catch(() => cache.delete(file));
  }
  return p;
};`;

/**
 * Validates diagrams/ and lays every diagram out with ELK in Node, once per language,
 * then serves the results as virtual modules; in the browser build the per-view data (scenes,
 * overviews, interface strings) is fetched as JSON files instead (`data` below). ELK never
 * reaches the browser bundle.
 *
 * - `virtual:poster/index`: article, diagram list, lazy loaders for scenes and annotations
 * - `virtual:poster/scene/<id>/<lang>`, `virtual:poster/compact/<id>/<lang>`: finished geometry, whole and small-screen overview
 * - `virtual:poster/diagram/<id>`: the validated model (annotations, edges)
 * - `virtual:poster/overview`: the whole article record and every diagram's summary, for the title view
 * - `virtual:poster/search`: every node as plain text, for the search box
 * - `virtual:poster/terms`: glossary term → its places in every diagram
 * - `virtual:poster/references`: the bibliography; `virtual:poster/article`: the whole article record
 * - `virtual:poster/group-widths`: measured group label widths, for the re-layout after a collapse
 * - `virtual:poster/strings/<lang>/<first|rest>`: src/lib/i18n/locales/<lang>.json cut in two (i18n/firstPaint.ts)
 * - `virtual:poster/frame-title`: the `<exosome-poster>` element's default frame name in each language
 */
export function posterContent(options: { dir?: string } = {}): Plugin {
  let dir = '';
  let root = '';
  let build = false;
  /** Client build: data files (name → JSON text) written beside the chunks (see `data`). */
  const dataFiles = new Map<string, string>();
  let content: Content | undefined;
  let measure: Measure | undefined;
  const scenes = new Map<string, Promise<Scene>>();
  let elk: InstanceType<typeof ELK> | undefined;
  let server: ViteDevServer | undefined;

  const getContent = () => (content ??= loadContent(dir));
  const stringsFile = (lang: Lang) => resolve(root, 'src/lib/i18n/locales', `${lang}.json`);
  const readStrings = (lang: Lang): Record<string, string> => JSON.parse(readFileSync(stringsFile(lang), 'utf8'));
  const getScene = (id: string, lang: Lang) => {
    const key = `${id}/${lang}`;
    let s = scenes.get(key);
    if (!s) {
      const d = getContent().diagrams.find((x) => x.id === id);
      if (!d) throw new Error(`No diagram "${id}" in ${dir}`);
      s = layoutDiagram(d, lang, (measure ??= createMeasure()));
      scenes.set(key, s);
    }
    return s;
  };
  const compacts = new Map<string, Promise<Record<Lang, Scene>>>();
  // Both languages at once: they fold the same groups (compactScene.ts).
  const getCompact = (id: string) => {
    let s = compacts.get(id);
    if (!s) {
      const d = getContent().diagrams.find((x) => x.id === id)!;
      const m = (measure ??= createMeasure());
      s = Promise.all([getScene(id, 'fa'), getScene(id, 'en')]).then(([fa, en]) =>
        compactScenes((elk ??= new ELK()), { fa, en }, { fa: groupLabelWidths(d, 'fa', m), en: groupLabelWidths(d, 'en', m) }),
      );
      compacts.set(id, s);
    }
    return s;
  };

  return {
    name: 'poster-content',
    configResolved(config) {
      dir = resolve(config.root, options.dir ?? 'diagrams');
      root = config.root;
      build = config.command === 'build';
    },
    async buildStart() {
      dataFiles.clear();
      content = undefined;
      scenes.clear();
      compacts.clear();
      // Fail the build early, with every located problem, before any bundling happens.
      const c = getContent();
      if (!server) await Promise.all(c.diagrams.flatMap((d) => LANGS.map((l) => getScene(d.id, l))));
    },
    configureServer(s) {
      server = s;
      s.watcher.add(dir);
      const onChange = (file: string) => {
        if (!file.startsWith(dir)) return;
        content = undefined;
        scenes.clear();
        compacts.clear();
        for (const m of s.moduleGraph.idToModuleMap.values())
          if (m.id?.startsWith(RESOLVED)) s.moduleGraph.invalidateModule(m);
        try {
          getContent();
          s.ws.send({ type: 'full-reload' });
        } catch (e) {
          s.ws.send({ type: 'error', err: { message: (e as Error).message, stack: '', plugin: 'poster-content' } });
        }
      };
      s.watcher.on('change', onChange);
      s.watcher.on('add', onChange);
      s.watcher.on('unlink', onChange);
    },
    // The glyph drawings, once, in the page itself (Glyph.svelte draws each as a <use> of them).
    transformIndexHtml(html) {
      if (!/<body[^>]*>/.test(html)) throw new Error('index.html has no <body> to carry the glyph sprite');
      return html.replace(/<body[^>]*>/, (body) => body + glyphSprite());
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? '\0' + id : undefined;
    },
    generateBundle() {
      for (const [fileName, source] of dataFiles) this.emitFile({ type: 'asset', fileName, source });
    },
    async load(id, opts) {
      if (!id.startsWith(RESOLVED)) return;
      const path = id.slice(RESOLVED.length);
      const c = getContent();
      if (path === 'index') {
        const diagrams = c.diagrams.map((d) => ({ id: d.id, order: d.order, title: d.title, short: d.short, nodes: d.nodes.length, steps: d.tour.length }));
        // The data each view needs first (its scene, the interface strings) is fetched as JSON in
        // the browser build: data, not code, so the first load carries no JavaScript it does not
        // run, and the browser parses it off the script path. The dev server and the prerender
        // (Node) import the same data as modules.
        const asJson = build && !opts?.ssr;
        const data = async (module: string, name: string, get: () => unknown) => {
          if (!asJson) return `() => import('${PREFIX}${module}')`;
          const source = JSON.stringify(await get());
          const file = `assets/${name}-${createHash('sha256').update(source).digest('hex').slice(0, 10)}.json`;
          dataFiles.set(file, source);
          return `() => json(${JSON.stringify(file)})`;
        };
        const loaders = (
          await Promise.all(
            c.diagrams.map(async (d) => {
              const sc = await Promise.all(LANGS.map(async (l) => `${l}: ${await data(`scene/${d.id}/${l}`, `scene-${d.id}-${l}`, () => getScene(d.id, l))}`));
              const cs = await Promise.all(LANGS.map(async (l) => `${l}: ${await data(`compact/${d.id}/${l}`, `overview-${d.id}-${l}`, async () => (await getCompact(d.id))[l])}`));
              return `${JSON.stringify(d.id)}: { scene: { ${sc.join(', ')} }, compact: { ${cs.join(', ')} }, model: () => import('${PREFIX}diagram/${d.id}') }`;
            }),
          )
        ).join(',\n  ');
        const strings = await Promise.all(
          LANGS.map(async (l) => {
            const parts = splitStrings(readStrings(l));
            const first = await data(`strings/${l}/first`, `strings-${l}-first`, () => parts.first);
            const rest = await data(`strings/${l}/rest`, `strings-${l}-rest`, () => parts.rest);
            return `${l}: { first: ${first}, rest: ${rest} }`;
          }),
        );
        return [
          ...(asJson ? [JSON_LOADER] : []),
          `export const article = JSON.parse(${JSON.stringify(JSON.stringify(titleBlock(c)))});`,
          `export const loadArticle = () => import('${PREFIX}article');`,
          `export const diagrams = JSON.parse(${JSON.stringify(JSON.stringify(diagrams))});`,
          `export const referenceCount = ${c.references.length};`,
          `export const loaders = {\n  ${loaders}\n};`,
          `export const strings = { ${strings.join(', ')} };`,
          `export const loadReferences = () => import('${PREFIX}references');`,
          `export const loadTerms = () => import('${PREFIX}terms');`,
          `export const loadSearch = () => import('${PREFIX}search');`,
          `export const loadOverview = () => import('${PREFIX}overview');`,
        ].join('\n');
      }
      if (path === 'references') {
        const cited = citationIndex(c);
        return jsonModule(c.references.map((r) => ({ ...r, citedBy: cited[r.n] ?? [] })));
      }
      if (path === 'article') return jsonModule(c.article);
      if (path === 'terms') return jsonModule(termIndex(c));
      if (path === 'search') return jsonModule(searchDocs(c));
      if (path === 'group-widths') {
        const m = (measure ??= createMeasure());
        return jsonModule(Object.fromEntries(c.diagrams.map((d) => [d.id, Object.fromEntries(LANGS.map((l) => [l, groupLabelWidths(d, l, m)]))])));
      }
      if (path === 'overview')
        return jsonModule({
          article: c.article,
          diagrams: c.diagrams.map((d) => ({ id: d.id, title: d.title, short: d.short, summary: d.summary, nodes: d.nodes.length, edges: d.edges.length })),
        });
      if (path === 'frame-title') {
        // The <exosome-poster> element's default frame name: one string, not the whole tables.
        for (const l of LANGS) this.addWatchFile(stringsFile(l));
        return jsonModule(Object.fromEntries(LANGS.map((l) => [l, readStrings(l)['embed.componentTitle']])));
      }
      const strings = /^strings\/(fa|en)\/(first|rest)$/.exec(path);
      if (strings) {
        this.addWatchFile(stringsFile(strings[1] as Lang));
        return jsonModule(splitStrings(readStrings(strings[1] as Lang))[strings[2] as 'first' | 'rest']);
      }
      const scene = /^scene\/([a-z0-9-]+)\/(fa|en)$/.exec(path);
      if (scene) return jsonModule(await getScene(scene[1]!, scene[2] as Lang));
      const compact = /^compact\/([a-z0-9-]+)\/(fa|en)$/.exec(path);
      if (compact) return jsonModule((await getCompact(compact[1]!))[compact[2] as Lang]);
      const diagram = /^diagram\/([a-z0-9-]+)$/.exec(path);
      if (diagram) {
        const d = c.diagrams.find((x) => x.id === diagram[1]);
        if (d) return jsonModule(d);
      }
      throw new Error(`Unknown poster module ${path}`);
    },
  };
}
