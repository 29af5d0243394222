import { builder } from '../builder.ts';
import { Lang } from '../enums.ts';
import { entityNode } from '../node.ts';
import { KindRefs } from '../refs.ts';
import { inLanguage } from '../resolvers.ts';

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
  }),
});
