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
        'The paragraph: ZH in the report’s words; EN is coopgraph’s own unofficial English rendering, null where there is none.',
      args: { lang: t.arg({ type: Lang, defaultValue: 'zh' }) },
      ...inLanguage('textZh', 'textEn'),
    }),
    lines: t.intList({
      description: 'First and last line in the source text file.',
      resolve: (row) => [row.lineStart, row.lineEnd],
    }),
  }),
});
