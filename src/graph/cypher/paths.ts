import Cypher from '@neo4j/cypher-builder';
import { at, sliceTo } from './lists.ts';
import { avoidParams, pathStep, unknownAvoided, walkShape, type Avoid, type WalkShape } from './pathStep.ts';
import { endRows, nodeRow, relRows, type NodeRow, type RelRow } from './projections.ts';
import { relationParams, type RelationFilter } from './relationFilter.ts';
import { int, param, statementText, type Statement } from './statement.ts';

export interface PathsQuery {
  from: string;
  to: string;
  /** Most relationships on a path: the validated argument, written into the pattern's quantifier. */
  maxLength: number;
  /** Most paths answered: the validated argument, written into the path selector. */
  first: number;
  relations: RelationFilter;
  avoid: Avoid;
  /** Most paths read from the search before they are ranked; one more says it was cut. */
  candidates: number;
}

export interface PathRow {
  length: number;
  cost: number;
  nodes: NodeRow[];
  rels: RelRow[];
}

export interface PathsRow {
  from: NodeRow | null;
  to: NodeRow | null;
  /** Ranked: by length, then cost, then the keys along the path. */
  paths: PathRow[];
  /** The search found more than `candidates` paths: a cheaper one of the same length may be missing. */
  truncated: boolean;
  unknownAvoided: string[];
}

/**
 * The cost of passing through an entity: log2(1 + d), d its relationships with other entities, mentions
 * aside (as `relationCount` with every type but MENTIONS counts them). A hop through an entity with d
 * relationships is one choice among d, so its cost is the bits that choice takes; the cost of a path is
 * the sum over its interior entities, the ends being given. A meeting that a hundred States spoke at
 * costs about 6.7, a network with seven relationships 3: several specific hops can cost less than one
 * hub, and no single hub outweighs everything else. d is the entity's, whatever a request walks: how
 * much of a hub it is does not depend on the question, and Neo4j keeps it in its degree store, so a
 * candidate costs a few lookups per entity however many relationships a hub has.
 */
export const COST_FORMULA =
  'the sum over its interior entities of log2(1 + the entity’s relationships, mentions aside)';

/** Relationships that are no hop between entities: paragraphs naming them, and the loader's bookkeeping. */
const NOT_COUNTED = ['MENTIONS', 'USES'] as const;

/**
 * Up to `first` shortest simple paths, in one statement: every path of the `first` shortest lengths
 * (`SHORTEST k GROUPS`, each step pruned by the filter and `avoid` inside the pattern), at most
 * `candidates` of them; those that pass an entity twice are dropped, and paths through the same
 * entities in the same order count once (over the relationships first in type order). Each is costed
 * (COST_FORMULA), then they are ranked by length, cost and keys, and the first `first` kept.
 */
export function pathsStatement(query: PathsQuery): Statement {
  for (const [name, value] of [
    ['maxLength', query.maxLength],
    ['first', query.first],
  ] as const) {
    if (!Number.isInteger(value) || value < 1) {
      throw new RangeError(`${name} must be a positive integer (got ${value})`);
    }
  }
  return {
    cypher: pathsText({
      maxLength: query.maxLength,
      first: query.first,
      walk: walkShape(query.relations, query.avoid),
      same: query.from === query.to,
    }),
    params: {
      from: query.from,
      to: query.to,
      first: int(query.first),
      candidates: int(query.candidates),
      ...relationParams(query.relations),
      ...avoidParams(query.avoid),
    },
  };
}

interface PathsShape {
  maxLength: number;
  first: number;
  walk: WalkShape;
  /** Both ends are the same key: no walk. */
  same: boolean;
}

const pathsText = statementText((shape: PathsShape) => {
  const a = new Cypher.Node();
  const b = new Cypher.Node();
  const found = new Cypher.Variable();
  const truncated = new Cypher.Variable();
  const ranked = new Cypher.Variable();
  const end = (node: Cypher.Node, name: string) =>
    new Cypher.OptionalMatch(
      new Cypher.Pattern(node, { labels: ['Entity'], properties: { key: param(name) } }),
    );
  const tail = shape.same
    ? [new Cypher.With(a, b, [new Cypher.List([]), ranked], [Cypher.false, truncated])]
    : [
        new Cypher.Call(search(shape, a, b, found, truncated), [a, b]),
        new Cypher.Call(rank(a, found, ranked), [a, found]),
      ];
  return Cypher.utils.concat(
    end(a, 'from'),
    end(b, 'to'),
    ...tail,
    new Cypher.Return(
      [nodeRow(a), 'from'],
      [nodeRow(b), 'to'],
      [ranked, 'paths'],
      [truncated, 'truncated'],
      [unknownAvoided(), 'unknownAvoided'],
    ),
  );
});

