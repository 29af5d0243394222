import { builder } from '../builder.ts';
import { Lang } from '../enums.ts';
import { entityNode } from '../node.ts';
import { EntityRef, KindRefs } from '../refs.ts';
import { inLanguage, intProp, related, relatedOne, stringProp } from '../resolvers.ts';

builder.node(KindRefs.paragraph, {
  ...entityNode('paragraph'),
  description: 'A numbered paragraph of a report: the unit every fact of the graph is traced to.',
  fields: (t) => ({
    number: t.int({ resolve: (row) => intProp('number')(row) ?? 0 }),
    report: t.string({
      description: 'Symbol of the report.',
      resolve: (row) => stringProp('report')(row) ?? '',
    }),
    text: t.string({
      nullable: true,
      description:
        'The paragraph: ZH in the report’s words, lead and lettered items, then its footnotes (after their superscript markers) and, for the paragraph that introduces it, the annex table; EN is coopgraph’s own unofficial English rendering of the paragraph, null where there is none. Relation spans index the ZH text.',
      args: { lang: t.arg({ type: Lang, defaultValue: 'zh' }) },
      resolve: inLanguage('textZh', 'textEn'),
    }),
    lines: t.intList({
      description: 'First and last line in the source text file.',
      resolve: (row) => [intProp('lineStart')(row) ?? 0, intProp('lineEnd')(row) ?? 0],
    }),
    section: t.field({
      type: KindRefs.section,
      nullable: true,
      resolve: relatedOne(['PART_OF'], 'OUT', ['section']),
    }),
    mentions: t.field({
      type: [EntityRef],
      description: 'Entities it mentions.',
      resolve: related(['MENTIONS'], 'OUT'),
    }),
    recommendations: t.field({
      type: [KindRefs.recommendation],
      description: 'Its lettered items that are recommendations.',
      resolve: related(['PART_OF'], 'IN', ['recommendation']),
    }),
  }),
});
