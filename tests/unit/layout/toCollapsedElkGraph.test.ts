import type { ElkNode } from 'elkjs/lib/elk-api';
import { describe, expect, it } from 'vitest';
import { collapsedSize, HIDDEN, LINES, type ElkWithLines } from '../../../src/lib/layout/elkOptions.ts';
import type { Scene, SceneEdge, SceneNode } from '../../../src/lib/layout/scene.ts';
import { toCollapsedElkGraph } from '../../../src/lib/layout/toCollapsedElkGraph.ts';
import type { EdgeKind } from '../../../src/lib/model/types.ts';

const node = (id: string, parent?: string, container = false): SceneNode => ({
  id, kind: container ? 'group' : 'protein', container, parent, depth: 0, name: `name of ${id}`, x: 0, y: 0, w: 80, h: 40,
  label: { lines: [id.toUpperCase()], x: 0, y: 0, w: 300, h: 19 },
});
const edge = (from: string, to: string, kind: EdgeKind = 'promotes', label?: string): SceneEdge => ({
  id: `${from}>${to}`, from, to, kind, points: [],
  ...(label ? { label: { lines: [label], x: 0, y: 0, w: 30, h: 20 } } : {}),
});
// a → g ⊃ { g1, h ⊃ { h1, h2 } } → b
const scene: Scene = {
  diagram: 't', lang: 'en', width: 500, height: 300,
  nodes: [node('a'), node('g', undefined, true), node('g1', 'g'), node('h', 'g', true), node('h1', 'h'), node('h2', 'h'), node('b')],
  edges: [
    edge('a', 'g1', 'promotes', 'x'),
    edge('a', 'h1', 'promotes', 'x'),
    edge('a', 'h2', 'inhibits'),
    edge('h1', 'b'),
    edge('g1', 'h1', 'binds'),
    edge('g', 'b', 'acts-on'),
    edge('h2', 'b', 'promotes', 'y'),
  ],
};
const widths = { g: 40, h: 30 };

/** The graph as plain facts: each node as id, id(+n) for a collapsed one, id[…] for a container. */
function facts(graph: ElkNode) {
  const show = (n: ElkWithLines): string =>
    n[HIDDEN] !== undefined ? `${n.id}(+${n[HIDDEN]})` : n.children?.length ? `${n.id}[${n.children.map(show).join(' ')}]` : n.id;
  const edges = (graph.edges ?? []).map((e) => `${e.id}: ${e.sources[0]}>${e.targets[0]} ${(e.labels?.[0] as ElkWithLines | undefined)?.[LINES]?.join(' ') ?? ''}`.trim());
  return { nodes: (graph.children as ElkWithLines[]).map(show).join(' '), edges };
}

describe('toCollapsedElkGraph', () => {
  it.each([
    {
      collapsed: [],
      nodes: 'a g[g1 h[h1 h2]] b',
      edges: ['a>g1: a>g1 x', 'a>h1: a>h1 x', 'a>h2: a>h2', 'h1>b: h1>b', 'g1>h1: g1>h1', 'g>b: g>b', 'h2>b: h2>b y'],
    },
    {
      // h's elements re-route to h; a>h2 stays apart from a>h1 (another kind); h1>b and h2>b merge,
      // and their labels disagree, so the merged arrow has none.
      collapsed: ['h'],
      nodes: 'a g[g1 h(+2)] b',
      edges: ['a>g1: a>g1 x', 'a>h1: a>h x', 'a>h2: a>h', 'h1>b: h>b', 'g1>h1: g1>h', 'g>b: g>b'],
    },
    {
      // Everything inside g (h included) is hidden; g1>h1 now starts and ends in g: gone.
      collapsed: ['g'],
      nodes: 'a g(+4) b',
      edges: ['a>g1: a>g x', 'a>h2: a>g', 'h1>b: g>b', 'g>b: g>b'],
    },
    { collapsed: ['g', 'h'], nodes: 'a g(+4) b', edges: ['a>g1: a>g x', 'a>h2: a>g', 'h1>b: g>b', 'g>b: g>b'] },
    // Not a group of this scene, or not a group at all: ignored.
    {
      collapsed: ['nope', 'a', 'h1'],
      nodes: 'a g[g1 h[h1 h2]] b',
      edges: ['a>g1: a>g1 x', 'a>h1: a>h1 x', 'a>h2: a>h2', 'h1>b: h1>b', 'g1>h1: g1>h1', 'g>b: g>b', 'h2>b: h2>b y'],
    },
  ])('collapsed $collapsed → $nodes', ({ collapsed, nodes, edges }) => {
    const { graph } = toCollapsedElkGraph(scene, collapsed, widths);
    expect(facts(graph)).toEqual({ nodes, edges });
  });

  it.each([
    [['x', 'x'], 'x'],
    [['x', 'y'], ''],
    [['x', undefined], ''],
  ])('merged arrows labelled %o keep the label %o', (labels, kept) => {
    const s: Scene = { ...scene, edges: [edge('a', 'h1', 'promotes', labels[0]), edge('a', 'h2', 'promotes', labels[1])] };
    expect(facts(toCollapsedElkGraph(s, ['h'], widths).graph).edges).toEqual([`a>h1: a>h ${kept}`.trim()]);
  });

  it('sizes a collapsed group from its measured label, keeps other boxes as laid out', () => {
    const { graph } = toCollapsedElkGraph(scene, ['g'], widths);
    const [a, g] = graph.children as ElkWithLines[];
    expect({ w: g!.width, h: g!.height }).toEqual({ w: collapsedSize(40, 1).width, h: collapsedSize(40, 1).height });
    expect(g![LINES]).toEqual(['G']);
    expect({ w: a!.width, h: a!.height }).toEqual({ w: 80, h: 40 });
  });

  it('mirrors the flow for Persian, like the build-time layout', () => {
    expect(toCollapsedElkGraph(scene, ['h'], widths).graph.layoutOptions?.['elk.direction']).toBe('RIGHT');
    const fa = toCollapsedElkGraph({ ...scene, lang: 'fa' }, ['h'], widths).graph;
    expect(fa.layoutOptions?.['elk.direction']).toBe('LEFT');
    expect((fa.children![1]!.layoutOptions ?? {})['elk.direction']).toBe('LEFT');
  });

  it('packs a container into rows once nothing inside it has an edge any more', () => {
    const noInner: Scene = { ...scene, edges: [edge('a', 'h1'), edge('g', 'b')] };
    const algo = (collapsed: string[]) => toCollapsedElkGraph(noInner, collapsed, widths).graph.children![1]!.layoutOptions?.['elk.algorithm'];
    expect(algo([])).toBeUndefined(); // h1 has an edge: g holds a flow
    expect(algo(['h'])).toBeUndefined(); // now h has it: still a flow
    expect(toCollapsedElkGraph({ ...noInner, edges: [edge('g', 'b')] }, [], widths).graph.children![1]!.layoutOptions?.['elk.algorithm']).toBe('rectpacking');
  });

  it('gives toScene the visible nodes and the re-routed edges', () => {
    const { source } = toCollapsedElkGraph(scene, ['g'], widths);
    expect(source.nodes.map((n) => n.id)).toEqual(['a', 'g', 'b']);
    expect(source.nodes[1]!.label).toEqual({ en: 'name of g' });
    expect(source.edges.map((e) => `${e.from}>${e.to} ${e.kind}`)).toEqual(['a>g promotes', 'a>g inhibits', 'g>b promotes', 'g>b acts-on']);
  });
});
