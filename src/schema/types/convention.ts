import { builder } from '../builder.ts';
import { entityNode } from '../node.ts';
import { KindRefs } from '../refs.ts';

builder.node(KindRefs.convention, {
  ...entityNode('convention'),
  description: 'A convention or model treaty.',
  fields: (t) => ({
    acronym: t.exposeString('acronym', { nullable: true }),
    adopted: t.exposeString('adopted', { nullable: true, description: 'Date of adoption (ISO 8601).' }),
  }),
});
