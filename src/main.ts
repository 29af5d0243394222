import type { Server } from 'node:http';
import { readEnv, sourceMaps } from './config/env.ts';
import { connect, type Connection } from './neo4j/connect.ts';
import { applySchema } from './neo4j/schema.ts';
import { loadReports } from './load/loadReports.ts';
import { configFromEnv, createApp } from './server/app.ts';
import { close, listen } from './server/http.ts';
import { describeFailure } from './cli/failure.ts';

const log = (line: string) => console.error(line);

let connection: Connection | undefined;
let server: Server | undefined;
let shuttingDown = false;

async function shutdown(reason: string, code: number): Promise<void> {
  if (shuttingDown) return;
  shuttingDown = true;
  log(`coopgraph: ${reason}, shutting down`);
  if (server) await close(server);
  await connection?.close();
  process.exit(code);
}

async function main(): Promise<void> {
  const started = Date.now();
  const env = readEnv();
  // Read before connecting, so that a bad setting (a persisted-operations file) fails at once.
  const config = configFromEnv(env);
  process.setSourceMapsEnabled(sourceMaps(env));
  process.on('SIGINT', () => void shutdown('SIGINT received', 0));
  process.on('SIGTERM', () => void shutdown('SIGTERM received', 0));

  connection = await connect(env, log);
  // A local Neo4j that dies under us leaves nothing to serve.
  void connection.local?.exited.then((code) =>
    shutdown(`the local Neo4j exited unexpectedly (code ${code})`, 1),
  );
  await applySchema(connection.db);
  if (env.COOPGRAPH_LOAD !== 'never') {
    await loadReports(connection.db, { force: env.COOPGRAPH_LOAD === 'always', prune: true, log });
  }
  const app = createApp({ db: connection.db, ...config });
  const listening = await listen(app, env.PORT, env.HOST);
  server = listening.server;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  log(`coopgraph: GraphQL at http://localhost:${listening.port}/graphql (ready in ${seconds} s)`);
  log(`coopgraph: explorer at http://localhost:${listening.port}/explore`);
}

main().catch(async (error: unknown) => {
  log(describeFailure(error));
  await connection?.close().catch(() => undefined);
  process.exit(1);
});
