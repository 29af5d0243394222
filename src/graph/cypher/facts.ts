import Cypher from '@neo4j/cypher-builder';
import type { Origin } from '../../model/provenance.ts';
import type { RelationType } from '../../model/relations.ts';
import { luceneTerm } from '../lucene.ts';
import { listOf, sliceTo } from './lists.ts';
import { int, param, statementText, type Statement } from './statement.ts';

/** The full-text index of relationships by the paragraphs that state them (cypher/schema.cypher). */
export const SOURCES_INDEX = 'relationship_sources';

/** A fact's place in its paragraph's list: type, start key, end key, report. Its cursor holds it. */
export type FactPosition = [string, string, string, string];

export interface FactRow {
  type: RelationType;
  from: string;
  to: string;
  origin: Origin | null;
  inferred: string | null;
  sources: string[];
  at: FactPosition;
}

export interface FactsQuery {
  /** Paragraph keys. */
  keys: readonly string[];
  types: readonly RelationType[] | null;
  first: number;
  after: FactPosition | null;
}

export interface FactsRow extends Record<string, unknown> {
  key: string;
  total: number;
  /** Up to `first` + 1 facts after the cursor, in order: one more says there is a next page. */
  page: FactRow[];
}

/**
 * For each paragraph, every relationship whose `sources` hold its key: found by the index term (so the
 * work follows what the paragraph states, not the size of the graph), checked against the list itself,
 * in a stable order; the page after the cursor, and how many there are in all.
 */
export function factsStatement(query: FactsQuery): Statement {
  return {
    cypher: factsText({ types: query.types !== null, after: query.after !== null }),
    params: {
      requests: query.keys.map((key) => ({ key, term: luceneTerm(key) })),
      types: query.types,
      first: int(query.first),
      after: query.after,
    },
  };
}

const factsText = statementText((shape: { types: boolean; after: boolean }) => {
  const request = new Cypher.Variable();
  const r = new Cypher.Relationship();
  const a = new Cypher.Node();
  const b = new Cypher.Node();
  const at = new Cypher.Variable();
  const all = new Cypher.Variable();
  const key = request.property('key');
  const term = new Cypher.Variable();
  const read = new Cypher.With(request, [request.property('term'), term])
    .callProcedure(Cypher.db.index.fulltext.queryRelationships(new Cypher.Literal(SOURCES_INDEX), term))
    .yield(['relationship', r])
    .where(
      Cypher.and(
        Cypher.in(key, r.property('sources')),
        shape.types ? Cypher.in(Cypher.type(r), param('types')) : undefined,
      ),
    )
    .with(r, [Cypher.startNode(r), a], [Cypher.endNode(r), b])
    .with(r, a, b, [
      new Cypher.List([
        Cypher.type(r),
        a.property('key'),
        b.property('key'),
        Cypher.coalesce(r.property('report'), new Cypher.Literal('')),
      ]),
      at,
    ])
    .orderBy(at)
    .with([
      Cypher.collect(
        new Cypher.Map({
          type: Cypher.type(r),
          from: a.property('key'),
          to: b.property('key'),
          origin: r.property('origin'),
          inferred: r.property('inferred'),
          sources: r.property('sources'),
          at,
        } satisfies Record<keyof FactRow, Cypher.Expr>),
      ),
      all,
    ]);
  const after = shape.after
    ? listOf(all, undefined, (fact) => Cypher.gt(fact.property('at'), param('after')))
    : all;
  const page = read.return(
    [Cypher.size(all), 'total'],
    [sliceTo(after, Cypher.plus(param('first'), new Cypher.Literal(1))), 'page'],
  );
  return Cypher.utils.concat(
    new Cypher.Unwind([param('requests'), request]),
    new Cypher.Call(page, [request]).return(
      [key, 'key'],
      new Cypher.NamedVariable('total'),
      new Cypher.NamedVariable('page'),
    ),
  );
});
