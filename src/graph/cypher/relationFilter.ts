import Cypher from '@neo4j/cypher-builder';
import type { Origin } from '../../model/provenance.ts';
import type { RelationType } from '../../model/relations.ts';

/**
 * Which relationships a query walks: of these types (null: any), of these origins (null: any), and
 * inferred ones too or only those the sources state outright. Relationships store `origin` and, when
 * inferred, `inferred` (the reason).
 */
export interface RelationFilter {
  types: readonly RelationType[] | null;
  origins: readonly Origin[] | null;
  includeInferred: boolean;
}

export const ANY_RELATION: RelationFilter = { types: null, origins: null, includeInferred: true };

/**
 * The filter as a predicate on a relationship variable, for every place a statement walks one (the
 * lists are parameters, sent once). Only the parts that restrict anything are written; undefined when
 * nothing does.
 */
export function relationMatcher(
  filter: RelationFilter,
): (r: Cypher.Variable) => Cypher.Predicate | undefined {
  const types = filter.types ? new Cypher.Param([...filter.types]) : null;
  const origins = filter.origins ? new Cypher.Param([...filter.origins]) : null;
  return (r) =>
    Cypher.and(
      types ? Cypher.in(Cypher.type(r), types) : undefined,
      origins ? Cypher.in(r.property('origin'), origins) : undefined,
      filter.includeInferred ? undefined : Cypher.isNull(r.property('inferred')),
    );
}
