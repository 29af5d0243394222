import Cypher from '@neo4j/cypher-builder';
import type { Origin } from '../../model/provenance.ts';
import type { RelationType } from '../../model/relations.ts';
import { param } from './statement.ts';

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

/** What of a filter shapes a statement: which parts restrict anything. */
export interface RelationShape {
  types: boolean;
  origins: boolean;
  includeInferred: boolean;
}

export const relationShape = (filter: RelationFilter): RelationShape => ({
  types: filter.types !== null,
  origins: filter.origins !== null,
  includeInferred: filter.includeInferred,
});

/** The parameters the filter's predicate reads (`$types`, `$origins`). */
export const relationParams = (filter: RelationFilter) => ({
  types: filter.types,
  origins: filter.origins,
});

/**
 * The filter as a predicate on a relationship variable, for every place a statement walks one; only the
 * parts that restrict anything are written, undefined when nothing does.
 */
export function relationMatcher(shape: RelationShape): (r: Cypher.Variable) => Cypher.Predicate | undefined {
  return (r) =>
    Cypher.and(
      shape.types ? Cypher.in(Cypher.type(r), param('types')) : undefined,
      shape.origins ? Cypher.in(r.property('origin'), param('origins')) : undefined,
      shape.includeInferred ? undefined : Cypher.isNull(r.property('inferred')),
    );
}
