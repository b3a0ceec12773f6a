import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { SPECIAL_FILES } from '../src/lib/model/loadContent.ts';

/**
 * `npm run new-diagram -- <id>`: writes diagrams/<id>.yaml, a valid starter with two nodes,
 * an edge and both languages, placed after the existing diagrams. Every diagrams/*.yaml is
 * registered by being there: the build picks it up, no list to edit.
 */
export function main(args: string[]) {
  const id = args.find((a) => !a.startsWith('--'));
  const dir = args.find((a) => a.startsWith('--dir='))?.slice(6) ?? 'diagrams';
  if (!id || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) || id === 'overview') {
    console.error('usage: npm run new-diagram -- <id>   (lowercase letters, digits and single hyphens; not "overview")');
    process.exitCode = 2;
    return;
  }
  const file = join(dir, `${id}.yaml`);
  if (existsSync(file)) {
    console.error(`${file} already exists; choose another id or edit that file`);
    process.exitCode = 1;
    return;
  }
  const orders = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') && !SPECIAL_FILES.includes(f))
    .map((f) => Number((parse(readFileSync(join(dir, f), 'utf8')) as { order?: unknown })?.order) || 0);
  const order = Math.max(0, ...orders) + 1;
  writeFileSync(
    file,
    `# A new diagram. Format: docs/content-format.md. Check it with: npm run check-content
id: ${id}
order: ${order}
short: { en: "New diagram", fa: "نمودار تازه" }   # the tab label, one to three words
title: { en: "A new diagram", fa: "یک نمودار تازه" }
summary:
  en: >
    Say in two or three sentences what this diagram shows, citing the article's
    references in brackets [19].
  fa: >
    در دو یا سه جمله بگویید این نمودار چه چیزی را نشان می‌دهد و منابع مقاله را
    در کروشه بیاورید [19].
nodes:
  - id: first
    kind: cell
    label: { en: First element, fa: جزء نخست }
    text:
      en: What the article says about this element, in your own words [19].
      fa: آنچه مقاله درباره این جزء می‌گوید، به بیان خودتان [19].
  - id: second
    kind: process
    label: { en: Second element, fa: جزء دوم }
    text:
      en: What the article says about this one [19].
      fa: آنچه مقاله درباره این یکی می‌گوید [19].
edges:
  - from: first
    to: second
    kind: promotes
    label: { en: promotes, fa: تقویت }
    refs: [19]
`,
  );
  console.log(`wrote ${file} (order ${order}); edit it, then: npm run check-content`);
}
