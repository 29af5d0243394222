import neo4j from 'neo4j-driver';
import { cypher } from '../neo4j/cypher.ts';
import type { Database, QueryCounter } from '../neo4j/database.ts';
import type { EntityKind } from '../model/kinds.ts';
import { toLuceneQuery } from './lucene.ts';
import type { EntityRow } from './rows.ts';

const SEARCH = cypher('search');

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
  const query = toLuceneQuery(text);
  if (query === '') return [];
  const rows = await db.read<{ node: EntityRow; score: number }>(
    SEARCH,
    // Kind filtering happens after the index, so ask it for more candidates than are returned.
    { query, kinds, limit: neo4j.int(first), candidates: neo4j.int(Math.max(first * 4, 50)) },
    counter,
  );
  return rows.map((row) => ({ entity: row.node, score: row.score }));
}
