import { builder } from '../builder.ts';
import { PROPERTY_ENUMS } from '../inputs/propertyEnums.ts';
import { entityNode } from '../node.ts';
import { KindRefs } from '../refs.ts';

builder.node(KindRefs.organization, {
  ...entityNode('organization'),
  description:
    'A body: treaty bodies, working and expert groups, UNODC and its branches, regional organizations.',
  fields: (t) => ({
    acronym: t.exposeString('acronym', { nullable: true }),
    orgType: t.field({ type: PROPERTY_ENUMS.organization.orgType!, resolve: (row) => row.orgType }),
  }),
});
