import type { EdgeKind } from '../model/types.ts';

/** The arrow head of an edge kind: a flat bar for inhibition, an open chevron for structure. */
export function headOf(kind: EdgeKind): 'bar' | 'open' | 'arrow' {
  if (kind === 'inhibits') return 'bar';
  if (kind === 'component' || kind === 'classifies' || kind === 'associated' || kind === 'carries') return 'open';
  return 'arrow';
}
