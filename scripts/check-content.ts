import { ContentError, formatProblem } from '../src/lib/model/contentError.ts';
import { loadContent } from '../src/lib/model/loadContent.ts';

/**
 * Validates every file in diagrams/ without building: a lecturer's quick loop.
 * Prints every problem (not just the first) and exits 1 if there is any.
 */
export function main() {
  try {
    const c = loadContent('diagrams');
    const nodes = c.diagrams.reduce((n, d) => n + d.nodes.length, 0);
    const edges = c.diagrams.reduce((n, d) => n + d.edges.length, 0);
    console.log(`content OK: ${c.diagrams.length} diagrams, ${nodes} nodes, ${edges} edges, ${c.references.length} references`);
  } catch (e) {
    if (!(e instanceof ContentError)) throw e;
    console.error(`${e.problems.length} problem${e.problems.length === 1 ? '' : 's'} in diagrams/:`);
    for (const p of e.problems) console.error(`  ${formatProblem(p)}`);
    process.exitCode = 1;
  }
}
