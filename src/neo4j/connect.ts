import type { Env } from '../config/env.ts';
import { Database } from './database.ts';
import { ensureBuilt } from './local/build.ts';
import { startLocalNeo4j, type LocalNeo4j } from './local/process.ts';

export interface Connection {
  db: Database;
  /** Present when coopgraph started its own local Neo4j (NEO4J_URI unset). */
  local?: LocalNeo4j;
  close(): Promise<void>;
}

/**
 * Connects to the Neo4j named by NEO4J_URI, or, when it is unset, builds and starts the local embedded
 * Neo4j of `neo4j-local` and connects to that.
 */
export async function connect(env: Env, log: (line: string) => void = console.error): Promise<Connection> {
  let local: LocalNeo4j | undefined;
  let uri = env.NEO4J_URI;
  if (!uri) {
    await ensureBuilt(log);
    local = await startLocalNeo4j({
      boltPort: env.NEO4J_LOCAL_BOLT_PORT,
      dataDir: env.NEO4J_LOCAL_DIR,
      heap: env.NEO4J_LOCAL_HEAP,
      pageCache: env.NEO4J_LOCAL_PAGECACHE,
      startTimeoutMs: env.NEO4J_LOCAL_START_TIMEOUT_MS,
      log,
    });
    uri = local.uri;
  }
  const db = new Database({
    uri,
    username: env.NEO4J_USERNAME,
    password: env.NEO4J_PASSWORD,
    database: env.NEO4J_DATABASE,
    transactionTimeoutMs: env.NEO4J_TRANSACTION_TIMEOUT_MS,
  });
  try {
    await db.waitUntilAvailable(local ? 30_000 : 60_000);
  } catch (error) {
    await db.close();
    await local?.stop();
    throw error;
  }
  return {
    db,
    local,
    async close() {
      await db.close();
      await local?.stop();
    },
  };
}
