import { builder } from '../builder.ts';
import { PROPERTY_ENUMS } from '../inputs/propertyEnums.ts';
import { entityNode } from '../node.ts';
import { KindRefs } from '../refs.ts';

builder.node(KindRefs.resolution, {
  ...entityNode('resolution'),
  description: 'A decision or resolution of a Conference (e.g. COP resolution 5/7).',
  fields: (t) => ({
    symbol: t.exposeString('symbol', { description: 'Its number, e.g. "5/7".' }),
    // `kind` is Entity.kind (RESOLUTION); whether it is a decision or a resolution is this field.
    resolutionKind: t.field({
      type: PROPERTY_ENUMS.resolution.resolutionKind!,
      resolve: (row) => row.resolutionKind,
    }),
    session: t.int({ nullable: true, resolve: (row) => row.session ?? null }),
    year: t.int({ nullable: true, resolve: (row) => row.year ?? null }),
  }),
});
