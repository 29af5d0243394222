import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEnv } from '../../src/config/env.ts';
import { EXCLUDED_BY_DEFAULT } from '../../src/graph/subgraph.ts';
import { configFromEnv, createApp } from '../../src/server/app.ts';
import { close, listen } from '../../src/server/http.ts';
import { useReportApp } from '../helpers/api.ts';
import { testDatabase } from '../helpers/db.ts';
import { launchChromium, openPage, settle, type TestBrowser } from './browser.ts';

/** The explorer asks within the limits the server has in force, whatever they are set to. */
const LIMITS = { COOPGRAPH_MAX_PATH_LENGTH: '12', COOPGRAPH_MAX_RELATIONS: '120', COOPGRAPH_MAX_KEYS: '1' };

useReportApp();
const db = testDatabase();
let server: Server | undefined;
let base = '';
let browser: TestBrowser;

beforeAll(async () => {
  const app = createApp({ db, ...configFromEnv(readEnv(LIMITS)), log: () => undefined });
  const listening = await listen(app, 0, '127.0.0.1');
  server = listening.server;
  base = `http://127.0.0.1:${listening.port}`;
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  if (server) await close(server);
  await db.close();
});

describe('the explorer under configured limits', () => {
  it('asks paths, relations and exports within the limits in force', async () => {
    const { page, errors } = await openPage(
      browser,
      `${base}/explore?focus=network:ejn&expand=network:refco`,
    );
    const asked: { operationName?: string; variables: Record<string, unknown> }[] = [];
    page.on('request', (request) => {
      const body = request.postData();
      if (request.url().endsWith('/graphql') && body) {
        const { query, variables } = JSON.parse(body) as {
          query: string;
          variables: Record<string, unknown>;
        };
        asked.push({ operationName: /query (\w+)/.exec(query)?.[1], variables });
      }
    });

    expect(await page.evaluate(() => [...window.explorer.view.hiddenTypes])).toEqual([
      ...EXCLUDED_BY_DEFAULT,
    ]);
    await page.evaluate(() => window.explorer.shortestPath('network:ejn', 'network:refco'));
    await page.evaluate(() => window.explorer.select('network:ejn'));
    await settle(page);

    const variables = (name: string) => asked.filter((a) => a.operationName === name).map((a) => a.variables);
    expect(variables('ExplorerShortestPath')).toEqual([expect.objectContaining({ maxLength: 12 })]);
    expect(variables('ExplorerDetails')).toEqual([expect.objectContaining({ first: 120 })]);
    // Two entities are open; the export link names as many as the server takes.
    const href = await page.locator('#export-http-graphml').getAttribute('href');
    expect(new URL(href!, base).searchParams.get('keys')!.split(',')).toHaveLength(1);
    expect(errors).toEqual([]);
  });
});
