import { builder } from '../builder.ts';
import { entityNode } from '../node.ts';
import { KindRefs } from '../refs.ts';
import { derived, related, stringProp } from '../resolvers.ts';

builder.node(KindRefs.state, {
  ...entityNode('state'),
  description: 'A State, keyed by its ISO 3166-1 alpha-3 code; its English name is the UN M49 name.',
  fields: (t) => ({
    iso3: t.string({ resolve: (row) => stringProp('iso3')(row) ?? '' }),
    m49: t.string({ nullable: true, description: 'UN M49 country code.', resolve: stringProp('m49') }),
    networks: t.field({
      type: [KindRefs.network],
      description: 'Networks the State is a member or focal point of.',
      resolve: related(['MEMBER_OF'], 'OUT', ['network']),
    }),
    regions: t.field({
      type: [KindRefs.region],
      description: 'Regions of the graph the State lies in: as the report says, or by UN M49.',
      resolve: derived('stateRegions'),
    }),
    spokeAt: t.field({
      type: [KindRefs.meeting],
      description: 'Meetings at which the State spoke.',
      resolve: related(['SPOKE_AT'], 'OUT', ['meeting']),
    }),
    statements: t.field({
      type: [KindRefs.meeting],
      deprecationReason: 'Use spokeAt, the meetings at which the State spoke.',
      resolve: related(['SPOKE_AT'], 'OUT', ['meeting']),
    }),
  }),
});
