import { builder } from '../builder.ts';
import { Lang, RelationTypeEnum } from '../enums.ts';
import { checkCount, checkRange, DEFAULT_COUNTS, DEFAULT_LIMITS, MAX_TYPES, range } from '../limits.ts';
import { entityNode } from '../node.ts';
import { KindRefs } from '../refs.ts';
import { inLanguage } from '../resolvers.ts';
import { decodeFactCursor, FactConnection } from './fact.ts';

builder.node(KindRefs.paragraph, {
  ...entityNode('paragraph'),
  description: 'A numbered paragraph of a report: the unit every fact of the graph is traced to.',
  fields: (t) => ({
    number: t.exposeInt('number'),
    report: t.string({ description: 'Symbol of the report.', resolve: (row) => row.report! }),
    text: t.string({
      nullable: true,
      description:
        'The paragraph: ZH in the report’s words, lead and lettered items, then its footnotes (after their superscript markers) and, for the paragraph that introduces it, the annex table; EN is coopgraph’s own unofficial English rendering of the paragraph, null where there is none. Relation spans index the ZH text.',
      args: { lang: t.arg({ type: Lang, defaultValue: 'zh' }) },
      ...inLanguage('textZh', 'textEn'),
    }),
    lines: t.intList({
      description: 'First and last line in the source text file.',
      resolve: (row) => [row.lineStart, row.lineEnd],
    }),
    facts: t.field({
      type: FactConnection,
      description: 'Every relationship whose sources include the paragraph: what the paragraph states.',
      args: {
        types: t.arg({ type: [RelationTypeEnum], required: false, description: 'Only these types.' }),
        first: t.arg.int({
          defaultValue: DEFAULT_COUNTS.relations,
          description: `Page size, ${range(1, DEFAULT_LIMITS.maxRelations)}.`,
        }),
        after: t.arg.string({ required: false, description: 'The endCursor of the previous page.' }),
      },
      resolve: (row, args, ctx) => {
        if (args.types) checkCount('types', args.types, MAX_TYPES);
        return ctx.loaders.facts.load({
          key: row.key,
          args: {
            types: args.types ?? null,
            first: checkRange('first', args.first ?? DEFAULT_COUNTS.relations, 1, ctx.limits.maxRelations),
            after: args.after ? decodeFactCursor(args.after) : null,
          },
        });
      },
    }),
  }),
});
