import Cypher from '@neo4j/cypher-builder';
import type { EntityKind } from '../../model/kinds.ts';
import { atLeast, isTrue, listOf, sliceFrom, sliceTo } from './lists.ts';
import { nodeRow, relRows, type NodeRow, type RelRow } from './projections.ts';
import {
  relationMatcher,
  relationParams,
  relationShape,
  type RelationFilter,
  type RelationShape,
} from './relationFilter.ts';
import { int, param, statementText, type Statement } from './statement.ts';

export interface NeighborhoodQuery {
  /** Seed keys, each once. */
  keys: readonly string[];
  depth: number;
  relations: RelationFilter;
  /** Kinds the walk may reach (null: any); entities in `exclude` are reached whatever their kind. */
  kinds: readonly EntityKind[] | null;
  /** Most entities returned. */
  limit: number;
  /** Keys the client already shows: neither returned nor walked from, but edges to them are kept. */
  exclude: readonly string[];
}

export interface NeighborhoodRow {
  nodes: NodeRow[];
  rels: RelRow[];
  truncated: boolean;
}

/** Rows one hop may read at most, per entity left in the node budget (edges outnumber nodes). */
export const ROWS_PER_NODE = 8;

interface NeighborhoodShape {
  depth: number;
  relations: RelationShape;
  kinds: boolean;
}

/**
 * The neighbourhood in one statement, breadth first: the seeds, then for each hop the relationships of
 * the frontier in a stable order (start key, type, end key), capped at ROWS_PER_NODE rows per entity
 * left in the budget; the entities first reached there, in that order, join until `limit` is reached,
 * and become the next frontier. A hop that hits a cap ends the walk and marks the answer truncated. Then
 * the relationships among everything found, capped at ROWS_PER_NODE per entity of `limit`.
 */
export function neighborhoodStatement(query: NeighborhoodQuery): Statement {
  // With no relationship type allowed there is nothing to walk.
  const depth = query.relations.types?.length === 0 ? 0 : query.depth;
  return {
    cypher: neighborhoodText({
      depth,
      relations: relationShape(query.relations),
      kinds: query.kinds !== null,
    }),
    params: {
      keys: query.keys,
      exclude: query.exclude,
      kinds: query.kinds,
      limit: int(query.limit),
      ...relationParams(query.relations),
    },
  };
}

const neighborhoodText = statementText((shape: NeighborhoodShape) => {
  const limit = param('limit');
  const exclude = param('exclude');
  const kinds = shape.kinds ? param('kinds') : null;
  const walkable = relationMatcher(shape.relations);

  const found = new Cypher.NamedVariable('found');
  const frontier = new Cypher.NamedVariable('frontier');
  const truncated = new Cypher.NamedVariable('truncated');
  const edges = new Cypher.NamedVariable('edges');

  const seed = new Cypher.Node();
  const key = new Cypher.Variable();
  const clauses: Cypher.Clause[] = [
    new Cypher.Unwind([param('keys'), key])
      .match(new Cypher.Pattern(seed, { labels: ['Entity'], properties: { key } }))
      .with([Cypher.collect(seed), found])
      .with(found, [found, frontier], [Cypher.false, truncated], [new Cypher.List([]), edges]),
  ];
  for (let hop = 0; hop < shape.depth; hop += 1) {
    clauses.push(...hopClauses({ walkable, limit, exclude, kinds, found, frontier, truncated, edges }));
  }
  if (shape.depth > 0) clauses.push(...amongClauses(walkable, limit, found, truncated, edges));
  const { clause: projectRels, rows: rels } = relRows(edges);
  clauses.push(
    new Cypher.Call(projectRels, [edges]).return(
      [listOf(found, (n) => nodeRow(n)), 'nodes'],
      [rels, 'rels'],
      [truncated, 'truncated'],
    ),
  );
  return Cypher.utils.concat(...clauses);
});

type Walkable = ReturnType<typeof relationMatcher>;

/** Rows per entity, as a literal of the statement (it is not a client's value). */
const ROWS = new Cypher.Literal(ROWS_PER_NODE);

interface HopContext {
  walkable: Walkable;
  limit: Cypher.Param;
  exclude: Cypher.Param;
  kinds: Cypher.Param | null;
  found: Cypher.Variable;
  frontier: Cypher.Variable;
  truncated: Cypher.Variable;
  edges: Cypher.Variable;
}

