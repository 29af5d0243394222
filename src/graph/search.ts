import type { Database, QueryCounter } from '../neo4j/database.ts';
import type { EntityKind } from '../model/kinds.ts';
import { searchStatement } from './cypher/search.ts';
import { toLuceneQuery } from './lucene.ts';
import type { EntityRow } from './rows.ts';

export interface SearchHit {
  entity: EntityRow;
  score: number;
}

/** Ranked entities whose names, aliases or texts match, in English or Chinese. */
export async function searchEntities(
  db: Database,
  counter: QueryCounter,
  text: string,
  kinds: EntityKind[] | null,
  first: number,
): Promise<SearchHit[]> {
  const lucene = toLuceneQuery(text);
  if (lucene === '') return [];
  // Kind filtering happens after the index, so ask it for more candidates than are returned.
  const { cypher, params } = searchStatement({ lucene, kinds, first, candidates: Math.max(first * 4, 50) });
  const rows = await db.read<{ node: EntityRow; score: number }>(cypher, params, counter);
  return rows.map((row) => ({ entity: row.node, score: row.score }));
}
