import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEnv } from '../../src/config/env.ts';
import { loadReports } from '../../src/load/loadReports.ts';
import { configFromEnv, createApp } from '../../src/server/app.ts';
import { close, listen } from '../../src/server/http.ts';
import { resetDatabase, testDatabase } from '../helpers/db.ts';

/**
 * Per-client budgets over real HTTP: the server on 127.0.0.1, and clients on other loopback addresses
 * (127.0.0.2, …), so that each is a client of its own as the server sees the connection.
 */

const db = testDatabase();
const dir = mkdtempSync(path.join(tmpdir(), 'coopgraph-rate-limit-'));
const servers: Server[] = [];

beforeAll(async () => {
  await resetDatabase(db);
  await loadReports(db, { log: () => undefined });
});
afterAll(async () => {
  await Promise.all(servers.map((server) => close(server)));
  rmSync(dir, { recursive: true, force: true });
  await db.close();
});

/** A production server with these settings on a free port of 127.0.0.1. */
async function serve(env: Record<string, string>): Promise<number> {
  const app = createApp({
    db,
    ...configFromEnv(readEnv({ NODE_ENV: 'production', ...env })),
    log: () => undefined,
  });
  const listening = await listen(app, 0, '127.0.0.1');
  servers.push(listening.server);
  return listening.port;
}

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  text: string;
}

