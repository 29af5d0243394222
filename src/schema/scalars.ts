import { builder } from './builder.ts';

/** Arbitrary JSON, for property bags and the `data` of subgraph elements. */
export const JSONScalar = builder.scalarType('JSON', {
  description: 'A JSON value.',
  serialize: (value) => value,
  parseValue: (value) => value,
});

/**
 * A property bag with its keys in the order of their names: Neo4j hands properties back in the order
 * its property-name tokens were made, which follows the order of the writes, so the same graph could
 * otherwise answer with another order after another load.
 */
export function inNameOrder(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
