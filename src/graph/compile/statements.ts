import Cypher from '@neo4j/cypher-builder';
import neo4j from 'neo4j-driver';
import {
  EMPTY_PROJECTION,
  type ConnectionQuery,
  type GroupPlan,
  type ProjectedField,
  type Projection,
} from '../plan/query.ts';
import { predicate } from './filters.ts';
import { sortColumns, sortValue } from './order.ts';
import { labelsOf, pathMatches } from './patterns.ts';
import { entityRow, fieldValue } from './projection.ts';

/** A statement as the driver takes it. */
export interface Statement {
  cypher: string;
  params: Record<string, unknown>;
}

/**
 * The entities of the connection's kinds that pass its filter, as `n`. `byKey`: the rows are wanted in
 * key order, and a condition on the key (true of every entity) lets Neo4j walk the key's index in that
 * order and stop at the page's end, where a label scan would sort every entity of the kinds.
 */
function matching(query: ConnectionQuery, n: Cypher.Node, byKey = false): Cypher.Match {
  const match = new Cypher.Match(new Cypher.Pattern(n, { labels: labelsOf(query.kinds) }));
  const conditions = [
    query.page.where ? predicate(query.page.where, n) : undefined,
    byKey ? Cypher.isNotNull(n.property('key')) : undefined,
  ].filter((condition) => condition !== undefined);
  return conditions.length > 0 ? match.where(Cypher.and(...conditions)!) : match;
}

/** A page of the connection's entities, in its order, after its cursor, one more than asked for. */
function pageRows(query: ConnectionQuery, out: Cypher.Variable): Cypher.Clause {
  const n = new Cypher.Node();
  const { orderBy: orders, after: cursor, first } = query.page;
  const { variables, orderBy, after } = sortColumns(orders, n, cursor);
  const sorted = matching(query, n, orders.length === 0).with(
    n,
    ...orders.map((order, i): [Cypher.Expr, Cypher.Variable] => [sortValue(order.key, n), variables[i]!]),
  );
  // Rows are made before they are collected: an aggregation may not hold the subqueries of a row.
  const row = new Cypher.Variable();
  return (after ? sorted.where(after) : sorted)
    .with(n, ...variables)
    .orderBy(...orderBy)
    .limit(new Cypher.Param(neo4j.int(first + 1)))
    .with([entityRow(n, query.projection ?? EMPTY_PROJECTION, variables), row])
    .return([Cypher.collect(row), out]);
}

/** `[{ value, count }]` (per property value) or `[{ value, entity, count }]` (per entity reached). */
function groupRows(query: ConnectionQuery, group: GroupPlan, out: Cypher.Variable): Cypher.Clause {
  const n = new Cypher.Node();
  const count = new Cypher.Variable();
  if (group.key.by === 'property') {
    const value = new Cypher.Variable();
    return matching(query, n)
      .with([n.property(group.key.property), value], [Cypher.count(n), count])
      .orderBy([count, 'DESC'], [value, 'ASC'])
      .return([Cypher.collect(new Cypher.Map({ value, count })), out]);
  }
  // Each entity counts once under every entity it reaches, and once under none when it reaches none.
  const m = new Cypher.Node();
  const reached = new Cypher.Variable();
  const branches = pathMatches(n, group.key.relation, m).map(({ pattern }) =>
    new Cypher.Match(pattern).return(m),
  );
  const each = branches.length === 1 ? branches[0]!.distinct() : new Cypher.Union(...branches);
  const noneReached = Cypher.eq(Cypher.size(reached), new Cypher.Literal(0));
  return matching(query, n)
    .with(n, [new Cypher.Collect(each), reached])
    .unwind([
      new Cypher.Case()
        .when(noneReached)
        .then(new Cypher.List([Cypher.Null]))
        .else(reached),
      m,
    ])
    .with(m, [Cypher.count(n), count])
    .orderBy([count, 'DESC'], [m.property('key'), 'ASC'])
    .return([
      Cypher.collect(
        new Cypher.Map({ value: m.property('key'), entity: entityRow(m, EMPTY_PROJECTION), count }),
      ),
      out,
    ]);
}

/**
 * One statement for a root connection: the page (with the relation fields selected on its entities,
 * to any depth), the total count and every group asked for, each in a subquery of its own. Returns one
 * row: `page`, `total`, and `group0`, `group1`… in the order of `query.groups`, each only when asked.
 */
export function connectionStatement(query: ConnectionQuery): Statement {
  const parts: Cypher.Clause[] = [];
  const columns: [Cypher.Variable, string][] = [];
  const part = (name: string, clause: (out: Cypher.Variable) => Cypher.Clause) => {
    const out = new Cypher.Variable();
    parts.push(new Cypher.Call(clause(out), []));
    columns.push([out, name]);
  };
  if (query.projection) part('page', (out) => pageRows(query, out));
  if (query.total) {
    part('total', (out) => {
      const n = new Cypher.Node();
      return matching(query, n).return([Cypher.count(n), out]);
    });
  }
  query.groups.forEach((group, i) => part(`group${i}`, (out) => groupRows(query, group, out)));
  return Cypher.utils.concat(...parts, new Cypher.Return(...columns)).build();
}

/**
 * The answer of one relation field for each of `keys`, for rows that came without it (from a search, a
 * subgraph, a group): one statement for every parent of a batch. Rows: `key`, `value`.
 */
export function fieldStatement(keys: readonly string[], field: ProjectedField): Statement {
  const key = new Cypher.Variable();
  const n = new Cypher.Node();
  return new Cypher.Unwind([new Cypher.Param([...keys]), key])
    .match(new Cypher.Pattern(n, { labels: ['Entity'], properties: { key } }))
    .return([key, 'key'], [fieldValue(n, field.value), 'value'])
    .build();
}

/** Entities by key, with what a selection asks of them. Rows: `key`, `row`. */
export function entitiesStatement(keys: readonly string[], projection: Projection): Statement {
  const key = new Cypher.Variable();
  const n = new Cypher.Node();
  return new Cypher.Unwind([new Cypher.Param([...keys]), key])
    .match(new Cypher.Pattern(n, { labels: ['Entity'], properties: { key } }))
    .return([key, 'key'], [entityRow(n, projection), 'row'])
    .build();
}
