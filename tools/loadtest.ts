/**
 * `npm run loadtest`: 50 concurrent clients for 60 s over a mix of the API's operations (LOAD_SECONDS and
 * LOAD_CONNECTIONS change that), against the Neo4j of NEO4J_URI, or else a throwaway local Neo4j with
 * the reports loaded. Prints throughput, latency percentiles, errors and the server's memory.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readEnv } from '../src/config/env.ts';
import { describeFailure } from '../src/cli/failure.ts';
import { loadReports } from '../src/load/loadReports.ts';
import { Database } from '../src/neo4j/database.ts';
import { ensureBuilt } from '../src/neo4j/local/build.ts';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../src/neo4j/local/process.ts';
import { describeLoad, runLoad, type Neo4jTarget } from './loadRun.ts';

async function main(): Promise<void> {
  const env = readEnv();
  const seconds = Number(process.env.LOAD_SECONDS ?? 60);
  const connections = Number(process.env.LOAD_CONNECTIONS ?? 50);
  let local: LocalNeo4j | undefined;
  let dataDir: string | undefined;
  let target: Neo4jTarget;
  if (env.NEO4J_URI) {
    target = {
      uri: env.NEO4J_URI,
      username: env.NEO4J_USERNAME,
      password: env.NEO4J_PASSWORD,
      database: env.NEO4J_DATABASE,
    };
  } else {
    await ensureBuilt();
    dataDir = mkdtempSync(path.join(tmpdir(), 'coopgraph-loadtest-'));
    local = await startLocalNeo4j({
      boltPort: await freePort(),
      dataDir,
      heap: env.NEO4J_LOCAL_HEAP,
      pageCache: env.NEO4J_LOCAL_PAGECACHE,
      startTimeoutMs: env.NEO4J_LOCAL_START_TIMEOUT_MS,
    });
    target = { uri: local.uri, username: 'neo4j', password: '', database: 'neo4j' };
  }
  try {
    const db = new Database(target);
    try {
      await loadReports(db, { log: (line) => console.error(line) });
    } finally {
      await db.close();
    }
    console.error(`coopgraph: ${connections} clients for ${seconds} s…`);
    const report = await runLoad(target, { connections, seconds });
    console.log(describeLoad(report));
    const { errors } = report;
    if (errors.socket + errors.timeouts + errors.non2xx + errors.graphql > 0) process.exitCode = 1;
  } finally {
    await local?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(describeFailure(error));
  process.exit(1);
});
