import type { Server } from 'node:http';
import { afterAll, beforeAll } from 'vitest';
import { loadReports } from '../../src/load/loadReports.ts';
import type { Database } from '../../src/neo4j/database.ts';
import { createApp, type App } from '../../src/server/app.ts';
import { close, listen } from '../../src/server/http.ts';
import { resetDatabase, testDatabase } from '../helpers/db.ts';
import { gql } from '../helpers/graphql.ts';

export const REPORT = 'CTOC/COP/WG.3/2012/5';
/** The report page's canonical path. */
export const REPORT_PATH = '/reports/CTOC%2FCOP%2FWG.3%2F2012%2F5';

/**
 * The report's graph behind the real HTTP server on a free port; `seed` may add to the graph after the
 * load (the hostile entities of the bad-input tests).
 */
export function usePagesServer(seed?: (db: Database) => Promise<void>) {
  const db = testDatabase();
  let app: App | undefined;
  let server: Server | undefined;
  let base = '';
  beforeAll(async () => {
    await resetDatabase(db);
    await loadReports(db, { log: () => undefined });
    if (seed) await seed(db);
    app = createApp({ db });
    const listening = await listen(app, 0, '127.0.0.1');
    server = listening.server;
    base = `http://127.0.0.1:${listening.port}`;
  });
  afterAll(async () => {
    if (server) await close(server);
    await db.close();
  });
  return {
    db,
    url: (pathAndQuery: string) => `${base}${pathAndQuery}`,
    base: () => base,
    query: <T = Record<string, unknown>>(q: string, v: Record<string, unknown> = {}) => gql<T>(app!, q, v),
  };
}

/** A GET with the body as text. */
export async function get(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { headers, redirect: 'manual' });
  return { response, status: response.status, text: await response.text() };
}
