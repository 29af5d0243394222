import { builder } from '../builder.ts';
import { Lang } from '../enums.ts';
import { entityNode } from '../node.ts';
import { KindRefs } from '../refs.ts';

builder.node(KindRefs.document, {
  ...entityNode('document'),
  description: 'A UN document, keyed by its symbol (the report itself included).',
  fields: (t) => ({
    symbol: t.exposeString('symbol'),
    symbols: t.exposeStringList('symbols', { description: 'The individual symbols of a joint document.' }),
    documentType: t.exposeString('documentType', { nullable: true }),
    title: t.string({
      args: { lang: t.arg({ type: Lang, defaultValue: 'en' }) },
      resolve: (row, { lang }) => (lang === 'zh' ? row.nameZh : row.nameEn),
    }),
    isReport: t.boolean({
      description: 'True for a report loaded into the graph.',
      resolve: (row) => row.isReport === true,
    }),
  }),
});
