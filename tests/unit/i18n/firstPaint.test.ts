import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isFirstPaint, splitStrings } from '../../../src/lib/i18n/firstPaint.ts';
import en from '../../../src/lib/i18n/locales/en.json';
import fa from '../../../src/lib/i18n/locales/fa.json';

/** Every source file the app's entry imports statically (what the first view is drawn with). */
function staticGraph(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const src = readFileSync(file, 'utf8');
    // `import x from './y'` and `import './y'`, not `import type` and not `import('./y')`.
    for (const m of src.matchAll(/^\s*import\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"](\.[^'"]+)['"]/gm)) {
      const next = resolve(dirname(file), m[1]!);
      if (/\.(svelte|ts)$/.test(next) && existsSync(next)) visit(next);
    }
  };
  visit(resolve(entry));
  return [...seen];
}

/** The text of a call's first argument, from just after its `(` to the `,` or `)` that ends it. */
function firstArgument(src: string, from: number): string {
  let depth = 0;
  for (let i = from; i < src.length; i++) {
    const c = src[i]!;
    if (c === '(' || c === '{' || c === '[') depth++;
    else if ((c === ')' || c === '}' || c === ']') && depth > 0) depth--;
    else if ((c === ',' || c === ')') && depth === 0) return src.slice(from, i).trim();
  }
  return src.slice(from).trim();
}

describe('first-paint interface strings', () => {
  const graph = staticGraph('src/boot.ts');
  it('the first view is drawn by the components we expect (the walk works)', () => {
    const names = graph.map((f) => f.replace(/^.*\//, ''));
    expect(names).toEqual(expect.arrayContaining(['App.svelte', 'Poster.svelte', 'TitleBar.svelte', 'DiagramView.svelte', 'ZoomControls.svelte']));
    expect(names).not.toContain('AnnotationPanel.svelte');
  });
  it('every string the first view can show loads with it', () => {
    const used: string[] = [];
    const unread: string[] = [];
    for (const f of graph) {
      const src = readFileSync(f, 'utf8');
      for (const m of src.matchAll(/\$_\(/g)) {
        const arg = firstArgument(src, m.index + m[0].length);
        // Every key the argument can be: its quoted keys ('a.b', or both sides of a ternary),
        // and for a key built at run time (`theme.${t}`) every key under its prefix.
        const keys = [...arg.matchAll(/'([\w.-]+)'/g)].map((k) => k[1]!);
        for (const t of arg.matchAll(/`([\w.-]+)\$\{/g)) keys.push(...Object.keys(en).filter((k) => k.startsWith(t[1]!)));
        if (keys.length) used.push(...keys);
        else unread.push(`${f.replace(/^.*\//, '')}: $_(${arg})`);
      }
    }
    expect(unread, 'a key this test cannot read: write it as a literal').toEqual([]);
    expect(used.length).toBeGreaterThan(20);
    expect(used.filter((k) => !isFirstPaint(k))).toEqual([]);
  });
  it('the two parts hold every string once, in both languages', () => {
    for (const all of [en, fa] as Record<string, string>[]) {
      const { first, rest } = splitStrings(all);
      expect({ ...first, ...rest }).toEqual(all);
      expect(Object.keys(first).filter((k) => k in rest)).toEqual([]);
      // The point of the cut: most of the text waits for the first paint.
      expect(JSON.stringify(first).length).toBeLessThan(JSON.stringify(rest).length / 2);
    }
  });
});
