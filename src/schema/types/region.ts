import { builder } from '../builder.ts';
import { entityNode } from '../node.ts';
import { KindRefs } from '../refs.ts';
import { derived, related, stringProp } from '../resolvers.ts';

builder.node(KindRefs.region, {
  ...entityNode('region'),
  description: 'A region the report names, linked to its UN M49 area where one fits.',
  fields: (t) => ({
    m49: t.string({
      nullable: true,
      description: 'UN M49 area code, where one fits.',
      resolve: stringProp('m49'),
    }),
    m49Name: t.string({
      nullable: true,
      description: 'The UN M49 name of that area.',
      resolve: stringProp('m49Name'),
    }),
    networks: t.field({
      type: [KindRefs.network],
      description: 'Networks that cover the region.',
      resolve: related(['COVERS'], 'IN', ['network']),
    }),
    states: t.field({
      type: [KindRefs.state],
      description: 'States of the graph in the region: as the report says, or by UN M49.',
      resolve: derived('regionStates'),
    }),
  }),
});