/**
 * The candidate paths, each as `{ rels, nodes }` (its relationships, and the entities after the start,
 * in order): every path of the `first` shortest lengths, cut at `$candidates`.
 */
function search(
  shape: PathsShape,
  a: Cypher.Node,
  b: Cypher.Node,
  found: Cypher.Variable,
  truncated: Cypher.Variable,
): Cypher.Clause {
  const all = new Cypher.Variable();
  const { step, r, x } = pathStep(shape.walk);
  const candidates = param('candidates');
  return new Cypher.OptionalMatch(
    new Cypher.QuantifiedPath(
      new Cypher.Pattern(a),
      step.quantifier({ min: 1, max: shape.maxLength }),
      new Cypher.Pattern(b),
    ),
  )
    .shortestGroups(shape.first)
    .with(r, x)
    .where(Cypher.isNotNull(r))
    .limit(Cypher.plus(candidates, new Cypher.Literal(1)))
    .with([Cypher.collect(new Cypher.Map({ rels: r, nodes: x })), all])
    .return([sliceTo(all, candidates), found], [Cypher.gt(Cypher.size(all), candidates), truncated]);
}

/** The simple paths among the candidates, once per sequence of entities, costed, ranked, cut at `$first`. */
function rank(a: Cypher.Node, found: Cypher.Variable, ranked: Cypher.Variable): Cypher.Clause {
  const c = new Cypher.Variable();
  const ns = new Cypher.Variable();
  const keys = new Cypher.Variable();
  const types = new Cypher.Variable();
  const best = new Cypher.Variable();
  const cost = new Cypher.Variable();
  const rels = new Cypher.Variable();
  const length = new Cypher.Variable();
  const i = new Cypher.Variable();
  const simple = Cypher.all(
    i,
    Cypher.range(new Cypher.Literal(1), Cypher.minus(Cypher.size(ns), new Cypher.Literal(1))),
    Cypher.not(Cypher.in(at(ns, i), sliceTo(ns, i))),
  );
  const { clause: projectRels, rows: relList } = relRows(rels);
  const { clause: projectNodes, rows: nodeList } = endRows(rels);
  const pick = new Cypher.Unwind([found, c])
    .with(c, [Cypher.plus(new Cypher.List([a]), c.property('nodes')), ns])
    .where(simple)
    .with(
      c,
      [new Cypher.ListComprehension(i).in(ns).map(i.property('key')), keys],
      [new Cypher.ListComprehension(i).in(c.property('rels')).map(Cypher.type(i)), types],
    )
    .orderBy(keys, types)
    .with(keys, [Cypher.head(Cypher.collect(c)), best])
    .call(pathCost(best, cost), [best])
    .with([best.property('rels'), rels], keys, cost)
    .with(rels, [Cypher.size(rels), length], keys, cost)
    .orderBy([length, 'ASC'], [cost, 'ASC'], [keys, 'ASC'])
    .limit(param('first'));
  return Cypher.utils.concat(
    pick,
    new Cypher.Call(projectRels, [rels]),
    new Cypher.Call(projectNodes, [rels]),
    new Cypher.Return([
      Cypher.collect(new Cypher.Map({ length, cost, nodes: nodeList, rels: relList })),
      ranked,
    ]),
  );
}

/**
 * COST_FORMULA for one candidate. Each count is a pattern Neo4j answers from its degree store (all of a
 * node's relationships, those of one type), not by reading the relationships.
 */
function pathCost(path: Cypher.Variable, cost: Cypher.Variable): Cypher.Clause {
  const n = new Cypher.Node();
  const count = (type?: string) =>
    new Cypher.Count(
      new Cypher.Match(
        new Cypher.Pattern(n).related({ direction: 'undirected', ...(type ? { type } : {}) }).to(),
      ),
    );
  const degree = NOT_COUNTED.reduce<Cypher.Expr>((total, type) => Cypher.minus(total, count(type)), count());
  const log2 = (value: Cypher.Expr) => Cypher.divide(Cypher.log(value), Cypher.log(new Cypher.Literal(2)));
  // The entities after the start, but the end.
  const interior = new Cypher.Raw((ctx) => `${ctx.compile(path.property('nodes'))}[..-1]`);
  return new Cypher.Unwind([interior, n]).return([
    Cypher.sum(log2(Cypher.plus(new Cypher.Literal(1), degree))),
    cost,
  ]);
}
