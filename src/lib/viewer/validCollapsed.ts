import type { Scene } from '../layout/scene.ts';

/**
 * The collapsed group ids that make sense for a (build-time) scene: groups of this diagram,
 * each once, and none that would hide `keepVisible` (the node the reader opened: it stays in view).
 * @example validCollapsed(scene, ['escrt', 'mvb', 'nope', 'escrt'], 'tsg101') // [] (tsg101 is inside escrt; mvb is no group)
 */
export function validCollapsed(scene: Scene, ids: readonly string[], keepVisible?: string): string[] {
  const byId = new Map(scene.nodes.map((n) => [n.id, n]));
  const around = new Set<string>();
  for (let p = keepVisible ? byId.get(keepVisible)?.parent : undefined; p; p = byId.get(p)?.parent) around.add(p);
  return [...new Set(ids)].filter((id) => byId.get(id)?.container && !around.has(id));
}
