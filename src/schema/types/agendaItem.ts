import { builder } from '../builder.ts';
import { Lang } from '../enums.ts';
import { entityNode } from '../node.ts';
import { KindRefs } from '../refs.ts';
import { related, stringProp } from '../resolvers.ts';

builder.node(KindRefs.agendaItem, {
  ...entityNode('agendaItem'),
  description: 'An item of a meeting’s agenda, keyed by report and number (`…#1(b)`).',
  fields: (t) => ({
    number: t.string({
      description: 'As the report numbers it, e.g. "1(b)".',
      resolve: (row) => stringProp('number')(row) ?? '',
    }),
    title: t.string({
      args: { lang: t.arg({ type: Lang, defaultValue: 'en' }) },
      resolve: (row, { lang }) => (lang === 'zh' ? row.nameZh : row.nameEn),
    }),
    documents: t.field({
      type: [KindRefs.document],
      description: 'Documents submitted under it.',
      resolve: related(['SUBMITTED_UNDER'], 'IN', ['document']),
    }),
    panellists: t.field({
      type: [KindRefs.person],
      description: 'Panellists who led its discussion.',
      resolve: related(['PANELIST_ON'], 'IN', ['person']),
    }),
    topics: t.field({ type: [KindRefs.topic], resolve: related(['CONCERNS'], 'OUT', ['topic']) }),
  }),
});
