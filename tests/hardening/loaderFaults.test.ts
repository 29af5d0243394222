import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadReports } from '../../src/load/loadReports.ts';
import { DEFAULT_REPORTS_DIR } from '../../src/load/reportBundle.ts';
import { testCypher } from '../helpers/cypher.ts';
import { PROJECT_ROOT } from '../../src/neo4j/local/paths.ts';
import { resetDatabase, testDatabase, totals } from '../helpers/db.ts';
import { FIXTURE_REPORTS_DIR, REPORT_SYMBOL, SECOND_SYMBOL } from '../helpers/report.ts';

/**
 * `npm run load` killed with SIGKILL in the middle of its writes (no chance to clean up): every report
 * stays whole, the old version or the new one, and the next load completes.
 */

const CHECK = testCypher('loaded-reports-check');
const LOCK = testCypher('lock-loaded-report');
const BLOCKED = testCypher('blocked-transactions');
const OPEN = testCypher('open-transactions');

interface ReportState {
  symbol: string;
  fingerprint: string;
  loadedAt: string;
  nodes: number;
  usedNodes: number;
  relationships: number;
  reportRelationships: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Each test runs the command line loader, some several times: generous, for a busy machine. */
describe('loader killed mid-load', { timeout: 180_000 }, () => {
  const db = testDatabase();
  const dirs = [DEFAULT_REPORTS_DIR, FIXTURE_REPORTS_DIR];
  let full: Awaited<ReturnType<typeof totals>>;
  let loaded: ReportState[];

  /** The command line loader over both report folders, reloading everything. */
  function startLoader(): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
    const { uri, username, password, database } = inject('neo4j');
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/cli/load.ts', '--force', ...dirs.flatMap((dir) => ['--dir', dir])],
      {
        cwd: PROJECT_ROOT,
        env: {
          ...process.env,
          NEO4J_URI: uri,
          NEO4J_USERNAME: username,
          NEO4J_PASSWORD: password,
          NEO4J_DATABASE: database,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    return { child, output: () => output, exited };
  }

  /** Each report is whole: its marker's counts are what the graph holds for it. */
  async function reportStates(): Promise<ReportState[]> {
    const states = await db.read<ReportState & Record<string, unknown>>(CHECK);
    for (const state of states) {
      expect(state.usedNodes, state.symbol).toBe(state.nodes);
      expect(state.reportRelationships, state.symbol).toBe(state.relationships);
    }
    return states;
  }

  beforeAll(async () => {
    await resetDatabase(db);
    await loadReports(db, { dirs, log: () => undefined });
    full = await totals(db);
    loaded = await reportStates();
    expect(loaded.map((state) => state.symbol)).toEqual([REPORT_SYMBOL, SECOND_SYMBOL]);
  });
  afterAll(() => db.close());

  it('leaves the previous data whole when killed while a report is half written', async () => {
    // Hold the lock of the second report's marker: the load of that report deletes its old
    // relationships, then waits at the marker, half done, until it is killed.
    const session = db.driver.session({ database: db.name });
    const lock = session.beginTransaction();
    try {
      await lock.run(LOCK, { symbol: SECOND_SYMBOL });
      const loader = startLoader();
      const deadline = Date.now() + 60_000;
      for (;;) {
        const blocked = await db.read<{ currentQuery: string }>(BLOCKED);
        if (blocked.length > 0) break;
        if (Date.now() > deadline || loader.child.exitCode !== null) {
          throw new Error(`the load never waited on the lock:\n${loader.output()}`);
        }
        await sleep(50);
      }
      loader.child.kill('SIGKILL');
      expect(await loader.exited).toBeNull();
    } finally {
      await lock.rollback();
      await session.close();
    }

    // Neo4j rolls the dead client's transaction back; nothing of it may commit.
    const deadline = Date.now() + 30_000;
    while ((await db.read(BLOCKED)).length > 0 && Date.now() < deadline) await sleep(100);
    const after = await reportStates();
    const second = after.find((state) => state.symbol === SECOND_SYMBOL)!;
    expect(second).toEqual(loaded.find((state) => state.symbol === SECOND_SYMBOL));
    // The first report, written before in its own transaction, is the old one or the new one.
    const first = after.find((state) => state.symbol === REPORT_SYMBOL)!;
    expect(first.fingerprint).toBe(loaded[0]!.fingerprint);
    expect(await totals(db)).toEqual(full);
  });

  it('leaves every report whole when killed at any moment of a load', async () => {
    for (const delay of [200, 1_200]) {
      const loader = startLoader();
      const deadline = Date.now() + 60_000;
      while (!loader.output().includes('read and checked')) {
        if (Date.now() > deadline || loader.child.exitCode !== null) {
          throw new Error(`the load did not start:\n${loader.output()}`);
        }
        await sleep(20);
      }
      await sleep(delay);
      loader.child.kill('SIGKILL');
      await loader.exited;
      // Neo4j finishes what the dead client had sent on its own time: it runs it and rolls it back, or
      // commits it when the commit had gone out. A read while a commit is being applied may see part
      // of it (Neo4j reads at read-committed isolation), so the check waits until that work is done: a
      // report left torn would still be torn then.
      const settled = Date.now() + 30_000;
      while ((await db.read(OPEN)).length > 0 && Date.now() < settled) await sleep(100);
      const states = await reportStates();
      expect(states.map((state) => [state.symbol, state.fingerprint])).toEqual(
        loaded.map((state) => [state.symbol, state.fingerprint]),
      );
      expect(await totals(db)).toEqual(full);
    }
  });

  it('completes the next load', async () => {
    const loader = startLoader();
    expect(await loader.exited, loader.output()).toBe(0);
    expect(loader.output()).toMatch(/loaded: CTOC\/COP\/WG\.3\/2012\/5, CTOC\/COP\/WG\.3\/2031\/5/);
    const states = await reportStates();
    for (const [i, state] of states.entries()) {
      expect(state.fingerprint).toBe(loaded[i]!.fingerprint);
      expect(state.loadedAt > loaded[i]!.loadedAt).toBe(true);
    }
    expect(await totals(db)).toEqual(full);
  });
});
