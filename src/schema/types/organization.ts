import { builder } from '../builder.ts';
import { entityNode } from '../node.ts';
import { EntityRef, KindRefs } from '../refs.ts';
import { related, stringProp } from '../resolvers.ts';

builder.node(KindRefs.organization, {
  ...entityNode('organization'),
  description:
    'A body: treaty bodies, working and expert groups, UNODC and its branches, regional organizations.',
  fields: (t) => ({
    acronym: t.string({ nullable: true, resolve: stringProp('acronym') }),
    orgType: t.string({ nullable: true, resolve: stringProp('orgType') }),
    parent: t.field({
      type: [EntityRef],
      description: 'What the body is part of.',
      resolve: related(['PART_OF'], 'OUT'),
    }),
    parts: t.field({ type: [EntityRef], description: 'Its parts.', resolve: related(['PART_OF'], 'IN') }),
    networks: t.field({
      type: [KindRefs.network],
      description: 'Networks the body set up or supports.',
      resolve: related(['SUPPORTS', 'ESTABLISHED'], 'OUT', ['network']),
    }),
    requestedBy: t.field({
      type: [EntityRef],
      description: 'Resolutions and recommendations that asked the body to act.',
      resolve: related(['REQUESTED'], 'IN'),
    }),
    addressedBy: t.field({
      type: [KindRefs.recommendation],
      description: 'Recommendations addressed to the body.',
      resolve: related(['ADDRESSES'], 'IN', ['recommendation']),
    }),
  }),
});
