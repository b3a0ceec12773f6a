import { composeCss, insertStyle, isInteractive, resolveVars, splitSelectors } from './exportCss.ts';
import { embeddedFontFace, pickFontFaces, pickSource, toBase64, type FontFaceSource } from './fontFaces.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
/** Classes of a moment of use (a selected node, its lit arrows, a spotlight): not part of the picture. */
const STATE_CLASSES = ['selected', 'highlighted', 'dimmed'];
/** Attributes for the live page only: keyboard, screen-reader and pointer wiring. */
const LIVE_ATTRS = /^(role|tabindex|aria-.*|on.*)$/;

export interface ExportedSvg {
  /** The whole file, XML prolog included. */
  svg: string;
  /** The scene size (px): the picture at fit, whatever the zoom on screen. */
  width: number;
  height: number;
}

/**
 * A self-contained SVG file of a live `<svg class="diagram">`: the whole scene at fit (not the
 * current zoom), a `<title>`, the page's rules that style it and the web-font files its text
 * uses as data: URIs, so it looks the same opened on its own, drawn into a canvas or placed in
 * another document. No script, nothing fetched from elsewhere.
 */
export async function exportSvg(live: SVGSVGElement, title: string): Promise<ExportedSvg> {
  const { width, height } = live.viewBox.baseVal;
  const doc = document.implementation.createDocument(SVG_NS, null);
  const root = doc.importNode(live, true) as SVGSVGElement;
  doc.appendChild(root);
  standalone(root, title, width, height);

  const rules = matchingRules(doc);
  const vars = resolveVars(rules.join('\n'), (name) => getComputedStyle(document.documentElement).getPropertyValue(name));
  const fonts = await embeddedFonts(live);
  const css = composeCss({ fonts, rules, vars, width, height });
  const svg = insertStyle(new XMLSerializer().serializeToString(doc), css);
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`, width, height };
}

/** Turns the copy into a picture: fixed size, fit view, no live wiring or state, a title and a background. */
function standalone(root: SVGSVGElement, title: string, width: number, height: number) {
  const doc = root.ownerDocument;
  root.setAttributeNS(XMLNS_NS, 'xmlns', SVG_NS);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  root.setAttribute('role', 'img');
  for (const el of [root, ...root.querySelectorAll('*')]) {
    for (const a of [...el.attributes]) if (LIVE_ATTRS.test(a.name) && !(el === root && a.name === 'role')) el.removeAttribute(a.name);
    el.classList.remove(...STATE_CLASSES);
  }
  inlineUses(root);
  // The zoom on screen lives on the scene group; the file shows the whole diagram.
  root.querySelector('g.scene')?.removeAttribute('transform');
  root.querySelectorAll('script, foreignObject').forEach((el) => el.remove());
  // Page colour behind the drawing: edge-label halos are painted in it.
  const bg = doc.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('class', 'export-background');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', getComputedStyle(document.documentElement).getPropertyValue('--bg').trim() || '#ffffff');
  const t = doc.createElementNS(SVG_NS, 'title');
  t.textContent = title;
  root.prepend(t, bg);
}

/**
 * Glyphs are `<use>` of the page's sprite (glyphSprite.ts), which the file does not carry: each
 * becomes a `<g>` holding a copy of its drawing, so the file stands alone and any tool reads it.
 */
function inlineUses(root: SVGSVGElement) {
  const doc = root.ownerDocument;
  for (let use = root.querySelector('use'); use; use = root.querySelector('use')) {
    const ref = use.getAttribute('href') ?? '';
    const drawing = ref.startsWith('#') ? document.getElementById(ref.slice(1)) : null;
    const g = doc.createElementNS(SVG_NS, 'g');
    for (const a of use.attributes) if (a.name !== 'href') g.setAttribute(a.name, a.value);
    // The drawing's own transform (a mirrored Persian form) goes inside the <use>'s.
    if (drawing) {
      const copy = doc.importNode(drawing, true) as Element;
      copy.removeAttribute('id');
      g.appendChild(copy);
    }
    use.replaceWith(g);
  }
}

/** The page's style rules, each cut to the selectors that match in the standalone copy. */
function matchingRules(doc: Document): string[] {
  const out: string[] = [];
  for (const [rule] of pageRules()) {
    // Rules under @media are for a screen or paper context, not for the picture.
    if (!(rule instanceof CSSStyleRule)) continue;
    const keep = splitSelectors(rule.selectorText).filter((s) => !isInteractive(s) && matches(doc, s));
    if (keep.length) out.push(`${keep.join(', ')} { ${rule.style.cssText} }`);
  }
  return out;
}

/** Every top-level rule of the page's style sheets, with its sheet; another origin's sheets are skipped (not ours to read). */
function* pageRules(): Generator<[CSSRule, CSSStyleSheet]> {
  for (const sheet of document.styleSheets) {
    let list: CSSRuleList;
    try {
      list = sheet.cssRules;
    } catch {
      continue;
    }
    for (const rule of list) yield [rule, sheet];
  }
}

function matches(doc: Document, selector: string): boolean {
  try {
    return doc.querySelector(selector) !== null;
  } catch {
    return false; // a selector this document cannot parse (::backdrop, vendor pseudo-elements)
  }
}

/** The page's `@font-face` rules whose files the diagram's text uses, with those files embedded. */
async function embeddedFonts(live: SVGSVGElement): Promise<string[]> {
  const texts = [...live.querySelectorAll('text')];
  if (!texts.length) return [];
  const family = getComputedStyle(texts[0]!).fontFamily.split(',')[0]!.trim().replace(/^["']|["']$/g, '');
  const usage = new Map<string, string>();
  for (const t of texts) {
    const w = getComputedStyle(t).fontWeight;
    usage.set(w, (usage.get(w) ?? '') + (t.textContent ?? ''));
  }
  const faces = pickFontFaces(fontFaces(), family, usage);
  return Promise.all(
    faces.map(async (f) => {
      const res = await fetch(f.url);
      if (!res.ok) throw new Error(`Could not read the font file ${f.url} (HTTP ${res.status})`);
      return embeddedFontFace(f, toBase64(new Uint8Array(await res.arrayBuffer())));
    }),
  );
}

function fontFaces(): FontFaceSource[] {
  const out: FontFaceSource[] = [];
  for (const [rule, sheet] of pageRules()) {
    if (!(rule instanceof CSSFontFaceRule)) continue;
    const s = rule.style;
    const src = pickSource(s.getPropertyValue('src'));
    if (!src) continue;
    out.push({
      family: s.getPropertyValue('font-family').trim().replace(/^["']|["']$/g, ''),
      weight: s.getPropertyValue('font-weight').trim() || '400',
      style: s.getPropertyValue('font-style').trim() || 'normal',
      unicodeRange: s.getPropertyValue('unicode-range').trim(),
      // Relative to the stylesheet that declares it (the built CSS sits beside the fonts).
      url: new URL(src.url, sheet.href ?? document.baseURI).href,
      format: src.format,
    });
  }
  return out;
}
