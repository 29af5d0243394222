import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReports } from '../../src/load/loadReports.ts';
import { DEFAULT_LIMITS, DEFAULT_OPERATION_LIMITS } from '../../src/schema/limits.ts';
import { createApp } from '../../src/server/app.ts';
import { close, listen } from '../../src/server/http.ts';
import { resetDatabase, testDatabase } from '../helpers/db.ts';

const db = testDatabase();
beforeAll(async () => {
  await resetDatabase(db);
  await loadReports(db, { log: () => undefined });
});
afterAll(() => db.close());

const PAGES = [
  '/entities/network:ejn',
  '/entities/network:ejn.jsonld',
  '/reports/CTOC%2FCOP%2FWG.3%2F2012%2F5',
  '/search?q=EJN',
  '/export/neighborhood.statements.csv?keys=network:ejn',
  '/export/entities.csv',
];

const fetchFrom = (app: ReturnType<typeof createApp>, path: string) =>
  app.fetch(`http://coopgraph.test${path}`);

describe('pages and exports under the API’s settings', () => {
  it('work with the production settings: CSRF prevention on, introspection off, no CORS origin', async () => {
    const app = createApp({
      db,
      csrfPrevention: true,
      introspection: false,
      graphiql: false,
      corsOrigins: [],
    });
    for (const path of PAGES) expect((await fetchFrom(app, path)).status, path).toBe(200);
  });

  it('are held to the API’s limits: under a cost limit too low for their queries they are refused, saying why', async () => {
    const app = createApp({ db, operationLimits: { ...DEFAULT_OPERATION_LIMITS, maxCost: 50 } });
    for (const path of PAGES) {
      const response = await fetchFrom(app, path);
      const text = await response.text();
      expect(response.status, path).toBe(400);
      expect(text, path).toContain('exceeds the limit of 50');
    }
  });

  it('are held to the API’s search limit', async () => {
    const app = createApp({ db, limits: { ...DEFAULT_LIMITS, maxSearchText: 5 } });
    const response = await fetchFrom(app, '/search?q=judicial');
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('at most 5 characters');
  });

  it('count against their client’s budget: a spent budget is a 429 with the API’s Retry-After', async () => {
    // Budgets are per client address: over a real connection.
    const app = createApp({ db, rateLimit: { windowMs: 60_000, requests: 3, cost: 10_000_000 } });
    const { server, port } = await listen(app, 0, '127.0.0.1');
    try {
      const get = (path: string) => fetch(`http://127.0.0.1:${port}${path}`);
      // One operation per entity page: three pages spend the budget of three requests.
      for (let i = 0; i < 3; i++) expect((await get('/entities/network:ejn')).status).toBe(200);
      for (const path of ['/entities/network:ejn', '/entities/network:ejn.jsonld', '/export/entities.csv']) {
        const response = await get(path);
        expect(response.status, path).toBe(429);
        expect(Number(response.headers.get('retry-after')), path).toBeGreaterThan(0);
        expect(await response.text(), path).toContain('requests');
      }
    } finally {
      await close(server);
    }
  });
});
