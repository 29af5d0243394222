import { builder } from '../builder.ts';
import { entityNode } from '../node.ts';
import { EntityRef, KindRefs } from '../refs.ts';
import { derived, related, stringProp } from '../resolvers.ts';

builder.node(KindRefs.meeting, {
  ...entityNode('meeting'),
  description: 'A meeting, or a joint discussion held during one.',
  fields: (t) => ({
    startDate: t.string({ nullable: true, description: 'ISO 8601 date.', resolve: stringProp('startDate') }),
    endDate: t.string({ nullable: true, description: 'ISO 8601 date.', resolve: stringProp('endDate') }),
    dates: t.stringList({
      description: 'The days it sat (ISO 8601).',
      resolve: (row) => (Array.isArray(row.dates) ? (row.dates as string[]) : []),
    }),
    venue: t.string({
      nullable: true,
      args: { lang: t.arg({ type: 'String', required: false, description: 'ZH for the Chinese name.' }) },
      resolve: (row, { lang }) => stringProp(lang?.toLowerCase() === 'zh' ? 'venueZh' : 'venue')(row),
    }),
    speakers: t.field({
      type: [EntityRef],
      description: 'States, organizations and networks that spoke.',
      resolve: related(['SPOKE_AT'], 'IN'),
    }),
    observers: t.field({
      type: [EntityRef],
      description: 'Those that attended as observers.',
      resolve: related(['OBSERVER_AT'], 'IN'),
    }),
    agendaItems: t.field({ type: [KindRefs.agendaItem], resolve: derived('meetingAgendaItems') }),
    documents: t.field({
      type: [KindRefs.document],
      description: 'Documents before it and reports on it.',
      resolve: derived('meetingDocuments'),
    }),
    recommendations: t.field({
      type: [KindRefs.recommendation],
      description: 'Recommendations it produced.',
      resolve: related(['PRODUCED'], 'OUT', ['recommendation']),
    }),
    body: t.field({
      type: [EntityRef],
      description: 'The body that met.',
      resolve: related(['MEETING_OF'], 'OUT'),
    }),
    chairs: t.field({ type: [EntityRef], resolve: related(['CHAIRED'], 'IN') }),
  }),
});
