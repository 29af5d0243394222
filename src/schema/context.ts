import type { Database, QueryCounter } from '../neo4j/database.ts';
import { createLoaders, type Loaders } from '../graph/loaders.ts';
import type { Limits } from './limits.ts';
import { DEFAULT_LIMITS } from './limits.ts';

/** What every resolver of one request sees. Loaders live here, so they are per request. */
export interface Context {
  db: Database;
  /** The Cypher statements this request has sent so far (reported in `extensions.cypherQueries`). */
  queries: QueryCounter;
  loaders: Loaders;
  limits: Limits;
}

export function createContext(db: Database, limits: Limits = DEFAULT_LIMITS): Context {
  const queries: QueryCounter = { count: 0 };
  return { db, queries, loaders: createLoaders(db, queries), limits };
}

/** Reads for a request go through this, so each one is counted. */
export function read<T extends Record<string, unknown>>(
  ctx: Context,
  query: string,
  params: Record<string, unknown>,
) {
  return ctx.db.read<T>(query, params, ctx.queries);
}
