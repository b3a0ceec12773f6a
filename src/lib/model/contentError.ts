/** One located problem in a content file: which file, which item, what is wrong and how to fix it. */
export interface Problem {
  file: string;
  /** e.g. `node "mvb"`, `edge mvb>exosome`, `reference 12`, or `file` for the whole file. */
  item: string;
  message: string;
}

export const formatProblem = (p: Problem) => `${p.file} › ${p.item}: ${p.message}`;

/** Thrown at the load boundary; its message lists every problem found, not just the first. */
export class ContentError extends Error {
  constructor(readonly problems: Problem[]) {
    super(
      `${problems.length} problem${problems.length === 1 ? '' : 's'} in the poster's content:\n` +
        problems.map((p) => `  - ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'ContentError';
  }
}
