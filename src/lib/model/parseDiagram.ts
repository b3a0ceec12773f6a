import * as v from 'valibot';
import { ContentError, type Problem } from './contentError.ts';
import { citedIn, parseRichText } from './parseRichText.ts';
import { DiagramSchema, EdgeSchema, NodeSchema, TourStepSchema } from './schema.ts';
import { type Bilingual, type BilingualRich, type Diagram, type DiagramEdge, type DiagramNode, type TourStep } from './types.ts';

const ARABIC_YEH_KAF = /[\u064A\u0643\u0649]/;
const ARABIC_DIGITS = /[\u0660-\u0669]/;

const rich = (b: Bilingual): BilingualRich => ({ fa: parseRichText(b.fa), en: parseRichText(b.en) });
const pathOf = (issue: v.BaseIssue<unknown>) => v.getDotPath(issue) ?? '';
/** "label.fa is missing" reads better than valibot's generic type message. */
const describe = (issue: v.BaseIssue<unknown>) =>
  `${pathOf(issue) || 'top level'} ${issue.input === undefined ? 'is missing' : issue.message}`;

/**
 * Validates one diagram file at the load boundary and returns the typed model.
 * Collects every problem in the file and throws one ContentError naming file, item and fix.
 * @param known reference numbers that exist (from references.yaml)
 */
export function parseDiagram(raw: unknown, file: string, known: ReadonlySet<number>): Diagram {
  const problems: Problem[] = [];
  const add = (item: string, message: string) => problems.push({ file, item, message });

  const top = v.safeParse(DiagramSchema, raw);
  if (!top.success) {
    for (const i of top.issues) add('file', describe(i));
    throw new ContentError(problems);
  }
  const d = top.output;
  const expectedId = file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
  if (d.id !== expectedId) add('file', `id "${d.id}" differs from the file name; rename one so both are "${expectedId}"`);

  const checkPersian = (item: string, field: string, b: Bilingual | undefined) => {
    if (!b) return;
    if (ARABIC_YEH_KAF.test(b.fa)) add(item, `${field}.fa uses Arabic \u064A/\u0643/\u0649; write Persian ی (U+06CC) and ک (U+06A9)`);
    if (ARABIC_DIGITS.test(b.fa)) add(item, `${field}.fa uses Arabic-Indic digits; write Persian digits (۰–۹)`);
  };
  const checkRefs = (item: string, nums: number[]) => {
    for (const n of nums) if (!known.has(n)) add(item, `cites reference ${n}, which is not in references.yaml (1–${known.size})`);
  };
  const citesOf = (item: string, text: BilingualRich | undefined, listed: number[] | undefined) => {
    const fa = text ? citedIn(text.fa) : [];
    const en = text ? citedIn(text.en) : [];
    const all = [...new Set([...(listed ?? []), ...fa, ...en])].sort((a, b) => a - b);
    checkRefs(item, all);
    if (all.length === 0) add(item, 'cites no reference; add [n] in its text or a refs: [n] list');
    if (text && fa.join() !== en.join())
      add(item, `its Persian text cites [${fa}] but its English text cites [${en}]; cite the same references in both`);
    return all;
  };

  checkPersian('diagram', 'title', d.title);
  checkPersian('diagram', 'short', d.short);
  checkPersian('diagram', 'summary', d.summary);
  const summary = rich(d.summary);
  citesOf('diagram summary', summary, undefined);

  const nodes: DiagramNode[] = [];
  const seen = new Set<string>();
  // Ids of every node written, valid or not: one broken node must not make its edges "dangle" too.
  const declared = new Set(
    d.nodes.flatMap((n) => (typeof (n as { id?: unknown })?.id === 'string' ? [(n as { id: string }).id] : [])),
  );
  d.nodes.forEach((rawNode, i) => {
    const r = v.safeParse(NodeSchema, rawNode);
    const guessId = (rawNode as { id?: unknown })?.id;
    const item = `node ${typeof guessId === 'string' ? `"${guessId}"` : `#${i + 1}`}`;
    if (!r.success) {
      for (const iss of r.issues) add(item, describe(iss));
      return;
    }
    const n = r.output;
    if (seen.has(n.id)) add(item, 'duplicate id; every node needs its own id');
    seen.add(n.id);
    checkPersian(item, 'label', n.label);
    checkPersian(item, 'text', n.text);
    checkPersian(item, 'note', n.note);
    const text = rich(n.text);
    const note = n.note && rich(n.note);
    const refs = citesOf(item, text, n.refs);
    if (note) checkRefs(item, [...citedIn(note.fa), ...citedIn(note.en)]);
    nodes.push({ id: n.id, kind: n.kind, parent: n.parent, label: n.label, text, refs, note, term: n.term });
  });

  const byId = new Map(nodes.map((n) => [n.id, n]));
  for (const n of nodes) {
    if (n.parent === undefined) continue;
    if (!declared.has(n.parent)) add(`node "${n.id}"`, `parent "${n.parent}" is not a node of this diagram`);
    // Walk up; a revisit means a cycle.
    const chain = [n.id];
    let p: string | undefined = n.parent;
    while (p !== undefined && byId.has(p)) {
      if (chain.includes(p)) {
        add(`node "${n.id}"`, `parent cycle ${[...chain, p].join(' → ')}; a node cannot contain itself`);
        break;
      }
      chain.push(p);
      p = byId.get(p)!.parent;
    }
  }

  const edges: DiagramEdge[] = [];
  const edgeIds = new Set<string>();
  d.edges.forEach((rawEdge, i) => {
    const r = v.safeParse(EdgeSchema, rawEdge);
    const e0 = rawEdge as { from?: unknown; to?: unknown };
    const item = typeof e0?.from === 'string' && typeof e0?.to === 'string' ? `edge ${e0.from}>${e0.to}` : `edge #${i + 1}`;
    if (!r.success) {
      for (const iss of r.issues) add(item, describe(iss));
      return;
    }
    const e = r.output;
    for (const end of ['from', 'to'] as const)
      if (!declared.has(e[end])) add(item, `${end} "${e[end]}" is not a node of this diagram (dangling edge)`);
    if (e.from === e.to) add(item, 'goes from a node to itself; point it at another node');
    checkPersian(item, 'label', e.label);
    checkPersian(item, 'text', e.text);
    const text = e.text && rich(e.text);
    const refs = citesOf(item, text, e.refs);
    let id = `${e.from}>${e.to}`;
    for (let k = 2; edgeIds.has(id); k++) id = `${e.from}>${e.to}#${k}`;
    edgeIds.add(id);
    edges.push({ id, from: e.from, to: e.to, kind: e.kind, label: e.label, text, refs });
  });

  const tour: TourStep[] = [];
  d.tour.forEach((rawStep, i) => {
    const item = `tour step ${i + 1}`;
    const r = v.safeParse(TourStepSchema, rawStep);
    if (!r.success) {
      for (const iss of r.issues) add(item, describe(iss));
      return;
    }
    const s = r.output;
    if (!declared.has(s.focus)) add(item, `focus "${s.focus}" is not a node of this diagram`);
    checkPersian(item, 'text', s.text);
    const text = rich(s.text);
    tour.push({ focus: s.focus, text, refs: citesOf(item, text, undefined) });
  });

  if (problems.length) throw new ContentError(problems);
  return { id: d.id, order: d.order, title: d.title, short: d.short, summary, nodes, edges, tour };
}
