import { stringify } from 'yaml';
import { NODE_KINDS } from '../src/lib/model/types.ts';

/** 0–9 as Persian digits, as Persian prose writes numbers. */
const fa = (n: number) => String(n).replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]!);

/**
 * A valid, generated diagram of `total` nodes for stress-testing layout and rendering
 * (`npm run bench`): groups of `perGroup` children (group boxes count as nodes), a chain inside
 * each group, two arrows from each group to the next, a label on every third arrow. Every
 * node and arrow cites reference 1 in both languages. Not content: written to a temporary copy.
 */
export function stressDiagram(id: string, order: number, total = 300, perGroup = 14) {
  const kinds = NODE_KINDS.filter((k) => k !== 'group');
  const nodes: object[] = [];
  const edges: object[] = [];
  const groups: string[][] = [];
  for (let g = 0; nodes.length < total; g++) {
    const gid = `group-${g + 1}`;
    nodes.push({
      id: gid,
      kind: 'group',
      label: { en: `Stress group ${g + 1}`, fa: `گروه آزمون ${fa(g + 1)}` },
      text: { en: `Generated group ${g + 1} [1].`, fa: `گروه ساختگی ${fa(g + 1)} [1].` },
    });
    const members: string[] = [];
    for (let c = 0; c < perGroup && nodes.length < total; c++) {
      const n = nodes.length;
      const nid = `n${n}`;
      members.push(nid);
      nodes.push({
        id: nid,
        kind: kinds[n % kinds.length],
        parent: gid,
        label: { en: `Stress node ${n}`, fa: `گره آزمون ${fa(n)}` },
        text: { en: `Generated node ${n} for the stress test [1].`, fa: `گره ساختگی ${fa(n)} برای آزمون فشار [1].` },
      });
    }
    groups.push(members);
  }
  const edge = (from: string, to: string) => {
    const k = edges.length;
    edges.push({ from, to, kind: 'promotes', refs: [1], ...(k % 3 === 0 ? { label: { en: `step ${k}`, fa: `گام ${fa(k)}` } } : {}) });
  };
  groups.forEach((m, g) => {
    for (let i = 1; i < m.length; i++) edge(m[i - 1]!, m[i]!);
    const next = groups[g + 1];
    if (next?.length) {
      edge(m[m.length - 1]!, next[0]!);
      edge(m[Math.floor(m.length / 2)]!, next[Math.floor(next.length / 2)]!);
    }
  });
  return stringify({
    id,
    order,
    short: { en: 'Stress test', fa: 'آزمون فشار' },
    title: { en: `Stress test: ${total} generated nodes`, fa: `آزمون فشار: ${fa(total)} گره ساختگی` },
    summary: { en: 'A generated diagram for measuring layout and rendering [1].', fa: 'نموداری ساختگی برای سنجش چیدمان و نمایش [1].' },
    nodes,
    edges,
  });
}
