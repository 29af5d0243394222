import Cypher from '@neo4j/cypher-builder';
import type { EntityKind } from '../../model/kinds.ts';
import type { Origin } from '../../model/provenance.ts';
import type { RelationType } from '../../model/relations.ts';

/**
 * What a subgraph shows of an entity and of a relationship. Statements return only this, not every
 * property: paragraphs carry their whole text, which no subgraph shows.
 */
export interface NodeRow {
  key: string;
  kind: EntityKind;
  nameEn: string;
  nameZh: string;
  acronym?: string | null;
  status?: string | null;
}

export interface RelRow {
  type: RelationType;
  from: string;
  to: string;
  sources: string[] | null;
  origin: Origin | null;
  inferred: string | null;
}

const NODE_FIELDS = ['key', 'kind', 'nameEn', 'nameZh', 'acronym', 'status'] satisfies (keyof NodeRow)[];

export const nodeRow = (n: Cypher.Variable) => new Cypher.MapProjection(n, NODE_FIELDS);

/** A relationship with its start `a` and end `b` (variables: the builder reads properties of variables only). */
export const relRow = (r: Cypher.Variable, a: Cypher.Variable, b: Cypher.Variable) =>
  new Cypher.Map({
    type: Cypher.type(r),
    from: a.property('key'),
    to: b.property('key'),
    sources: r.property('sources'),
    origin: r.property('origin'),
    inferred: r.property('inferred'),
  } satisfies Record<keyof RelRow, Cypher.Expr>);

/**
 * The rows of the relationships held in the list `rels`, each distinct once (unwound, their ends named,
 * collected again): a clause to `CALL (rels)`, and the variable it yields.
 */
export function relRows(rels: Cypher.Variable): { clause: Cypher.Clause; rows: Cypher.Variable } {
  const r = new Cypher.Relationship();
  const a = new Cypher.Node();
  const b = new Cypher.Node();
  const rows = new Cypher.Variable();
  const clause = new Cypher.Unwind([rels, r])
    .with(r)
    .distinct()
    .with(r, [Cypher.startNode(r), a], [Cypher.endNode(r), b])
    .return([Cypher.collect(relRow(r, a, b)), rows]);
  return { clause, rows };
}

/** The rows of the entities at either end of the relationships in `rels`, each once: as `relRows`. */
export function endRows(rels: Cypher.Variable): { clause: Cypher.Clause; rows: Cypher.Variable } {
  const r = new Cypher.Relationship();
  const n = new Cypher.Node();
  const rows = new Cypher.Variable();
  const clause = new Cypher.Unwind([rels, r])
    .unwind([new Cypher.List([Cypher.startNode(r), Cypher.endNode(r)]), n])
    .with(n)
    .distinct()
    .return([Cypher.collect(nodeRow(n)), rows]);
  return { clause, rows };
}
