import Cypher from '@neo4j/cypher-builder';
import neo4j from 'neo4j-driver';
import { INTERNAL_PROPS, LONG_TEXTS } from '../../model/stored.ts';
import type { EdgeFilter, FieldPlan, Page, Projection, ProjectedField } from '../plan/query.ts';
import type { RelationSpec } from '../plan/relation.ts';
import { predicate } from './filters.ts';
import { sortColumns, sortValue } from './order.ts';
import { pathMatches } from './patterns.ts';

/** Where a row keeps what the statement brought for its relation fields, by response name. */
export const RELATED = '_related';
/** Set on a row whose long texts were left out. */
export const TRIMMED = '_trimmed';
/** Where a row of a sorted page keeps its sort values (its cursor is made of them and its key). */
export const SORT = '_sort';

/** What every row has, whatever the selection: the key (loaders, cursors) and kind (type resolution). */
const ALWAYS = ['key', 'kind'];

/**
 * An entity as a row: its properties (those the selected fields read when the plan knows them, else
 * all but the long texts no selected field reads), and under RELATED the answer of every relation field
 * selected on it, planned the same way below.
 */
export function entityRow(m: Cypher.Node, projection: Projection, sort: Cypher.Expr[] = []): Cypher.Expr {
  const extra: Record<string, Cypher.Expr> = {};
  if (projection.props) {
    // Decoding every property of every row is most of a list's cost; a field that reads one left out
    // here fetches the whole entity (src/schema/resolvers.ts).
    extra[TRIMMED] = Cypher.true;
    if (projection.fields.length > 0) extra[RELATED] = relatedMap(m, projection.fields);
    if (sort.length > 0) extra[SORT] = new Cypher.List(sort);
    const props = new Set([...ALWAYS, ...projection.props, ...projection.texts]);
    return new Cypher.MapProjection(m, [...props], extra);
  }
  const left = LONG_TEXTS.filter((text) => !projection.texts.includes(text));
  for (const text of left) extra[text] = Cypher.Null;
  // A field that reads a text left out here fetches the whole entity (src/schema/resolvers.ts).
  if (left.some((text) => !INTERNAL_PROPS.has(text))) extra[TRIMMED] = Cypher.true;
  if (projection.fields.length > 0) extra[RELATED] = relatedMap(m, projection.fields);
  if (sort.length > 0) extra[SORT] = new Cypher.List(sort);
  return new Cypher.MapProjection(m, '*', extra);
}

function relatedMap(m: Cypher.Node, fields: readonly ProjectedField[]): Cypher.Expr {
  const byName = new Map<string, ProjectedField[]>();
  for (const field of fields) byName.set(field.name, [...(byName.get(field.name) ?? []), field]);
  const map: Record<string, Cypher.Expr> = {};
  for (const [name, variants] of byName) {
    const everywhere = variants.find((variant) => variant.kinds === null);
    if (everywhere) {
      map[name] = fieldValue(m, everywhere.value);
      continue;
    }
    // The same response name may stand for different fields on different kinds (fragments on each).
    const choice = new Cypher.Case();
    for (const variant of variants) {
      choice
        .when(Cypher.in(m.property('kind'), new Cypher.Literal([...variant.kinds!])))
        .then(fieldValue(m, variant.value));
    }
    map[name] = choice;
  }
  return new Cypher.Map(map);
}

/**
 * The entities a relation field reaches from `n` over the relationships `edges` allows, each once (UNION
 * across paths), as `m`. No aggregation: Neo4j refuses one inside a subquery of a projected row.
 */
function reached(
  n: Cypher.Node,
  relation: RelationSpec,
  m: Cypher.Node,
  edges: EdgeFilter | null = null,
): Cypher.With {
  const branches = pathMatches(n, relation, m, edges).map(({ pattern, where }) => {
    const match = new Cypher.Match(pattern);
    return where ? match.where(where) : match;
  });
  if (branches.length === 1) return branches[0]!.with(m).distinct();
  return new Cypher.Call(new Cypher.Union(...branches.map((branch) => branch.return(m))), [n]).with(m);
}

/** Every path of the field from `n` to `m`, each as the list of its relationships. */
function pathsBetween(
  n: Cypher.Node,
  relation: RelationSpec,
  m: Cypher.Node,
  edges: EdgeFilter,
): Cypher.Expr {
  const branches = pathMatches(n, relation, m, edges).map(({ pattern, where, steps }) => {
    const match = new Cypher.Match(pattern);
    return (where ? match.where(where) : match).return([steps, 'steps']);
  });
  return new Cypher.Collect(branches.length === 1 ? branches[0]! : new Cypher.Union(...branches).all());
}

/** What a field's plan answers for the entity `n`. */
export function fieldValue(n: Cypher.Node, plan: FieldPlan): Cypher.Expr {
  switch (plan.plan) {
    case 'list': {
      const m = new Cypher.Node();
      const rows = reached(n, plan.relation, m)
        .orderBy([m.property('key'), 'ASC'])
        .return(entityRow(m, plan.projection));
      return new Cypher.Collect(rows);
    }
    case 'relationCount': {
      const m = new Cypher.Node();
      const [match] = pathMatches(n, { paths: [[plan.hop]] }, m, plan.edges);
      const clause = new Cypher.Match(match!.pattern);
      return new Cypher.Count(match!.where ? clause.where(match!.where) : clause);
    }
    case 'connection':
      return connectionValue(n, plan.relation, plan.page, plan.edges, plan.projection, plan.total);
  }
}

/**
 * `{ edges, total }` of a relation connection: a page of the entities reached, in the page's order after
 * its cursor, each with every path that reaches it (its relationships: the edge's provenance).
 */
function connectionValue(
  n: Cypher.Node,
  relation: RelationSpec,
  page: Page,
  edges: EdgeFilter,
  projection: Projection,
  total: boolean,
): Cypher.Expr {
  const m = new Cypher.Node();
  const found = reached(n, relation, m, edges);
  const filtered = page.where ? found.where(predicate(page.where, m)) : found;
  const { variables, orderBy, after } = sortColumns(page.orderBy, m, page.after);
  const sorted = filtered.with(
    m,
    ...page.orderBy.map((order, i): [Cypher.Expr, Cypher.Variable] => [
      sortValue(order.key, m),
      variables[i]!,
    ]),
  );
  const rows = (after ? sorted.where(after) : sorted)
    .orderBy(...orderBy)
    .limit(new Cypher.Param(neo4j.int(page.first + 1)))
    .return(
      new Cypher.Map({
        node: entityRow(m, projection, variables),
        paths: pathsBetween(n, relation, m, edges),
      }),
    );
  const value: Record<string, Cypher.Expr> = { edges: new Cypher.Collect(rows) };
  if (total) {
    const counted = new Cypher.Node();
    const all = reached(n, relation, counted, edges);
    value.total = new Cypher.Count(
      (page.where ? all.where(predicate(page.where, counted)) : all).return(counted),
    );
  }
  return new Cypher.Map(value);
}
