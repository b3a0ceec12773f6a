import type { Scene, SceneNode } from '../layout/scene.ts';

export type ArrowKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown';

/** Where the keyboard "stands" on a node: a container by its label (its top), a node by its centre. */
function anchor(n: SceneNode) {
  return n.container ? { x: n.label.x + n.label.w / 2, y: n.label.y + n.label.h / 2 } : { x: n.x + n.w / 2, y: n.y + n.h / 2 };
}

/**
 * The node an arrow key moves to from `from`, following the diagram's structure:
 * along the flow (→ in English, ← in Persian, as the layout is mirrored) the nearest node an
 * arrow leads to, backwards the nearest node an arrow comes from; otherwise, and for ↑ ↓, the
 * nearest node that way. Containers count by their label, so ↓ from a group's label enters
 * the group and ↑ from its top row leaves it. Undefined when nothing lies that way.
 */
export function neighbour(scene: Scene, from: string, key: ArrowKey, rtl: boolean): string | undefined {
  const here = scene.nodes.find((n) => n.id === from);
  if (!here) return scene.nodes[0]?.id;
  const a = anchor(here);
  const dir = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowDown: [0, 1], ArrowUp: [0, -1] }[key];
  // Score a candidate: distance along the key's direction plus twice the sideways offset.
  const score = (n: SceneNode) => {
    const b = anchor(n);
    const along = (b.x - a.x) * dir[0]! + (b.y - a.y) * dir[1]!;
    const side = Math.abs((b.x - a.x) * dir[1]! + (b.y - a.y) * dir[0]!);
    return along > 1 ? along + 2 * side : Infinity;
  };
  const best = (cands: SceneNode[]) => {
    let top: SceneNode | undefined;
    for (const n of cands) if (n.id !== from && score(n) < (top ? score(top) : Infinity)) top = n;
    return top?.id;
  };
  const horizontal = key === 'ArrowLeft' || key === 'ArrowRight';
  if (horizontal) {
    const forward = (key === 'ArrowRight') !== rtl;
    const ids = new Set(scene.edges.flatMap((e) => (forward ? (e.from === from ? [e.to] : []) : e.to === from ? [e.from] : [])));
    const linked = scene.nodes.filter((n) => ids.has(n.id));
    if (linked.length) {
      // The linked node that lies most that way; if none lies that way (a row wrapped), the nearest.
      const ahead = best(linked);
      if (ahead) return ahead;
      return linked.sort((p, q) => dist(anchor(p), a) - dist(anchor(q), a))[0]!.id;
    }
  }
  // Into a group: ↓ from its label to the nearest of its own nodes.
  if (key === 'ArrowDown' && here.container) {
    const kids = scene.nodes.filter((n) => n.parent === from);
    if (kids.length) return best(kids) ?? kids[0]!.id;
  }
  // Within a group first; ↑ past its top row leaves it onto its label; else anywhere outside.
  const sibling = best(scene.nodes.filter((n) => n.parent === here.parent));
  if (sibling) return sibling;
  if (key === 'ArrowUp' && here.parent) return here.parent;
  const inside = new Set([from]);
  for (const n of scene.nodes) if (n.parent && inside.has(n.parent)) inside.add(n.id);
  return best(scene.nodes.filter((n) => !inside.has(n.id)));
}

const dist = (p: { x: number; y: number }, q: { x: number; y: number }) => Math.hypot(p.x - q.x, p.y - q.y);
