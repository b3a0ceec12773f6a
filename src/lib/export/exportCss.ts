/**
 * The pure half of the SVG export's stylesheet: which selectors to keep, which custom
 * properties the kept rules read, and the `<style>` text put together. No DOM here.
 */

/** A selector list split at its top-level commas (commas inside `:is(…)` or `[a="x,y"]` stay). */
export function splitSelectors(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      out.push(list.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(list.slice(start).trim());
  return out.filter(Boolean);
}

/**
 * States a still picture never has: hover, focus, a press. A rule for them would only make
 * the exported file react to the mouse; the picture is the diagram at rest.
 */
export function isInteractive(selector: string): boolean {
  return /:(hover|focus|focus-visible|focus-within|active|visited|target)\b/.test(selector);
}

/** The custom properties a stylesheet reads, `var(--name…)`, in order of first use. */
export function varsUsed(css: string): string[] {
  return [...new Set([...css.matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => m[1]!))];
}

/**
 * Every custom property the rules need, following properties that read others
 * (`--a: var(--b)`), with its value from `lookup`; unknown ones are left out.
 */
export function resolveVars(css: string, lookup: (name: string) => string): Record<string, string> {
  const out: Record<string, string> = {};
  const queue = varsUsed(css);
  while (queue.length) {
    const name = queue.shift()!;
    if (name in out) continue;
    const value = lookup(name).trim();
    if (!value) continue;
    out[name] = value;
    queue.push(...varsUsed(value));
  }
  return out;
}

export interface ExportStyle {
  /** `@font-face` rules with embedded files. */
  fonts: string[];
  /** The page's rules that match the exported diagram, as CSS text. */
  rules: string[];
  /** Custom properties with the values the page had when exported (theme included). */
  vars: Record<string, string>;
  /** The scene size in px: the picture's own size, whatever the page's rules say of the root. */
  width: number;
  height: number;
}

/**
 * The exported file's stylesheet: fonts, the page's rules, then the page's values of the custom
 * properties and the root's size, last so they win over the page's `:root` and `svg.diagram`
 * rules (which would make the root fill a window, or a canvas, at 100 %).
 */
export function composeCss({ fonts, rules, vars, width, height }: ExportStyle): string {
  const custom = Object.entries(vars)
    .map(([k, v]) => `${k}: ${v};`)
    .join(' ');
  return [
    ...fonts,
    ...rules,
    `:root { ${custom} }`,
    `svg.diagram { width: ${width}px; height: ${height}px; cursor: default; touch-action: auto; user-select: text; }`,
  ].join('\n');
}

/**
 * Puts the stylesheet into a serialized SVG, right after its `<title>` (or the root's start tag),
 * as escaped text. Done on the string: a <style> element attached in the page's documents would
 * be applied there, which the page's CSP rightly refuses (no inline styles).
 */
export function insertStyle(svg: string, css: string): string {
  const text = css.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const style = `<style>${text}</style>`;
  const title = svg.indexOf('</title>');
  if (title >= 0) return svg.slice(0, title + 8) + style + svg.slice(title + 8);
  const root = svg.indexOf('>', svg.indexOf('<svg'));
  return svg.slice(0, root + 1) + style + svg.slice(root + 1);
}
