import { builder } from '../builder.ts';
import { entityNode } from '../node.ts';
import { KindRefs } from '../refs.ts';

builder.node(KindRefs.region, {
  ...entityNode('region'),
  description: 'A region the report names, linked to its UN M49 area where one fits.',
  fields: (t) => ({
    m49: t.string({
      nullable: true,
      description: 'UN M49 area code, where one fits.',
      resolve: (row) => row.m49 ?? null,
    }),
    m49Name: t.exposeString('m49Name', { nullable: true, description: 'The UN M49 name of that area.' }),
  }),
});
