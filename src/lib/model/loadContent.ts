import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as v from 'valibot';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { ContentError, type Problem } from './contentError.ts';
import { parseDiagram } from './parseDiagram.ts';
import { ArticleSchema, ReferencesSchema } from './schema.ts';
import type { Article, Content, Diagram, Reference } from './types.ts';

/** Files in the content folder that are not diagrams. */
export const SPECIAL_FILES = ['article.yaml', 'references.yaml'];

/**
 * Reads and validates every content file in `dir` (Node only: build time and tests).
 * Throws one ContentError listing every problem in every file.
 */
export function loadContent(dir: string, root = process.cwd()): Content {
  const problems: Problem[] = [];
  const rel = (f: string) => relative(root, join(dir, f)) || f;
  const read = (f: string): unknown => {
    try {
      return parseYaml(readFileSync(join(dir, f), 'utf8'));
    } catch (e) {
      const where = e instanceof YAMLParseError && e.linePos ? ` at line ${e.linePos[0].line}` : '';
      problems.push({ file: rel(f), item: 'file', message: `is not valid YAML${where}: ${(e as Error).message.split('\n')[0]}` });
      return undefined;
    }
  };

  let references: Reference[] = [];
  const rawRefs = read('references.yaml');
  if (rawRefs !== undefined) {
    const r = v.safeParse(ReferencesSchema, rawRefs);
    if (!r.success) for (const i of r.issues) problems.push({ file: rel('references.yaml'), item: v.getDotPath(i) ?? 'file', message: i.message });
    else {
      references = r.output.references;
      references.forEach((ref, i) => {
        if (ref.n !== i + 1)
          problems.push({ file: rel('references.yaml'), item: `reference ${ref.n}`, message: `is at position ${i + 1}; number references 1, 2, 3 … in order` });
      });
    }
  }
  const known = new Set(references.map((r) => r.n));

  let article: Article | undefined;
  const rawArticle = read('article.yaml');
  if (rawArticle !== undefined) {
    const a = v.safeParse(ArticleSchema, rawArticle);
    if (!a.success) for (const i of a.issues) problems.push({ file: rel('article.yaml'), item: v.getDotPath(i) ?? 'file', message: i.message });
    else article = a.output;
  }

  const diagrams: Diagram[] = [];
  const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f) && !SPECIAL_FILES.includes(f)).sort();
  if (files.length === 0) problems.push({ file: rel('.'), item: 'folder', message: 'holds no diagram file (*.yaml)' });
  for (const f of files) {
    const raw = read(f);
    if (raw === undefined) continue;
    try {
      diagrams.push(parseDiagram(raw, rel(f), known));
    } catch (e) {
      if (e instanceof ContentError) problems.push(...e.problems);
      else throw e;
    }
  }

  for (const d of diagrams)
    if (d.id === 'overview') problems.push({ file: rel(`${d.id}.yaml`), item: 'diagram', message: 'the id "overview" is the poster\'s title view; choose another id' });
  const orders = new Map<number, string>();
  for (const d of diagrams) {
    const other = orders.get(d.order);
    if (other) problems.push({ file: rel(`${d.id}.yaml`), item: 'diagram', message: `order ${d.order} is also used by "${other}"; give each diagram its own order` });
    orders.set(d.order, d.id);
  }

  if (problems.length || !article) throw new ContentError(problems);
  diagrams.sort((a, b) => a.order - b.order);
  return { article, references, diagrams };
}
