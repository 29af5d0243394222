import Cypher from '@neo4j/cypher-builder';
import type { EntityKind } from '../../model/kinds.ts';
import type { RelationType } from '../../model/relations.ts';
import { sliceTo } from './lists.ts';
import { endRows, nodeRow, relRows, type NodeRow, type RelRow } from './projections.ts';
import {
  relationMatcher,
  relationParams,
  relationShape,
  type RelationFilter,
  type RelationShape,
} from './relationFilter.ts';
import { int, param, statementText, type Statement } from './statement.ts';

/** The kinds a trace starts from. */
export const TRACE_KINDS = ['resolution', 'recommendation'] as const satisfies readonly EntityKind[];

export interface TraceQuery {
  from: string;
  /** Origins and inference of the relationships walked; the types are the trace's own. */
  relations: Omit<RelationFilter, 'types'>;
  /** Most paths read; one more says the answer was cut. */
  pathCap: number;
}

export interface TraceRow {
  /** The entity asked about, null when no entity has the key. */
  start: NodeRow | null;
  nodes: NodeRow[];
  rels: RelRow[];
  truncated: boolean;
}

/** One step of a trace's path: relationship types (any of them), direction, and the kind reached. */
interface Step {
  types: readonly RelationType[];
  direction: 'right' | 'left';
  to?: string;
  length?: { min: number; max: number };
}

const out = (types: RelationType[], to?: string, length?: Step['length']): Step => ({
  types,
  direction: 'right',
  ...(to ? { to } : {}),
  ...(length ? { length } : {}),
});
const back = (types: RelationType[], to: string): Step => ({ types, direction: 'left', to });

/**
 * The paths of a trace, each from the start: from a resolution, the bodies it asked to act, what it led
 * to, the recommendations that came of it, the articles they cite and the articles those are part of;
 * from a recommendation, back to its resolutions (directly or through the meeting that produced it), and
 * what it cites.
 */
const TRACE_PATHS: readonly Step[][] = [
  [out(['REQUESTED', 'LED_TO', 'ISSUED_BY', 'ESTABLISHED', 'CITES'])],
  [out(['LED_TO'], 'Meeting'), out(['PRODUCED'], 'Recommendation')],
  [out(['LED_TO'], 'Meeting'), out(['PRODUCED'], 'Recommendation'), out(['CITES'])],
  [
    out(['LED_TO'], 'Meeting'),
    out(['PRODUCED'], 'Recommendation'),
    out(['CITES'], 'Article'),
    out(['PART_OF'], undefined, { min: 1, max: 2 }),
  ],
  [out(['LED_TO'], 'Recommendation'), out(['CITES'])],
  [out(['CITES'], 'Article'), out(['PART_OF'], undefined, { min: 1, max: 2 })],
  [back(['PRODUCED'], 'Meeting'), back(['LED_TO'], 'Resolution')],
  [back(['LED_TO'], 'Resolution')],
];

/**
 * The trace in one statement: the start (its kind checked there, so that any other kind walks
 * nothing), then every path of TRACE_PATHS whose relationships all pass the filter, cut at `pathCap`,
 * as the relationships and entities they hold.
 */
export function traceStatement(query: TraceQuery): Statement {
  const relations = { ...query.relations, types: null };
  return {
    cypher: traceText(relationShape(relations)),
    params: { from: query.from, pathCap: int(query.pathCap), ...relationParams(relations) },
  };
}

const traceText = statementText((shape: RelationShape) => {
  const s = new Cypher.Node();
  const p = new Cypher.PathVariable();
  const paths = new Cypher.Variable();
  const rels = new Cypher.Variable();
  const truncated = new Cypher.Variable();
  const cap = param('pathCap');
  const allowed = relationMatcher(shape);

  const branches = TRACE_PATHS.map((steps) => {
    let pattern: Cypher.Pattern = new Cypher.Pattern(s);
    for (const step of steps) {
      pattern = pattern
        .related({
          type: Cypher.labelExpr.or(...step.types),
          direction: step.direction,
          ...(step.length ? { length: step.length } : {}),
        })
        .to(step.to ? { labels: [step.to] } : {});
    }
    const match = new Cypher.Match(pattern.assignTo(p));
    const x = new Cypher.Relationship();
    const each = allowed(x);
    if (each) match.where(Cypher.all(x, Cypher.relationships(p), each));
    return match.return(p);
  });
  const walk = new Cypher.With(s)
    .where(Cypher.in(s.property('kind'), new Cypher.Literal([...TRACE_KINDS])))
    .call(new Cypher.Union(...branches), [s])
    .with(p)
    .limit(Cypher.plus(cap, new Cypher.Literal(1)))
    .return([Cypher.collect(p), paths]);
  const kept = new Cypher.PathVariable();
  const r = new Cypher.Relationship();
  const flatten = new Cypher.Unwind([kept, p])
    .unwind([Cypher.relationships(p), r])
    .return([Cypher.collect(r), rels]);

  const { clause: projectRels, rows: relList } = relRows(rels);
  const { clause: projectNodes, rows: nodeList } = endRows(rels);
  return Cypher.utils.concat(
    new Cypher.OptionalMatch(
      new Cypher.Pattern(s, { labels: ['Entity'], properties: { key: param('from') } }),
    ),
    // One row whatever is found: an unknown key or another kind walks nothing.
    new Cypher.Call(walk, [s]),
    new Cypher.With(s, [Cypher.gt(Cypher.size(paths), cap), truncated], [sliceTo(paths, cap), kept]),
    new Cypher.Call(flatten, [kept]),
    new Cypher.Call(projectRels, [rels]),
    new Cypher.Call(projectNodes, [rels]),
    new Cypher.Return(
      [nodeRow(s), 'start'],
      [nodeList, 'nodes'],
      [relList, 'rels'],
      [truncated, 'truncated'],
    ),
  );
});
