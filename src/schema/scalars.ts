import { builder } from './builder.ts';

/** Arbitrary JSON, for property bags and the `data` of subgraph elements. */
export const JSONScalar = builder.scalarType('JSON', {
  description: 'A JSON value.',
  serialize: (value) => value,
  parseValue: (value) => value,
});
