import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReports } from '../../src/load/loadReports.ts';
import { Database } from '../../src/neo4j/database.ts';
import { ensureBuilt } from '../../src/neo4j/local/build.ts';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j/local/process.ts';
import { createApp, type App } from '../../src/server/app.ts';
import { totals } from '../helpers/db.ts';
import { post, send } from '../helpers/app.ts';

/**
 * A Neo4j of this test's own (not the shared test database) is killed while the server takes traffic,
 * then started again on the same port and data directory. The same app and Database object serve
 * throughout: nothing is restarted but Neo4j.
 */

interface Outcome {
  started: number;
  ms: number;
  status: number;
  code: string | undefined;
  message: string | undefined;
}

const QUERIES = [
  '{ entity(key: "network:ejn") { key relations(first: 5) { type other { key } } } }',
  '{ search(text: "judicial network", first: 5) { entity { key } } }',
  '{ neighborhood(keys: ["network:ejn"], depth: 2) { nodes { id } } }',
];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts Neo4j twice: generous, for a busy machine. */
describe('Neo4j outage', { timeout: 180_000 }, () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'coopgraph-outage-'));
  let options: Parameters<typeof startLocalNeo4j>[0];
  let neo4j: LocalNeo4j;
  let db: Database;
  let app: App;

  beforeAll(async () => {
    await ensureBuilt(() => undefined);
    options = {
      boltPort: await freePort(),
      dataDir,
      heap: '512m',
      pageCache: '64m',
      startTimeoutMs: 180_000,
      log: () => undefined,
    };
    neo4j = await startLocalNeo4j(options);
    db = new Database({
      uri: neo4j.uri,
      username: 'neo4j',
      password: '',
      database: 'neo4j',
      transactionTimeoutMs: 5_000,
    });
    await loadReports(db, { log: () => undefined });
    app = createApp({ db, log: () => undefined });
  });
  afterAll(async () => {
    await db?.close();
    // Its data is thrown away: no need to wait for a clean shutdown.
    if (neo4j) {
      try {
        process.kill(neo4j.pid, 'SIGKILL');
      } catch {
        // Already gone (the test killed it and failed before starting it again).
      }
      await neo4j.exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** `clients` loops sending queries until `until()` says stop; every answer is kept. */
  function traffic(clients: number, until: () => boolean): Promise<Outcome[]> {
    const outcomes: Outcome[] = [];
    const client = async (n: number) => {
      for (let i = n; !until(); i += 1) {
        const started = Date.now();
        const answer = await post(app, { query: QUERIES[i % QUERIES.length] });
        const error = answer.body?.errors?.[0];
        outcomes.push({
          started,
          ms: answer.ms,
          status: answer.status,
          code: error?.extensions?.code as string | undefined,
          message: error?.message,
        });
        await sleep(20);
      }
    };
    return Promise.all(Array.from({ length: clients }, (_, n) => client(n))).then(() => outcomes);
  }

  it('fails fast with a clear error while Neo4j is down, and recovers by itself when it is back', async () => {
    const before = await totals(db);
    expect((await send(app, { method: 'GET', url: 'http://coopgraph.test/ready' })).status).toBe(200);
    // Neo4j plans each statement on first use; let that happen before the clock matters.
    for (const query of QUERIES) expect((await post(app, { query })).status).toBe(200);

    // Traffic runs; Neo4j dies under it (SIGKILL: no shutdown, requests in flight).
    let stop = false;
    const running = traffic(6, () => stop);
    await sleep(1_500);
    const killedAt = Date.now();
    process.kill(neo4j.pid, 'SIGKILL');
    await neo4j.exited;
    await sleep(3_000);

    const ready = await send(app, { method: 'GET', url: 'http://coopgraph.test/ready' });
    expect(ready.status).toBe(503);
    expect(ready.ms).toBeLessThan(1_000);
    const health = await send(app, { method: 'GET', url: 'http://coopgraph.test/health' });
    expect(health.status).toBe(200);

    stop = true;
    const during = await running;
    const failed = during.filter((o) => o.status !== 200);
    const answeredBefore = during.filter((o) => o.started + o.ms < killedAt);
    expect(answeredBefore.length).toBeGreaterThan(0);
    expect(answeredBefore.filter((o) => o.status !== 200)).toEqual([]);
    expect(failed.length).toBeGreaterThan(0);
    for (const outcome of failed) {
      expect(outcome).toMatchObject({
        status: 503,
        code: 'DATABASE_UNAVAILABLE',
        message: 'The database is unavailable; try again shortly.',
      });
    }
    // Fail fast: the requests that met the outage gave up within about a second of retries, and once
    // the database is known to be away, at once.
    expect(Math.max(...during.map((o) => o.ms))).toBeLessThan(3_000);
    const settled = failed.filter((o) => o.started > killedAt + 2_000);
    expect(settled.length).toBeGreaterThan(0);
    const times = settled.map((o) => o.ms).sort((a, b) => a - b);
    expect(times[Math.floor(times.length / 2)]).toBeLessThan(200);

    // Neo4j comes back on the same port and data directory; the same app and Database recover.
    neo4j = await startLocalNeo4j(options);
    const back = Date.now();
    let first: Outcome | undefined;
    while (!first || first.status !== 200) {
      expect(Date.now() - back, `still failing: ${JSON.stringify(first)}`).toBeLessThan(10_000);
      const answer = await post(app, { query: QUERIES[0] });
      first = {
        started: Date.now(),
        ms: answer.ms,
        status: answer.status,
        code: undefined,
        message: undefined,
      };
      if (first.status !== 200) await sleep(200);
    }
    // From then on every request is answered: 5 rounds of 4 concurrent clients.
    for (let round = 0; round < 5; round += 1) {
      const answers = await Promise.all([...QUERIES, QUERIES[0]!].map((query) => post(app, { query })));
      expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200]);
    }
    expect((await send(app, { method: 'GET', url: 'http://coopgraph.test/ready' })).status).toBe(200);
    // The crash lost nothing that was committed.
    expect(await totals(db)).toEqual(before);
  });
});
