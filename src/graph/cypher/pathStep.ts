import Cypher from '@neo4j/cypher-builder';
import type { EntityKind } from '../../model/kinds.ts';
import { listOf } from './lists.ts';
import { relationMatcher, relationShape, type RelationFilter, type RelationShape } from './relationFilter.ts';
import { param } from './statement.ts';

/** What a path may not pass through: entities by key, and entities of these kinds (its ends excepted). */
export interface Avoid {
  keys: readonly string[];
  kinds: readonly EntityKind[];
}

export const NO_AVOID: Avoid = { keys: [], kinds: [] };

/** What of a walk shapes a path statement: which filters restrict anything. */
export interface WalkShape {
  relations: RelationShape;
  avoidKeys: boolean;
  avoidKinds: boolean;
}

export const walkShape = (relations: RelationFilter, avoid: Avoid): WalkShape => ({
  relations: relationShape(relations),
  avoidKeys: avoid.keys.length > 0,
  avoidKinds: avoid.kinds.length > 0,
});

/** The parameters the step reads besides the relationship filter's (`$avoid`, `$avoidKinds`, `$to`). */
export const avoidParams = (avoid: Avoid) => ({ avoid: avoid.keys, avoidKinds: avoid.kinds });

/**
 * One step of a path, `()-[r]-(x)`, for a quantified path pattern (where `r` and `x` become the lists
 * of the path's relationships and of the entities it reaches, in order): over a relationship the filter
 * allows, to an entity the path may pass through. The predicates sit inside the pattern, so they prune
 * the search rather than filter what it found. The node reached by the last step is the path's end
 * (`$to`), which an avoided kind does not shut out.
 */
export function pathStep(shape: WalkShape): {
  step: Cypher.Pattern;
  r: Cypher.Relationship;
  x: Cypher.Node;
} {
  const r = new Cypher.Relationship();
  const x = new Cypher.Node();
  const key = x.property('key');
  const step = new Cypher.Pattern().related(r, { direction: 'undirected' }).to(x, { labels: ['Entity'] });
  const allowed = Cypher.and(
    relationMatcher(shape.relations)(r),
    shape.avoidKeys ? Cypher.not(Cypher.in(key, param('avoid'))) : undefined,
    shape.avoidKinds
      ? Cypher.or(Cypher.eq(key, param('to')), Cypher.not(Cypher.in(x.property('kind'), param('avoidKinds'))))
      : undefined,
  );
  if (allowed) step.where(allowed);
  return { step, r, x };
}

/** The keys of `$avoid` that no entity has: a request naming one is refused rather than answered. */
export function unknownAvoided(): Cypher.Expr {
  return listOf(param('avoid'), undefined, (key) =>
    Cypher.not(
      new Cypher.Exists(new Cypher.Match(new Cypher.Pattern({ labels: ['Entity'], properties: { key } }))),
    ),
  );
}
