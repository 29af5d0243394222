import { builder } from '../builder.ts';
import { Lang } from '../enums.ts';
import { entityNode } from '../node.ts';
import { EntityRef, KindRefs } from '../refs.ts';
import { related, stringProp } from '../resolvers.ts';

builder.node(KindRefs.document, {
  ...entityNode('document'),
  description: 'A UN document, keyed by its symbol (the report itself included).',
  fields: (t) => ({
    symbol: t.string({ resolve: (row) => stringProp('symbol')(row) ?? '' }),
    symbols: t.stringList({
      description: 'The individual symbols of a joint document.',
      resolve: (row) => (Array.isArray(row.symbols) ? (row.symbols as string[]) : []),
    }),
    title: t.string({
      args: { lang: t.arg({ type: Lang, defaultValue: 'en' }) },
      resolve: (row, { lang }) => (lang === 'zh' ? row.nameZh : row.nameEn),
    }),
    isReport: t.boolean({
      description: 'True for a report loaded into the graph.',
      resolve: (row) => row.isReport === true,
    }),
    agendaItems: t.field({
      type: [KindRefs.agendaItem],
      description: 'Agenda items it was submitted under.',
      resolve: related(['SUBMITTED_UNDER'], 'OUT', ['agendaItem']),
    }),
    meetings: t.field({
      type: [KindRefs.meeting],
      description: 'Meetings it was before, or reports on.',
      resolve: related(['CONSIDERED_AT', 'REPORTS_ON'], 'OUT', ['meeting']),
    }),
    issuedBy: t.field({ type: [EntityRef], resolve: related(['ISSUED_BY'], 'OUT') }),
  }),
});
