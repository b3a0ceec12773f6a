import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/**
 * The poster's content as the authors wrote it (diagrams/*.yaml), read in Node so the browser
 * tests check the page against the source, not against strings copied into the tests.
 */
type Text2 = { en: string; fa: string };
export interface YamlNode {
  id: string;
  kind: string;
  parent?: string;
  label: Text2;
}
export interface YamlDiagram {
  id: string;
  order: number;
  short: Text2;
  nodes: YamlNode[];
  tour?: { focus: string }[];
}

const dir = join(process.cwd(), 'diagrams');

/** Every diagram file (files with an id and nodes; article.yaml and references.yaml are not diagrams), by `order`. */
export const yamlDiagrams: YamlDiagram[] = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => parse(readFileSync(join(dir, f), 'utf8')) as Partial<YamlDiagram>)
  .filter((d): d is YamlDiagram => typeof d?.id === 'string' && Array.isArray(d.nodes))
  .sort((a, b) => a.order - b.order);

export function yamlDiagram(id: string): YamlDiagram {
  const d = yamlDiagrams.find((x) => x.id === id);
  if (!d) throw new Error(`no diagram ${id} in diagrams/`);
  return d;
}

export function label(diagram: string, node: string, lang: 'fa' | 'en'): string {
  const n = yamlDiagram(diagram).nodes.find((x) => x.id === node);
  if (!n) throw new Error(`no node ${node} in diagrams/${diagram}.yaml`);
  return n.label[lang].trim();
}

/** 0–9 as Persian digits (۰–۹), as the poster writes reference numbers in Persian. */
export const persianDigits = (s: string | number) => String(s).replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]!);
