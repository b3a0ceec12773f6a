import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { ContentError, formatProblem } from '../../../src/lib/model/contentError.ts';
import { loadContent, SPECIAL_FILES } from '../../../src/lib/model/loadContent.ts';

/**
 * Each kind of breakage, applied to every diagram file of a copy of the real diagrams/ folder,
 * must stop loading with a message that names the file and the item. The real content is the
 * input (not a fixture), so new diagrams are covered as they are written.
 */
type Raw = {
  nodes: { id: string; parent?: string; label: { en: string; fa: string }; refs?: number[] }[];
  edges?: { from: string; to: string }[];
  tour?: { focus: string; text: { en: string; fa: string } }[];
};
const GHOST = 'no-such-node';
const refCount = loadContent('diagrams').references.length;
const diagramFiles = readdirSync('diagrams').filter((f) => f.endsWith('.yaml') && !SPECIAL_FILES.includes(f)).sort();
const leaves = (d: Raw) => d.nodes.filter((n) => !d.nodes.some((c) => c.parent === n.id));

/** A breakage: changes one file's text, returns the item and message the loader must report. */
type Breakage = (text: string) => { text: string; expected: string | RegExp };
/** Most breakages edit the parsed file; the YAML is written back as YAML. */
const onData = (f: (d: Raw) => string | RegExp): Breakage => (text) => {
  const d = parse(text) as Raw;
  const expected = f(d);
  return { text: stringify(d), expected };
};

const BREAKAGES: [string, Breakage][] = [
  [
    'dangling edge',
    onData((d) => {
      const e = d.edges![0]!;
      e.to = GHOST;
      return `edge ${e.from}>${GHOST}: to "${GHOST}" is not a node of this diagram (dangling edge)`;
    }),
  ],
  [
    'duplicate id',
    onData((d) => {
      const n = leaves(d)[0]!;
      d.nodes.push(structuredClone(n));
      return `node "${n.id}": duplicate id; every node needs its own id`;
    }),
  ],
  [
    'missing translation',
    onData((d) => {
      const n = d.nodes[0]!;
      delete (n.label as Partial<Raw['nodes'][0]['label']>).fa;
      return `node "${n.id}": label.fa is missing`;
    }),
  ],
  [
    'unknown reference',
    onData((d) => {
      const n = d.nodes[d.nodes.length - 1]!;
      n.refs = [...(n.refs ?? []), refCount + 7];
      return `node "${n.id}": cites reference ${refCount + 7}, which is not in references.yaml (1–${refCount})`;
    }),
  ],
  [
    'parent cycle',
    onData((d) => {
      const [a, b] = leaves(d);
      a!.parent = b!.id;
      b!.parent = a!.id;
      return `node "${a!.id}": parent cycle ${a!.id} → ${b!.id} → ${a!.id}; a node cannot contain itself`;
    }),
  ],
  [
    'empty label',
    onData((d) => {
      const n = d.nodes[1]!;
      n.label.en = '';
      return `node "${n.id}": label.en is empty`;
    }),
  ],
  [
    'Arabic ي in Persian',
    onData((d) => {
      const n = d.nodes.find((x) => x.label.fa.includes('ی')) ?? d.nodes[0]!;
      n.label.fa = n.label.fa.includes('ی') ? n.label.fa.replace('ی', 'ي') : `ي${n.label.fa}`;
      return `node "${n.id}": label.fa uses Arabic ي/ك/ى; write Persian ی (U+06CC) and ک (U+06A9)`;
    }),
  ],
  [
    'tour step on a missing node',
    onData((d) => {
      d.tour ??= [];
      d.tour.push({ focus: GHOST, text: { en: 'Look here [1].', fa: 'اینجا را ببینید [1].' } });
      return `tour step ${d.tour.length}: focus "${GHOST}" is not a node of this diagram`;
    }),
  ],
  [
    'bad YAML syntax',
    (text) => {
      // An unclosed flow sequence in the first node: the message gives the line, which is near it.
      const lines = text.split('\n');
      const at = lines.findIndex((l) => /^\s*- id: /.test(l));
      lines.splice(at + 1, 0, '    refs: [1, 2');
      return { text: lines.join('\n'), expected: new RegExp(`^file: is not valid YAML at line (${at + 2}|${at + 3}|${at + 4})\\b`) };
    },
  ],
];

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
/** A copy of diagrams/ as `<tmp>/diagrams`; paths in messages are relative to `<tmp>`. */
function copy() {
  const root = mkdtempSync(join(tmpdir(), 'poster-broken-'));
  dirs.push(root);
  cpSync('diagrams', join(root, 'diagrams'), { recursive: true });
  return root;
}

describe('broken content copies', () => {
  it('the unbroken copy loads', () => {
    const root = copy();
    expect(loadContent(join(root, 'diagrams'), root).diagrams.map((d) => `${d.id}.yaml`).sort()).toEqual(diagramFiles);
  });

  it.each(BREAKAGES)('%s in every diagram file: each file and item named', (_kind, breakage) => {
    const root = copy();
    const expected = new Map<string, string | RegExp>();
    for (const f of diagramFiles) {
      const file = join(root, 'diagrams', f);
      const broken = breakage(readFileSync(file, 'utf8'));
      writeFileSync(file, broken.text);
      expected.set(`diagrams/${f}`, broken.expected);
    }
    let error: unknown;
    try {
      loadContent(join(root, 'diagrams'), root);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ContentError);
    const problems = (error as ContentError).problems;
    for (const [file, want] of expected) {
      const mine = problems.filter((p) => p.file === file).map((p) => `${p.item}: ${p.message}`);
      if (typeof want === 'string') expect(mine, file).toContain(want);
      else expect(mine.some((m) => want.test(m)), `${file}: ${mine.join(' | ')}`).toBe(true);
      // And the thrown message, the one a person reads, carries it as `file › item: message`.
      const line = problems.find((p) => p.file === file && (typeof want === 'string' ? `${p.item}: ${p.message}` === want : want.test(`${p.item}: ${p.message}`)))!;
      expect((error as Error).message).toContain(formatProblem(line));
    }
  });

  it('a real `vite build` on a broken copy exits non-zero and prints the located message', { timeout: 120_000 }, () => {
    const root = copy();
    const file = join(root, 'diagrams', diagramFiles[0]!);
    const broken = BREAKAGES[0]![1](readFileSync(file, 'utf8'));
    writeFileSync(file, broken.text);
    const r = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', join(root, 'out'), '--logLevel', 'error'], {
      env: { ...process.env, POSTER_CONTENT_DIR: join(root, 'diagrams'), NODE_ENV: 'production' },
      encoding: 'utf8',
    });
    expect(r.status).not.toBe(0);
    expect(r.stdout + r.stderr).toContain(`${diagramFiles[0]} › ${broken.expected as string}`);
  });
});
