import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ContentError } from '../../../src/lib/model/contentError.ts';
import { parseDiagram } from '../../../src/lib/model/parseDiagram.ts';

const known = new Set(Array.from({ length: 72 }, (_, i) => i + 1));
const FILE = 'diagrams/tiny.yaml';
const base = () => parse(readFileSync('tests/fixtures/valid/tiny.yaml', 'utf8'));

function problemsOf(mutate: (d: any) => void): string[] {
  const d = base();
  mutate(d);
  try {
    parseDiagram(d, FILE, known);
  } catch (e) {
    if (e instanceof ContentError) return e.problems.map((p) => `${p.file} › ${p.item}: ${p.message}`);
    throw e;
  }
  return [];
}

describe('parseDiagram', () => {
  it('accepts the tiny fixture and builds the typed model', () => {
    const d = parseDiagram(base(), FILE, known);
    expect(d.nodes.map((n) => n.id)).toEqual(['a', 'box', 'b', 'c']);
    expect(d.nodes[0]!.refs).toEqual([19, 21]);
    expect(d.nodes[0]!.text.en).toEqual([{ t: 'text', s: 'First step ' }, { t: 'cite', refs: [19, 21] }, { t: 'text', s: '.' }]);
    expect(d.edges.map((e) => e.id)).toEqual(['a>b', 'b>c']);
    expect(d.tour.map((s) => [s.focus, s.refs])).toEqual([['a', [19]], ['box', [19]]]);
  });

  it('a diagram without a tour has an empty one', () => {
    expect(parseDiagram({ ...base(), tour: undefined }, FILE, known).tour).toEqual([]);
  });

  // Each kind of breakage names the file, the item and what is wrong.
  it.each([
    ['dangling edge', (d: any) => (d.edges[1].to = 'ghost'), 'edge b>ghost: to "ghost" is not a node of this diagram (dangling edge)'],
    ['duplicate id', (d: any) => (d.nodes[3].id = 'a'), 'node "a": duplicate id'],
    ['missing translation', (d: any) => delete d.nodes[0].label.fa, 'node "a": label.fa is missing'],
    ['empty label', (d: any) => (d.nodes[2].label.en = '  '), 'node "b": label.en is empty'],
    ['unknown reference', (d: any) => (d.nodes[3].text.en = 'Third [79].'), 'node "c": cites reference 79, which is not in references.yaml'],
    ['parent cycle', (d: any) => (d.nodes[1].parent = 'b'), 'parent cycle'],
    ['unknown parent', (d: any) => (d.nodes[2].parent = 'nowhere'), 'node "b": parent "nowhere" is not a node of this diagram'],
    ['unknown node kind', (d: any) => (d.nodes[0].kind = 'blob'), 'node "a": kind must be one of'],
    ['unknown edge kind', (d: any) => (d.edges[0].kind = 'eats'), 'edge a>b: kind must be one of'],
    ['Arabic yeh in Persian', (d: any) => (d.nodes[0].label.fa = 'اندوزوم ابتدايي'), 'node "a": label.fa uses Arabic ي/ك/ى'],
    ['uncited node', (d: any) => (d.nodes[3].text = { en: 'No citation.', fa: 'بدون منبع.' }), 'node "c": cites no reference'],
    ['languages cite differently', (d: any) => (d.nodes[3].text.fa = 'گام سوم [19].'), 'node "c": its Persian text cites [19] but its English text cites [17]'],
    ['bad id', (d: any) => (d.nodes[0].id = 'Early Endosome'), 'node "Early Endosome": id must be lowercase'],
    ['file name mismatch', (d: any) => (d.id = 'other'), 'file: id "other" differs from the file name'],
    ['self loop', (d: any) => (d.edges[0].to = 'a'), 'edge a>a: goes from a node to itself'],
    ['unexpected key', (d: any) => (d.nodes[0].colour = 'red'), 'node "a":'],
    ['tour step on a missing node', (d: any) => (d.tour[1].focus = 'ghost'), 'tour step 2: focus "ghost" is not a node of this diagram'],
    ['uncited tour step', (d: any) => (d.tour[0].text = { en: 'Look.', fa: 'ببینید.' }), 'tour step 1: cites no reference'],
    ['tour step without Persian', (d: any) => delete d.tour[0].text.fa, 'tour step 1: text.fa is missing'],
  ])('rejects %s with a located message', (_name, mutate, expected) => {
    const problems = problemsOf(mutate);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join('\n')).toContain(expected);
    for (const p of problems) expect(p.startsWith(`${FILE} › `)).toBe(true);
  });

  it('reports every problem, not just the first', () => {
    const problems = problemsOf((d) => {
      d.edges[0].to = 'ghost';
      d.nodes[3].label.en = '';
    });
    expect(problems).toHaveLength(2);
  });
});
