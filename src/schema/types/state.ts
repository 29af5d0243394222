import { EMPTY_PROJECTION } from '../../graph/plan/query.ts';
import { builder } from '../builder.ts';
import { entityNode } from '../node.ts';
import { KindRefs } from '../refs.ts';
import { RELATION_FIELDS } from '../relations.ts';

/** The deprecated `statements` reads what `spokeAt` reads. */
const SPOKE_AT = {
  name: 'statements',
  kinds: null,
  value: {
    plan: 'list' as const,
    relation: RELATION_FIELDS.state.spokeAt.relation,
    projection: EMPTY_PROJECTION,
  },
};

builder.node(KindRefs.state, {
  ...entityNode('state'),
  description: 'A State, keyed by its ISO 3166-1 alpha-3 code; its English name is the UN M49 name.',
  fields: (t) => ({
    iso3: t.exposeString('iso3'),
    m49: t.string({ nullable: true, description: 'UN M49 country code.', resolve: (row) => row.m49 }),
    statements: t.field({
      type: [KindRefs.meeting],
      deprecationReason: 'Use spokeAt, the meetings at which the State spoke.',
      resolve: (row, _args, ctx) => ctx.loaders.field(SPOKE_AT).load(row.key) as never,
    }),
  }),
});
