import Cypher from '@neo4j/cypher-builder';
import { endRows, nodeRow, relRows, type NodeRow, type RelRow } from './projections.ts';
import {
  relationMatcher,
  relationParams,
  relationShape,
  type RelationFilter,
  type RelationShape,
} from './relationFilter.ts';
import { param, statementText, type Statement } from './statement.ts';

export interface ShortestPathQuery {
  from: string;
  to: string;
  /** Most relationships on the path: the validated argument, written into the pattern's quantifier. */
  maxLength: number;
  relations: RelationFilter;
}

export interface ShortestPathRow {
  /** The two ends, null where no entity has the key. */
  from: NodeRow | null;
  to: NodeRow | null;
  nodes: NodeRow[];
  rels: RelRow[];
}

/**
 * The ends and one shortest path between them, every step of it over a relationship the filter allows
 * (the step's predicate is part of the pattern, so it prunes the search rather than filtering what it
 * found). Cypher takes no parameter in a quantifier; the length is an integer checked against the
 * configured limit before it gets here.
 */
export function shortestPathStatement(query: ShortestPathQuery): Statement {
  if (!Number.isInteger(query.maxLength) || query.maxLength < 1) {
    throw new RangeError(`maxLength must be a positive integer (got ${query.maxLength})`);
  }
  return {
    cypher: shortestPathText({
      maxLength: query.maxLength,
      relations: relationShape(query.relations),
      same: query.from === query.to,
    }),
    params: { from: query.from, to: query.to, ...relationParams(query.relations) },
  };
}

interface ShortestPathShape {
  maxLength: number;
  relations: RelationShape;
  /** Both ends are the same key: no walk, the entity alone. */
  same: boolean;
}

const shortestPathText = statementText((shape: ShortestPathShape) => {
  const a = new Cypher.Node();
  const b = new Cypher.Node();
  const r = new Cypher.Relationship();
  const found = new Cypher.Variable();
  const rels = new Cypher.Variable();
  const step = new Cypher.Pattern().related(r, { direction: 'undirected' }).to();
  const allowed = relationMatcher(shape.relations)(r);
  if (allowed) step.where(allowed);
  const search = new Cypher.Match(
    new Cypher.QuantifiedPath(
      new Cypher.Pattern(a),
      step.quantifier({ min: 1, max: shape.maxLength }),
      new Cypher.Pattern(b),
    ),
  )
    .shortest(1)
    .return([r, found]);
  const { clause: projectRels, rows: relList } = relRows(rels);
  const { clause: projectNodes, rows: nodeList } = endRows(rels);
  const end = (node: Cypher.Node, name: string) =>
    new Cypher.OptionalMatch(
      new Cypher.Pattern(node, { labels: ['Entity'], properties: { key: param(name) } }),
    );
  return Cypher.utils.concat(
    end(a, 'from'),
    end(b, 'to'),
    ...(shape.same
      ? [new Cypher.With(a, b, [new Cypher.List([]), rels])]
      : // No path (or an unknown end) leaves the row, with no relationships.
        [
          new Cypher.Call(search, [a, b]).optional(),
          new Cypher.With(a, b, [Cypher.coalesce(found, new Cypher.List([])), rels]),
        ]),
    new Cypher.Call(projectRels, [rels]),
    new Cypher.Call(projectNodes, [rels]),
    new Cypher.Return([nodeRow(a), 'from'], [nodeRow(b), 'to'], [nodeList, 'nodes'], [relList, 'rels']),
  );
});
