/**
 * The server for the load test, in a process of its own so that its memory is its own: the app over the
 * Neo4j named by NEO4J_URI, on loopback, configured from the environment like `npm start`. The parent
 * asks for `memory` over IPC and gets the RSS and the heap after a full GC (run with --expose-gc), or for
 * a `sample`, the same without the GC.
 */
import { readEnv } from '../src/config/env.ts';
import { Database } from '../src/neo4j/database.ts';
import { configFromEnv, createApp } from '../src/server/app.ts';
import { listen } from '../src/server/http.ts';

export interface MemoryReport {
  type: 'memory';
  rss: number;
  heapUsed: number;
}

const env = readEnv();
const db = new Database({
  uri: env.NEO4J_URI!,
  username: env.NEO4J_USERNAME,
  password: env.NEO4J_PASSWORD,
  database: env.NEO4J_DATABASE,
  transactionTimeoutMs: env.NEO4J_TRANSACTION_TIMEOUT_MS,
});
const app = createApp({ db, ...configFromEnv(env) });
const { port } = await listen(app, 0, '127.0.0.1');
process.send!({ type: 'listening', port });
process.on('message', (message) => {
  if (message !== 'memory' && message !== 'sample') return;
  // A sample during the run leaves the GC alone; the readings at start and end follow a full GC.
  if (message === 'memory') (globalThis as { gc?: () => void }).gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  process.send!({ type: 'memory', rss, heapUsed } satisfies MemoryReport);
});
process.on('disconnect', () => {
  void db.close().finally(() => process.exit(0));
});
