import { builder } from '../builder.ts';
import { entityNode } from '../node.ts';
import { EntityRef, KindRefs } from '../refs.ts';
import { related, stringProp } from '../resolvers.ts';

const NetworkStatus = builder.enumType('NetworkStatus', {
  values: { ACTIVE: { value: 'active' }, PLANNED: { value: 'planned' } } as const,
});

builder.node(KindRefs.network, {
  ...entityNode('network'),
  description: 'A judicial, prosecutorial or police cooperation network or platform.',
  fields: (t) => ({
    acronym: t.string({ nullable: true, resolve: stringProp('acronym') }),
    status: t.field({
      type: NetworkStatus,
      description: 'ACTIVE, or PLANNED when the report speaks of it as planned.',
      resolve: (row) => (row.status === 'planned' ? 'planned' : 'active'),
    }),
    networkType: t.string({ nullable: true, resolve: stringProp('networkType') }),
    regions: t.field({
      type: [KindRefs.region],
      description: 'Regions the network covers.',
      resolve: related(['COVERS'], 'OUT', ['region']),
    }),
    members: t.field({
      type: [EntityRef],
      description: 'States and bodies that are members or focal points of the network.',
      resolve: related(['MEMBER_OF'], 'IN'),
    }),
    presenters: t.field({
      type: [EntityRef],
      description: 'Who presented the network to the meeting.',
      resolve: related(['PRESENTED'], 'IN'),
    }),
    supporters: t.field({
      type: [EntityRef],
      description: 'Who set up or supports the network.',
      resolve: related(['SUPPORTS', 'ESTABLISHED'], 'IN'),
    }),
    modelledOn: t.field({
      type: [KindRefs.network],
      description: 'Networks this one is modelled on.',
      resolve: related(['MODELLED_ON'], 'OUT', ['network']),
    }),
    models: t.field({
      type: [KindRefs.network],
      description: 'Networks modelled on this one.',
      resolve: related(['MODELLED_ON'], 'IN', ['network']),
    }),
  }),
});
