import { builder } from '../builder.ts';
import { Lang } from '../enums.ts';
import { entityNode } from '../node.ts';
import { KindRefs } from '../refs.ts';
import { inLanguage } from '../resolvers.ts';

builder.node(KindRefs.recommendation, {
  ...entityNode('recommendation'),
  description: 'A conclusion or recommendation item of a report, keyed by report and item (`…#37(a)`).',
  fields: (t) => ({
    ref: t.exposeString('ref', { description: 'Paragraph and item, e.g. "37(a)".' }),
    report: t.string({ description: 'Symbol of the report.', resolve: (row) => row.report! }),
    text: t.string({
      nullable: true,
      description:
        'The item’s text: ZH as the report writes it; EN is coopgraph’s own unofficial English rendering, null where there is none.',
      args: { lang: t.arg({ type: Lang, defaultValue: 'zh' }) },
      ...inLanguage('textZh', 'textEn'),
    }),
  }),
});
