import * as v from 'valibot';
import { EDGE_KINDS, NODE_KINDS } from './types.ts';

// Shapes of the raw YAML. Meaning (ids resolve, refs exist, no cycles) is checked in parseDiagram.
const text = v.pipe(v.string('must be text'), v.trim(), v.nonEmpty('is empty'));
const bilingual = v.strictObject(
  { en: text, fa: text },
  (issue) => `has an unexpected key '${String(issue.input)}' (only en and fa)`,
);
const id = v.pipe(
  v.string('must be an id'),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single hyphens (e.g. early-endosome)'),
);
const refs = v.array(v.pipe(v.number('must be a number'), v.integer('must be a whole number')), 'must be a list like [19, 21]');

export const NodeSchema = v.strictObject({
  id,
  kind: v.picklist(NODE_KINDS, `must be one of: ${NODE_KINDS.join(', ')}`),
  parent: v.optional(id),
  label: bilingual,
  text: bilingual,
  refs: v.optional(refs),
  note: v.optional(bilingual),
  term: v.optional(id),
});

export const EdgeSchema = v.strictObject({
  from: id,
  to: id,
  kind: v.picklist(EDGE_KINDS, `must be one of: ${EDGE_KINDS.join(', ')}`),
  label: v.optional(bilingual),
  text: v.optional(bilingual),
  refs: v.optional(refs),
});

/** One step of a guided tour: the node or group to focus and what the lecturer says about it. */
export const TourStepSchema = v.strictObject({ focus: id, text: bilingual });

export const DiagramSchema = v.strictObject({
  id,
  order: v.pipe(v.number('must be a number'), v.integer('must be a whole number')),
  title: bilingual,
  /** A tab label of one to three words. */
  short: bilingual,
  summary: bilingual,
  nodes: v.pipe(v.array(v.unknown(), 'must be a list of nodes'), v.minLength(1, 'needs at least one node')),
  edges: v.optional(v.array(v.unknown(), 'must be a list of edges'), []),
  tour: v.optional(v.array(v.unknown(), 'must be a list of steps'), []),
});

export const ReferencesSchema = v.strictObject({
  references: v.array(
    v.strictObject({
      n: v.pipe(v.number(), v.integer(), v.minValue(1)),
      text,
      note: v.optional(bilingual),
    }),
  ),
});

const person = v.strictObject({ fa: text, en: text, equal: v.optional(v.boolean()), affiliations: v.array(v.number()) });
export const ArticleSchema = v.strictObject({
  title: bilingual,
  authors: v.pipe(v.array(person), v.minLength(1)),
  affiliations: v.array(v.strictObject({ n: v.number(), fa: text, en: text })),
  corresponding: v.optional(bilingual),
  journal: bilingual,
  volume: v.number(),
  issue: v.number(),
  year: bilingual,
  pages: text,
  url: v.optional(v.pipe(v.string(), v.url())),
  received: v.optional(bilingual),
  accepted: v.optional(bilingual),
  keywords: v.optional(v.strictObject({ fa: v.array(text), en: v.array(text) })),
  abstract: bilingual,
  note: v.optional(bilingual),
});
