import Cypher from '@neo4j/cypher-builder';
import type { Cursor, Order, SortKey } from '../plan/query.ts';
import { relatedCount } from './filters.ts';

/** Properties every entity has: never null, so they need no nulls-last flag. */
const NEVER_NULL = new Set(['key', 'nameEnFold', 'nameZh', 'nameEn']);

export function sortValue(key: SortKey, n: Cypher.Node): Cypher.Expr {
  return key.by === 'property' ? n.property(key.property) : relatedCount(n, key.relation);
}

const nullable = (key: SortKey) => key.by === 'property' && !NEVER_NULL.has(key.property);

export interface SortColumns {
  /** One variable per order, bound to its sort value. */
  variables: Cypher.Variable[];
  /** ORDER BY: missing values last in either direction, then key. */
  orderBy: [Cypher.Expr, Cypher.Order][];
  /** The rows after the cursor, in that order. */
  after: Cypher.Predicate | undefined;
}

/**
 * The columns a page is sorted on and, from a cursor (the last row's sort values, then its key), the
 * condition for the rows after it: a keyset, so a page costs the same at any depth. A missing value
 * sorts after every present one, so that the comparison stays total.
 */
export function sortColumns(orders: readonly Order[], n: Cypher.Node, cursor: Cursor | null): SortColumns {
  const variables = orders.map(() => new Cypher.Variable());
  const orderBy: [Cypher.Expr, Cypher.Order][] = [];
  orders.forEach((order, i) => {
    if (nullable(order.key)) orderBy.push([Cypher.isNull(variables[i]!), 'ASC']);
    orderBy.push([variables[i]!, order.direction]);
  });
  const key = n.property('key');
  orderBy.push([key, 'ASC']);
  if (!cursor) return { variables, orderBy, after: undefined };

  const equal: Cypher.Predicate[] = [];
  const branches: Cypher.Predicate[] = [];
  orders.forEach((order, i) => {
    const value = cursor[i];
    const variable = variables[i]!;
    if (value === null || value === undefined) {
      // Nothing sorts after a missing value but the rows that miss it too, by what follows.
      equal.push(Cypher.isNull(variable));
      return;
    }
    const param = new Cypher.Param(value);
    const beyond = order.direction === 'ASC' ? Cypher.gt(variable, param) : Cypher.lt(variable, param);
    const later = nullable(order.key) ? Cypher.or(Cypher.isNull(variable), beyond)! : beyond;
    branches.push(Cypher.and(...equal, later)!);
    equal.push(Cypher.eq(variable, param));
  });
  branches.push(Cypher.and(...equal, Cypher.gt(key, new Cypher.Param(cursor.at(-1))))!);
  return { variables, orderBy, after: Cypher.or(...branches) };
}
