import { builder } from '../builder.ts';
import { entityNode } from '../node.ts';
import { EntityRef, KindRefs } from '../refs.ts';
import { related } from '../resolvers.ts';

builder.node(KindRefs.person, {
  ...entityNode('person'),
  description: 'A person the report names (names.zh as the report writes it, often in Latin script).',
  fields: (t) => ({
    affiliations: t.field({
      type: [EntityRef],
      description: 'The States or organizations the person is from.',
      resolve: related(['AFFILIATED_WITH'], 'OUT'),
    }),
    presented: t.field({
      type: [EntityRef],
      description: 'What the person presented.',
      resolve: related(['PRESENTED'], 'OUT'),
    }),
    panellistOn: t.field({
      type: [KindRefs.agendaItem],
      resolve: related(['PANELIST_ON'], 'OUT', ['agendaItem']),
    }),
  }),
});