function hopClauses({ walkable, limit, exclude, kinds, found, frontier, truncated, edges }: HopContext) {
  const n = new Cypher.Node();
  const r = new Cypher.Relationship();
  const m = new Cypher.Node();
  const all = new Cypher.Variable();
  const rows = new Cypher.Variable();
  const cut = new Cypher.Variable();
  const room = new Cypher.Variable();

  const reach = Cypher.and(
    walkable(r),
    kinds
      ? Cypher.or(Cypher.in(m.property('kind'), kinds), Cypher.in(m.property('key'), exclude))
      : undefined,
  );
  const rowCap = Cypher.multiply(
    atLeast(Cypher.minus(limit, Cypher.size(found)), new Cypher.Literal(1)),
    ROWS,
  );
  // The frontier's relationships in a stable order, cut at the row cap (one more row says it cut).
  const match = new Cypher.Unwind([frontier, n]).match(
    new Cypher.Pattern(n).related(r, { direction: 'undirected' }).to(m, { labels: ['Entity'] }),
  );
  if (reach) match.where(reach);
  const readHop = match
    .with(n, r, m)
    .orderBy([n.property('key'), 'ASC'], [Cypher.type(r), 'ASC'], [m.property('key'), 'ASC'])
    .with([
      Cypher.collect(
        new Cypher.Map({ r, m, at: new Cypher.List([n.property('key'), Cypher.type(r), m.property('key')]) }),
      ),
      all,
    ])
    .with(all, [rowCap, room])
    .return([sliceTo(all, room), rows], [Cypher.gt(Cypher.size(all), room), cut]);

  // The entities first reached by this hop, in the order of the rows that reach them.
  const row = new Cypher.Variable();
  const other = new Cypher.Node();
  const at = new Cypher.Variable();
  const fresh = new Cypher.Variable();
  const readFresh = new Cypher.Unwind([rows, row])
    .with([row.property('m'), other], [row.property('at'), at])
    .where(
      Cypher.and(Cypher.not(Cypher.in(other.property('key'), exclude)), Cypher.not(Cypher.in(other, found))),
    )
    .with(other, [Cypher.min(at), at])
    .orderBy(at)
    .return([Cypher.collect(other), fresh]);

  const space = new Cypher.Variable();
  const added = new Cypher.Variable();
  const dropped = new Cypher.Variable();
  const kept = listOf(
    rows,
    (item) => item.property('r'),
    (item) => Cypher.not(Cypher.in(item.property('m'), dropped)),
  );
  return [
    new Cypher.Call(readHop, [frontier, found]),
    new Cypher.Call(readFresh, [rows, found]),
    new Cypher.With(
      found,
      edges,
      rows,
      fresh,
      [Cypher.or(isTrue(truncated), isTrue(cut)), truncated],
      [atLeast(Cypher.minus(limit, Cypher.size(found)), new Cypher.Literal(0)), space],
    ),
    new Cypher.With(
      found,
      edges,
      rows,
      [Cypher.or(isTrue(truncated), Cypher.gt(Cypher.size(fresh), space)), truncated],
      [sliceTo(fresh, space), added],
      [sliceFrom(fresh, space), dropped],
    ),
    new Cypher.With(
      [Cypher.plus(found, added), found],
      // A hop that hit a cap ends the walk.
      [new Cypher.Case().when(isTrue(truncated)).then(new Cypher.List([])).else(added), frontier],
      truncated,
      [Cypher.plus(edges, kept), edges],
    ),
  ];
}

/** The relationships among the entities found (each walked from its start), capped. */
function amongClauses(
  walkable: Walkable,
  limit: Cypher.Param,
  found: Cypher.Variable,
  truncated: Cypher.Variable,
  edges: Cypher.Variable,
) {
  const a = new Cypher.Node();
  const r = new Cypher.Relationship();
  const b = new Cypher.Node();
  const among = new Cypher.Variable();
  const edgeCap = Cypher.multiply(limit, ROWS);
  const readAmong = new Cypher.Unwind([found, a])
    .match(new Cypher.Pattern(a).related(r, { direction: 'right' }).to(b, { labels: ['Entity'] }))
    .where(Cypher.and(Cypher.in(b, found), walkable(r)))
    .with(r)
    .limit(Cypher.plus(edgeCap, new Cypher.Literal(1)))
    .return([Cypher.collect(r), among]);
  return [
    new Cypher.Call(readAmong, [found]).with(
      found,
      [Cypher.or(isTrue(truncated), Cypher.gt(Cypher.size(among), edgeCap)), truncated],
      [Cypher.plus(edges, sliceTo(among, edgeCap)), edges],
    ),
  ];
}
