import type { Database, QueryCounter } from '../neo4j/database.ts';

/** What every resolver of one request sees. DataLoaders hang off this object, so they live per request. */
export interface Context {
  db: Database;
  /** The Cypher statements this request has sent so far (reported in `extensions.cypherQueries`). */
  queries: QueryCounter;
}

export function createContext(db: Database): Context {
  return { db, queries: { count: 0 } };
}

/** Reads for a request go through this, so each one is counted. */
export function read<T extends Record<string, unknown>>(
  ctx: Context,
  query: string,
  params: Record<string, unknown>,
) {
  return ctx.db.read<T>(query, params, ctx.queries);
}
