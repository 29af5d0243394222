import { builder } from '../builder.ts';
import { Lang } from '../enums.ts';
import { entityNode } from '../node.ts';
import { KindRefs } from '../refs.ts';

builder.node(KindRefs.agendaItem, {
  ...entityNode('agendaItem'),
  description: 'An item of a meeting’s agenda, keyed by report and number (`…#1(b)`).',
  fields: (t) => ({
    number: t.exposeString('number', { description: 'As the report numbers it, e.g. "1(b)".' }),
    title: t.string({
      args: { lang: t.arg({ type: Lang, defaultValue: 'en' }) },
      resolve: (row, { lang }) => (lang === 'zh' ? row.nameZh : row.nameEn),
    }),
  }),
});
