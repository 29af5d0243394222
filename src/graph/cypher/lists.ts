import Cypher from '@neo4j/cypher-builder';

/**
 * `list[..end]` and `list[start..]` for bounds that are expressions: the builder's `listRange` takes
 * literal numbers only. Both parts are compiled by the builder (parameters stay parameters).
 */
export const sliceTo = (list: Cypher.Expr, end: Cypher.Expr): Cypher.Expr =>
  new Cypher.Raw((ctx) => `${ctx.compile(list)}[..${ctx.compile(end)}]`);

export const sliceFrom = (list: Cypher.Expr, start: Cypher.Expr): Cypher.Expr =>
  new Cypher.Raw((ctx) => `${ctx.compile(list)}[${ctx.compile(start)}..]`);

/** `[x IN list WHERE keep(x) | projection(x)]`; the projection defaults to the item itself. */
export function listOf(
  list: Cypher.Expr,
  projection?: (item: Cypher.Variable) => Cypher.Expr,
  keep?: (item: Cypher.Variable) => Cypher.Predicate,
): Cypher.ListComprehension {
  const item = new Cypher.Variable();
  const comprehension = new Cypher.ListComprehension(item).in(list);
  if (keep) comprehension.where(keep(item));
  if (projection) comprehension.map(projection(item));
  return comprehension;
}

/** The larger of two integers (Cypher 5 has no two-argument max). */
export const atLeast = (value: Cypher.Expr, floor: Cypher.Expr): Cypher.Case =>
  new Cypher.Case().when(Cypher.gt(value, floor)).then(value).else(floor);

/** A boolean variable as a predicate (the builder types variables as values, not as predicates). */
export const isTrue = (flag: Cypher.Variable): Cypher.Predicate => Cypher.eq(flag, Cypher.true);
