import { builder } from '../builder.ts';
import { Lang } from '../enums.ts';
import { entityNode } from '../node.ts';
import { KindRefs } from '../refs.ts';

builder.node(KindRefs.meeting, {
  ...entityNode('meeting'),
  description: 'A meeting, or a joint discussion held during one.',
  fields: (t) => ({
    startDate: t.exposeString('startDate', { nullable: true, description: 'ISO 8601 date.' }),
    endDate: t.exposeString('endDate', { nullable: true, description: 'ISO 8601 date.' }),
    dates: t.stringList({ description: 'The days it sat (ISO 8601).', resolve: (row) => row.dates ?? [] }),
    ordinal: t.exposeInt('ordinal', { nullable: true, description: 'Which meeting of its body it is.' }),
    venue: t.string({
      nullable: true,
      args: { lang: t.arg({ type: Lang, defaultValue: 'en' }) },
      resolve: (row, { lang }) => (lang === 'zh' ? row.venueZh : row.venue) ?? null,
    }),
  }),
});
