import { beforeAll, describe, expect, inject, it } from 'vitest';
import { loadReports } from '../../src/load/loadReports.ts';
import { resetDatabase, testDatabase } from '../helpers/db.ts';
import { describeLoad, runLoad, type LoadReport } from '../../tools/loadRun.ts';

/** The short form of `npm run loadtest`: 50 clients for 10 s over the mix of operations. */
describe('load', () => {
  let report: LoadReport;

  beforeAll(async () => {
    const db = testDatabase();
    try {
      await resetDatabase(db);
      await loadReports(db, { log: () => undefined });
    } finally {
      await db.close();
    }
  });

  it('answers 50 concurrent clients for 10 s without an error, in flat memory', async () => {
    report = await runLoad(inject('neo4j'), { connections: 50, seconds: 10 });
    console.log(describeLoad(report));
    expect(report.requests).toBeGreaterThan(50);
    expect(report.errors).toEqual({ socket: 0, timeouts: 0, non2xx: 0, graphql: 0 });
    // Flat: the heap after GC ends where it started (give or take what caches settle), and the RSS
    // does not run away.
    expect(report.memory.end.heapMb - report.memory.start.heapMb).toBeLessThan(20);
    expect(report.memory.end.rssMb - report.memory.start.rssMb).toBeLessThan(100);
  }, 120_000);
});