/** One HTTP request from the loopback address `from`. */
function send(
  port: number,
  from: string,
  pathAndQuery: string,
  options: { body?: unknown; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const body = options.body === undefined ? undefined : JSON.stringify(options.body);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        localAddress: from,
        path: pathAndQuery,
        method: body === undefined ? 'GET' : 'POST',
        headers: {
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...options.headers,
        },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => {
          let parsed: Answer['body'] = {};
          try {
            parsed = JSON.parse(text) as Answer['body'];
          } catch {
            // Not JSON: the test looks at the text.
          }
          resolve({ status: response.statusCode!, headers: response.headers, body: parsed, text });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const ENTITY = { query: '{ entity(key: "network:ejn") { key name } }' };
const graphql = (
  port: number,
  from: string,
  headers: Record<string, string> = {},
  payload: unknown = ENTITY,
) => send(port, from, '/graphql', { body: payload, headers });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The refusal every budget gives: 429, Retry-After, and an error naming the budget and its refill. */
function expectRefused(answer: Answer, budget: 'requests' | 'cost', windowSeconds: number) {
  expect(answer.status, answer.text).toBe(429);
  const retryAfter = Number(answer.headers['retry-after']);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(windowSeconds);
  const error = answer.body.errors?.[0];
  expect(error?.message).toMatch(
    new RegExp(`the ${budget} budget of .* is spent; it refills in ${retryAfter} s`),
  );
  expect(error?.extensions).toMatchObject({
    code: 'RATE_LIMITED',
    budget,
    windowSeconds,
    retryAfterSeconds: retryAfter,
  });
  const refillsAt = Date.parse(String(error?.extensions?.refillsAt));
  expect(refillsAt).toBeGreaterThan(Date.now() - 1_000);
  expect(refillsAt).toBeLessThanOrEqual(Date.now() + windowSeconds * 1_000 + 1_000);
  return retryAfter;
}

describe('per-client budgets', () => {
  // Long enough that a busy machine still sends each sequence within one window.
  const WINDOW_S = 8;

  it('refuses a client over its request budget within the window, serves it after, and no other client meanwhile', async () => {
    const port = await serve({
      COOPGRAPH_RATE_LIMIT_WINDOW_MS: String(WINDOW_S * 1000),
      COOPGRAPH_RATE_LIMIT_REQUESTS: '3',
    });
    for (let i = 0; i < 3; i += 1) {
      const answer = await graphql(port, '127.0.0.2');
      expect(answer.status, answer.text).toBe(200);
      expect(answer.body.data).toEqual({ entity: { key: 'network:ejn', name: 'European Judicial Network' } });
    }
    const refused = await graphql(port, '127.0.0.2');
    const retryAfter = expectRefused(refused, 'requests', WINDOW_S);
    expect(refused.body.errors?.[0]?.message).toContain('address 127.0.0.2');
    expect(refused.body.errors?.[0]?.extensions?.limit).toBe(3);
    // Still within the window: refused again; the exports count against the same budget.
    expectRefused(await graphql(port, '127.0.0.2'), 'requests', WINDOW_S);
    const exported = await send(port, '127.0.0.2', '/export/neighborhood.graphml?keys=network:ejn');
    expect(exported.status).toBe(429);
    expect(Number(exported.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(exported.text).toMatch(/requests budget/);
    // Another client is served meanwhile, and health checks are never counted.
    expect((await graphql(port, '127.0.0.3')).status).toBe(200);
    expect((await send(port, '127.0.0.2', '/health')).status).toBe(200);
    expect((await send(port, '127.0.0.2', '/ready')).status).toBe(200);

    await sleep(retryAfter * 1000 + 200);
    const again = await graphql(port, '127.0.0.2');
    expect(again.status, again.text).toBe(200);
    expect(again.body.data).toEqual({ entity: { key: 'network:ejn', name: 'European Judicial Network' } });
  });

  it('charges the estimated cost, and refuses an operation that does not fit in what is left without charging it', async () => {
    const neighborhood = {
      query: '{ neighborhood(keys: ["network:ejn"], limit: 25) { nodes { id kind label } } }',
    };
    const trace = { query: '{ trace(from: "resolution:cop-untoc-5/7") { nodes { id } } }' };
    // Their costs as the server reports them (extensions.cost), from a server without budgets.
    const open = await serve({ COOPGRAPH_RATE_LIMIT: 'false' });
    const costOf = async (payload: unknown) =>
      ((await graphql(open, '127.0.0.4', {}, payload)).body as { extensions?: { cost?: number } }).extensions
        ?.cost ?? 0;
    const big = await costOf(neighborhood);
    const small = await costOf(trace);
    expect(small).toBeGreaterThan(0);
    expect(small).toBeLessThan(big);
    // Room for two neighbourhoods and one trace.
    const budget = 2 * big + small;
    const port = await serve({
      COOPGRAPH_RATE_LIMIT_WINDOW_MS: String(WINDOW_S * 1000),
      COOPGRAPH_MAX_COST: String(budget),
      COOPGRAPH_RATE_LIMIT_COST: String(budget),
    });
    expect((await graphql(port, '127.0.0.4', {}, neighborhood)).status).toBe(200);
    expect((await graphql(port, '127.0.0.4', {}, neighborhood)).status).toBe(200);
    // What is left (the trace's cost) is less than a third neighbourhood costs.
    const refused = await graphql(port, '127.0.0.4', {}, neighborhood);
    expectRefused(refused, 'cost', WINDOW_S);
    expect(refused.body.data).toBeUndefined();
    expect(refused.body.errors?.[0]?.extensions?.limit).toBe(budget);
    // The refused operation cost nothing: what is left still pays for the trace, to the last point.
    const cheap = await graphql(port, '127.0.0.4', {}, trace);
    expect(cheap.status, cheap.text).toBe(200);
    expect(cheap.body.errors).toBeUndefined();
    // Now the budget is spent: any request is refused before it is read.
    expectRefused(await graphql(port, '127.0.0.4', {}, trace), 'cost', WINDOW_S);
    // Another client has its own cost budget.
    expect((await graphql(port, '127.0.0.5', {}, neighborhood)).status).toBe(200);
  });

  it('ignores a forged X-Forwarded-For without trusted proxies, and believes only trusted ones', async () => {
    const plain = await serve({
      COOPGRAPH_RATE_LIMIT_WINDOW_MS: String(WINDOW_S * 1000),
      COOPGRAPH_RATE_LIMIT_REQUESTS: '2',
    });
    // Each request claims another address: all of them are still 127.0.0.6's.
    const claims = ['198.51.100.1', '198.51.100.2', '198.51.100.3'];
    const answers = [];
    for (const claim of claims) answers.push(await graphql(plain, '127.0.0.6', { 'x-forwarded-for': claim }));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 429]);
    expect(answers[2]!.body.errors?.[0]?.message).toContain('address 127.0.0.6');

    // Behind a trusted proxy (127.0.0.7), the client is the address the proxy appended last; what the
    // client itself wrote before it is not believed.
    const proxied = await serve({
      COOPGRAPH_RATE_LIMIT_WINDOW_MS: String(WINDOW_S * 1000),
      COOPGRAPH_RATE_LIMIT_REQUESTS: '2',
      COOPGRAPH_TRUSTED_PROXIES: '127.0.0.7, 10.0.0.0/8',
    });
    const via = (xff: string) => graphql(proxied, '127.0.0.7', { 'x-forwarded-for': xff });
    expect((await via('203.0.113.9')).status).toBe(200);
    expect((await via('203.0.113.9')).status).toBe(200);
    const over = await via('1.2.3.4, 203.0.113.9');
    expect(over.status).toBe(429);
    expect(over.body.errors?.[0]?.message).toContain('address 203.0.113.9');
    // A chain through a second trusted proxy (10.x) still ends at the client.
    expect((await via('203.0.113.9, 10.1.2.3')).status).toBe(429);
    // Another client behind the same proxy has its own budget.
    expect((await via('203.0.113.10')).status).toBe(200);
    // An untrusted peer's header is ignored on this server too.
    const direct = await graphql(proxied, '127.0.0.8', { 'x-forwarded-for': '203.0.113.10' });
    expect(direct.status).toBe(200);
  });

  it('tells clients by API key when a key header is configured, and refuses a key it does not know', async () => {
    const keys = path.join(dir, 'keys.txt');
    writeFileSync(keys, '# one key a line\nalpha-key\nbeta-key\n');
    const port = await serve({
      COOPGRAPH_RATE_LIMIT_WINDOW_MS: String(WINDOW_S * 1000),
      COOPGRAPH_RATE_LIMIT_REQUESTS: '2',
      COOPGRAPH_RATE_LIMIT_KEY_HEADER: 'X-Api-Key',
      COOPGRAPH_RATE_LIMIT_KEYS_FILE: keys,
    });
    const alpha = { 'x-api-key': 'alpha-key' };
    expect((await graphql(port, '127.0.0.9', alpha)).status).toBe(200);
    expect((await graphql(port, '127.0.0.9', alpha)).status).toBe(200);
    const over = await graphql(port, '127.0.0.9', alpha);
    expectRefused(over, 'requests', WINDOW_S);
    expect(over.body.errors?.[0]?.message).toContain('this API key');
    expect(over.text).not.toContain('alpha-key');
    // The same key from another address is the same client; another key, or no key, is another.
    expect((await graphql(port, '127.0.0.10', alpha)).status).toBe(429);
    expect((await graphql(port, '127.0.0.9', { 'x-api-key': 'beta-key' })).status).toBe(200);
    expect((await graphql(port, '127.0.0.9')).status).toBe(200);
    const unknown = await graphql(port, '127.0.0.9', { 'x-api-key': 'made-up' });
    expect(unknown.status).toBe(401);
    expect(unknown.body.errors?.[0]).toMatchObject({
      message: 'the API key in the x-api-key header is not one this server knows',
      extensions: { code: 'UNKNOWN_API_KEY' },
    });
  });
});
