import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureBuilt } from '../../src/neo4j/local/build.ts';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j/local/process.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: { uri: string; username: string; password: string; database: string; local: boolean };
  }
}

/**
 * Starts a throwaway local Neo4j on a free port with a temporary data directory for the whole test run,
 * or uses the database named by NEO4J_URI when it is set.
 */
export default async function setup(project: TestProject) {
  const env = process.env;
  if (env.NEO4J_URI) {
    project.provide('neo4j', {
      uri: env.NEO4J_URI,
      username: env.NEO4J_USERNAME ?? 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
      database: env.NEO4J_DATABASE ?? 'neo4j',
      local: false,
    });
    return;
  }
  await ensureBuilt();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'coopgraph-test-neo4j-'));
  const local: LocalNeo4j = await startLocalNeo4j({
    boltPort: await freePort(),
    dataDir,
    heap: '1g',
    pageCache: '256m',
    startTimeoutMs: 180_000,
    log: () => undefined,
  });
  project.provide('neo4j', {
    uri: local.uri,
    username: 'neo4j',
    password: '',
    database: 'neo4j',
    local: true,
  });
  return async () => {
    await local.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
