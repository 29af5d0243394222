import Cypher from '@neo4j/cypher-builder';
import type { EntityKind } from '../../model/kinds.ts';
import { int, param, statementText, type Statement } from './statement.ts';

export interface SearchQuery {
  /** A Lucene query, every character of the user's text escaped (see lucene.ts). */
  lucene: string;
  kinds: readonly EntityKind[] | null;
  first: number;
  /** Hits asked of each index: kinds are filtered after the index, so more than `first`. */
  candidates: number;
}

/**
 * The full-text indexes searched (cypher/schema.cypher) and the weight of a hit in each: a hit on a name,
 * alias, acronym or symbol counts more than a hit in the report's own words.
 */
export const SEARCH_INDEXES = [
  { index: 'entity_search_en', weight: 2 },
  { index: 'entity_search_zh', weight: 2 },
  { index: 'entity_text_en', weight: 0.5 },
  { index: 'entity_text_zh', weight: 0.5 },
] as const;

/** Ranked entities: each index asked, each entity kept once with its best weighted score. */
export function searchStatement(query: SearchQuery): Statement {
  return {
    cypher: searchText({ kinds: query.kinds !== null }),
    params: {
      lucene: query.lucene,
      kinds: query.kinds,
      first: int(query.first),
      candidates: int(query.candidates),
    },
  };
}

const searchText = statementText((shape: { kinds: boolean }) => {
  const node = new Cypher.Node();
  const score = new Cypher.Variable();
  const hits = SEARCH_INDEXES.map(({ index, weight }) => {
    const hit = new Cypher.Variable();
    return Cypher.db.index.fulltext
      .queryNodes(new Cypher.Literal(index), param('lucene'), { limit: param('candidates') })
      .yield(['node', node], ['score', hit])
      .return(node, [Cypher.multiply(hit, new Cypher.Literal(weight)), score]);
  });
  const best = new Cypher.Variable();
  const ranked = new Cypher.Call(new Cypher.Union(...hits).all(), []).with(node, [Cypher.max(score), best]);
  if (shape.kinds) ranked.where(Cypher.in(node.property('kind'), param('kinds')));
  return ranked
    .return([Cypher.properties(node), 'node'], [best, 'score'])
    .orderBy([best, 'DESC'], [node.property('key'), 'ASC'])
    .limit(param('first'));
});
