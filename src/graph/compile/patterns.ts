import Cypher from '@neo4j/cypher-builder';
import { ENTITY_KINDS, type EntityKind } from '../../model/kinds.ts';
import type { EdgeFilter } from '../plan/query.ts';
import type { Direction, Hop, RelationSpec } from '../plan/relation.ts';

const DIRECTIONS = { OUT: 'right', IN: 'left', BOTH: 'undirected' } as const satisfies Record<
  Direction,
  string
>;

/** The label expression of a node of these kinds: `:Entity` for any (never a loader's bookkeeping node). */
export function labelsOf(kinds: readonly EntityKind[] | null): Cypher.NodePatternOptions['labels'] {
  if (kinds === null) return ['Entity'];
  const labels = kinds.map((kind) => ENTITY_KINDS[kind].label);
  return labels.length === 1 ? labels : Cypher.labelExpr.or(...labels);
}

export interface PathMatch {
  pattern: Cypher.Pattern;
  /** The relationships of the path, in order. */
  rels: Cypher.Relationship[];
  /** Conditions on those relationships (which origins; inferred or not), when any. */
  where: Cypher.Predicate | undefined;
  /** The relationships as an edge shows them: every property, the type, and the keys of both ends. */
  steps: Cypher.Expr;
}

/** A relationship with its type and the keys of its ends, whatever the direction it was walked in. */
function stepMap(
  rel: Cypher.Relationship,
  direction: Direction,
  near: Cypher.Node,
  far: Cypher.Node,
): Cypher.Expr {
  const [from, to] =
    direction === 'OUT'
      ? [near.property('key'), far.property('key')]
      : direction === 'IN'
        ? [far.property('key'), near.property('key')]
        : [
            new Cypher.Case()
              .when(Cypher.eq(Cypher.startNode(rel), near))
              .then(near.property('key'))
              .else(far.property('key')),
            new Cypher.Case()
              .when(Cypher.eq(Cypher.startNode(rel), near))
              .then(far.property('key'))
              .else(near.property('key')),
          ];
  return new Cypher.MapProjection(rel, '*', { type: Cypher.type(rel), from, to });
}

/** The relationships an edge filter allows, as a condition on each one. */
export function edgeCondition(rel: Cypher.Relationship, edges: EdgeFilter): Cypher.Predicate | undefined {
  const conditions: Cypher.Predicate[] = [];
  if (edges.origins) conditions.push(Cypher.in(rel.property('origin'), new Cypher.Param([...edges.origins])));
  if (!edges.includeInferred) conditions.push(Cypher.isNull(rel.property('inferred')));
  return conditions.length > 0 ? Cypher.and(...conditions) : undefined;
}

function stepPattern(from: Cypher.Pattern, step: Hop, rel: Cypher.Relationship, to: Cypher.Node) {
  // No types: a relationship of any type (a count of all of an entity's relationships).
  const type = step.types.length > 0 ? Cypher.labelExpr.or(...step.types) : undefined;
  return from
    .related(rel, { ...(type ? { type } : {}), direction: DIRECTIONS[step.direction] })
    .to(to, { labels: labelsOf(step.kinds) });
}

/** One pattern per path of a relation field, from `n` to `m`. */
export function pathMatches(
  n: Cypher.Node,
  relation: RelationSpec,
  m: Cypher.Node,
  edges: EdgeFilter | null = null,
): PathMatch[] {
  return relation.paths.map((path) => {
    let pattern = new Cypher.Pattern(n);
    const rels: Cypher.Relationship[] = [];
    const steps: Cypher.Expr[] = [];
    let near = n;
    path.forEach((step, index) => {
      const rel = new Cypher.Relationship();
      const far = index === path.length - 1 ? m : new Cypher.Node();
      rels.push(rel);
      steps.push(stepMap(rel, step.direction, near, far));
      pattern = stepPattern(pattern, step, rel, far);
      near = far;
    });
    const conditions = edges ? rels.map((rel) => edgeCondition(rel, edges)) : [];
    return { pattern, rels, where: Cypher.and(...conditions), steps: new Cypher.List(steps) };
  });
}
