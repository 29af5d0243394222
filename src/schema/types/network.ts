import { builder } from '../builder.ts';
import { PROPERTY_ENUMS } from '../inputs/propertyEnums.ts';
import { entityNode } from '../node.ts';
import { KindRefs } from '../refs.ts';

builder.node(KindRefs.network, {
  ...entityNode('network'),
  description: 'A judicial, prosecutorial or police cooperation network or platform.',
  fields: (t) => ({
    acronym: t.exposeString('acronym', { nullable: true }),
    status: t.field({
      type: PROPERTY_ENUMS.network.status!,
      description: 'ACTIVE, or PLANNED when the report speaks of it as planned.',
      resolve: (row) => row.status,
    }),
    networkType: t.field({ type: PROPERTY_ENUMS.network.networkType!, resolve: (row) => row.networkType }),
  }),
});
