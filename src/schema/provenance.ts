import type { ArgBuilder } from '@pothos/core';
import type { RelationFilter } from '../graph/cypher/relationFilter.ts';
import { ORIGINS, type Origin } from '../model/provenance.ts';
import type { RelationType } from '../model/relations.ts';
import type { builder } from './builder.ts';
import { RelationOriginEnum } from './enums.ts';

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/** The provenance filters of every field that walks relationships: `origins` and `includeInferred`. */
export const provenanceArgs = (arg: ArgBuilder<Types>) => ({
  origins: arg({
    type: [RelationOriginEnum],
    required: false,
    description: 'Only relationships of these origins (any origin when left out).',
  }),
  includeInferred: arg.boolean({
    defaultValue: true,
    description:
      'false leaves out inferred relationships: those whose sources state them without naming both ends.',
  }),
});

/** The relationship filter of a field's arguments. */
export const relationFilter = (
  types: readonly RelationType[] | null,
  args: { origins?: readonly Origin[] | null; includeInferred?: boolean | null },
): RelationFilter => ({
  types,
  origins: args.origins ?? null,
  includeInferred: args.includeInferred ?? true,
});

/** A stored relationship's origin; one without a known origin is a fault of the data, not an answer. */
export function originOf(props: { origin?: unknown }): Origin {
  const origin = props.origin;
  if (!(ORIGINS as readonly unknown[]).includes(origin)) {
    throw new Error(`a relationship has no known origin (origin: ${JSON.stringify(origin)})`);
  }
  return origin as Origin;
}
