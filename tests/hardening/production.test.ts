import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, readEnv, sourceMaps } from '../../src/config/env.ts';
import { loadReports } from '../../src/load/loadReports.ts';
import { schema } from '../../src/schema/index.ts';
import { configFromEnv, createApp, type App } from '../../src/server/app.ts';
import { resetDatabase, testDatabase } from '../helpers/db.ts';
import { GRAPHQL_URL, NORMAL_QUERY, post, send, stubDatabase } from '../helpers/app.ts';

/** NODE_ENV=production, and the settings that change what it offers. */

const db = testDatabase();
const dir = mkdtempSync(path.join(tmpdir(), 'coopgraph-production-'));
const lines: string[] = [];

/** An app configured from these environment variables on top of NODE_ENV=production. */
function productionApp(env: Record<string, string> = {}, database = db): App {
  return createApp({
    db: database,
    ...configFromEnv(readEnv({ NODE_ENV: 'production', ...env })),
    log: (line) => lines.push(line),
  });
}

const logged = (requestId: string) =>
  lines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((l) => l.requestId === requestId);

beforeAll(async () => {
  await resetDatabase(db);
  await loadReports(db, { log: () => undefined });
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await db.close();
});

describe('production defaults', () => {
  const app = productionApp();

  it('answers GraphQL over POST as usual', async () => {
    const answer = await post(app, { query: NORMAL_QUERY });
    expect(answer.status).toBe(200);
    expect(answer.body?.errors).toBeUndefined();
  });

  it('refuses introspection', async () => {
    for (const query of ['{ __schema { types { name } } }', '{ __type(name: "Query") { name } }']) {
      const answer = await post(app, { query });
      expect(answer.body?.errors?.[0]?.message).toMatch(/GraphQL introspection has been disabled/);
      expect(answer.body?.data).toBeUndefined();
    }
    // __typename is not introspection of the schema, and clients rely on it.
    expect((await post(app, { query: '{ __typename }' })).body?.data).toEqual({ __typename: 'Query' });
  });

  it('serves no GraphiQL', async () => {
    const answer = await send(app, { method: 'GET', headers: { accept: 'text/html' } });
    expect(answer.headers.get('content-type') ?? '').not.toMatch(/text\/html/);
    expect(answer.text).not.toMatch(/graphiql/i);
  });

  it('does not suggest field names (they would spell the schema out)', async () => {
    const answer = await post(app, { query: '{ entity(key: "network:ejn") { kee } }' });
    expect(answer.body?.errors?.[0]?.message).toMatch(/Cannot query field "kee"/);
    expect(answer.text).not.toMatch(/Did you mean/);
  });

  it('requires the CSRF header on GET and on form posts, not on JSON posts', async () => {
    const url = `${GRAPHQL_URL}?query=${encodeURIComponent('{ database { edition } }')}`;
    const bare = await send(app, { method: 'GET', url });
    expect(bare.status).toBe(403);
    expect(bare.body?.errors?.[0]?.message).toMatch(/Required CSRF header/);
    const withHeader = await send(app, { method: 'GET', url, headers: { 'x-graphql-yoga-csrf': '1' } });
    expect(withHeader.status).toBe(200);
    expect(withHeader.body?.data).toEqual({ database: { edition: 'community' } });
    const form = await send(app, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `query=${encodeURIComponent('{ database { edition } }')}`,
    });
    expect(form.status).toBe(403);
  });

  it('sends no CORS headers unless origins are configured (same origin only)', async () => {
    const answer = await post(app, { query: NORMAL_QUERY }, { origin: 'https://elsewhere.example' });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses a body over 100 kB with 413, with or without a Content-Length', async () => {
    const big = JSON.stringify({ query: `{ database { version } } # ${'x'.repeat(100_000)}` });
    const declared = await post(app, big);
    expect(declared.status).toBe(413);
    expect(declared.body?.errors?.[0]?.message).toMatch(/Request body too large/);
    const chunks = [big.slice(0, 50_000), big.slice(50_000)].map((chunk) => new TextEncoder().encode(chunk));
    const streamed = await send(app, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: new ReadableStream({
        pull(controller) {
          const chunk = chunks.shift();
          if (chunk) controller.enqueue(chunk);
          else controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect([400, 413]).toContain(streamed.status);
    expect(streamed.body?.errors?.[0]?.message).toMatch(/too large/i);
    // Just under the limit is fine.
    const fits = await post(app, { query: `{ database { edition } } # ${'x'.repeat(99_000)}` });
    expect(fits.status).toBe(200);
  });

  it('echoes the request id and writes one JSON log line per request', async () => {
    const answer = await post(
      app,
      { query: 'query Probe { entity(key: "network:ejn") { key relations(first: 2) { type } } }' },
      { 'x-request-id': 'probe-42' },
    );
    expect(answer.headers.get('x-request-id')).toBe('probe-42');
    const [line, ...more] = logged('probe-42');
    expect(more).toEqual([]);
    expect(line).toMatchObject({
      level: 'info',
      msg: 'request',
      requestId: 'probe-42',
      method: 'POST',
      path: '/graphql',
      operationName: 'Probe',
      status: 200,
      cypherQueries: 2,
    });
    expect(typeof line!.durationMs).toBe('number');
    expect(Date.parse(line!.time as string)).not.toBeNaN();

    // No id, or one that is not plain: a fresh one is made up.
    for (const given of [undefined, 'has spaces in it', 'x'.repeat(200)]) {
      const other = await post(app, { query: NORMAL_QUERY }, given ? { 'x-request-id': given } : {});
      const id = other.headers.get('x-request-id')!;
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(logged(id)).toHaveLength(1);
    }

    // Refused requests are logged too, with the codes of their errors.
    await post(app, { query: '{ nope }' }, { 'x-request-id': 'refused-1' });
    expect(logged('refused-1')[0]).toMatchObject({ status: 200, errors: ['GRAPHQL_VALIDATION_FAILED'] });
  });

  it('has no Mutation or Subscription type, and no other endpoint that writes', async () => {
    expect(schema.getMutationType()).toBeUndefined();
    expect(schema.getSubscriptionType()).toBeUndefined();
    for (const url of ['http://coopgraph.test/reload', 'http://coopgraph.test/load']) {
      const answer = await send(app, {
        method: 'POST',
        url,
        headers: { 'content-type': 'application/json' },
      });
      expect(answer.status).toBe(404);
    }
  });
});

describe('production error masking', () => {
  const failing = (error: Error) =>
    productionApp(
      {},
      stubDatabase(async () => {
        throw error;
      }),
    );

  it('masks an unexpected error and logs it, with no internals in the answer', async () => {
    const app = failing(new Error('secret internals at bolt://10.1.2.3:7687'));
    const answer = await post(app, { query: NORMAL_QUERY }, { 'x-request-id': 'masked-1' });
    expect(answer.status).toBe(200);
    expect(answer.body?.errors?.[0]?.message).toBe('Unexpected error.');
    expect(answer.text).not.toMatch(/secret|bolt:|10\.1\.2\.3|stack/);
    const errorLines = lines.filter((line) => line.includes('secret internals'));
    expect(errorLines.length).toBeGreaterThan(0);
    expect(JSON.parse(errorLines[0]!)).toMatchObject({ level: 'error' });
    expect(logged('masked-1')[0]).toMatchObject({ errors: ['INTERNAL_SERVER_ERROR'] });
  });

  it('says the database is unavailable (503, Retry-After) without saying where it is', async () => {
    const unavailable = Object.assign(new Error('Failed to connect to server at bolt://10.1.2.3:7687'), {
      code: 'ServiceUnavailable',
    });
    const answer = await post(failing(unavailable), { query: NORMAL_QUERY });
    expect(answer.status).toBe(503);
    expect(answer.headers.get('retry-after')).toBe('5');
    expect(answer.body?.errors?.[0]).toMatchObject({
      message: 'The database is unavailable; try again shortly.',
      extensions: { code: 'DATABASE_UNAVAILABLE' },
    });
    expect(answer.text).not.toMatch(/bolt:|10\.1\.2\.3|http/);
  });

  it('says when a query ran past the transaction timeout', async () => {
    const timedOut = Object.assign(new Error('The transaction has been terminated.'), {
      code: 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
    });
    const answer = await post(failing(timedOut), { query: NORMAL_QUERY });
    expect(answer.status).toBe(200);
    expect(answer.body?.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/ran past the time limit of 5000 ms/),
      extensions: { code: 'QUERY_TIMEOUT' },
    });
  });
});

describe('production settings', () => {
  it('turns GraphiQL and introspection on when asked', async () => {
    const app = productionApp({ COOPGRAPH_GRAPHIQL: 'true', COOPGRAPH_INTROSPECTION: 'true' });
    const page = await send(app, { method: 'GET', headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.text).toContain('coopgraph');
    const answer = await post(app, { query: '{ __schema { queryType { name } } }' });
    expect(answer.body?.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('allows the configured CORS origins, and no others', async () => {
    const app = productionApp({
      COOPGRAPH_CORS_ORIGINS: 'https://explorer.example, https://other.example',
    });
    const allowed = await post(app, { query: NORMAL_QUERY }, { origin: 'https://explorer.example' });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://explorer.example');
    expect(allowed.headers.get('access-control-expose-headers')).toMatch(/x-request-id/);
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
    const denied = await post(app, { query: NORMAL_QUERY }, { origin: 'https://evil.example' });
    expect(denied.headers.get('access-control-allow-origin')).not.toBe('https://evil.example');
    const preflight = await send(app, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://explorer.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://explorer.example');
  });

  it('takes a different body limit', async () => {
    const app = productionApp({ COOPGRAPH_MAX_BODY_BYTES: '200' });
    expect((await post(app, { query: NORMAL_QUERY })).status).toBe(200);
    expect((await post(app, { query: `${NORMAL_QUERY} # ${'x'.repeat(200)}` })).status).toBe(413);
  });

  it('refuses a declared length over the limit before reading, and a malformed one', async () => {
    const app = productionApp({ COOPGRAPH_MAX_BODY_BYTES: '200' });
    const body = JSON.stringify({ query: NORMAL_QUERY });
    const declared = (length: string) =>
      send(app, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': length },
        body,
      });
    expect((await declared(String(body.length))).status).toBe(200);
    expect((await declared('201')).status).toBe(413);
    expect((await declared('12, 12')).status).toBe(400);
  });

  it('maps stack traces to the TypeScript source only outside production, unless told', () => {
    expect(sourceMaps(readEnv({}))).toBe(true);
    expect(sourceMaps(readEnv({ NODE_ENV: 'production' }))).toBe(false);
    expect(sourceMaps(readEnv({ NODE_ENV: 'production', COOPGRAPH_SOURCE_MAPS: 'true' }))).toBe(true);
  });

  it('executes queries with graphql-js unless told to use graphql-jit, which answers the same', async () => {
    expect(configFromEnv(readEnv({ NODE_ENV: 'production' })).jit).toBe(false);
    expect(configFromEnv(readEnv({})).jit).toBe(false);
    expect(configFromEnv(readEnv({ COOPGRAPH_JIT: 'true' })).jit).toBe(true);
    const compiled = productionApp({ COOPGRAPH_JIT: 'true' });
    const interpreted = productionApp();
    const documents = [
      // Nested relation fields, an interface with fragments, a derived field and an alias.
      `{ entity(key: "resolution:cop-untoc-5/7") { key kind ... on Resolution {
          recommendations { key name articles { key } } } } }`,
      `{ n: entity(key: "network:ioc-judicial-platform") { ... on Network {
          regions { key } members { key ... on State { networks { key } } } } } }`,
      // A filtered, ordered connection with its count, a group and a relation connection with provenance.
      `{ states(where: { spokeAtCount: { gt: 0 } }, orderBy: [{ field: NAME }], first: 3) {
          totalCount groupBy(by: REGIONS) { value count }
          edges { cursor node { key regionsConnection { edges { node { key } origin sources { key } } } } }
          pageInfo { hasNextPage endCursor } } }`,
      // A variable, a null answer and an error in the data.
      `query ($key: String!) { entity(key: $key) { key } }`,
      '{ entities(first: -1) { nodes { key } } }',
    ];
    for (const query of documents) {
      const payload = { query, variables: { key: 'state:NONE' } };
      const [a, b] = [await post(compiled, payload), await post(interpreted, payload)];
      expect(a.status, query).toBe(b.status);
      expect(a.body, query).toEqual(b.body);
    }
  });

  it('answers an entity of an unknown kind with an error, with either executor', async () => {
    await db.write("CREATE (:Entity { key: 'bogus:1', kind: 'bogus', nameEn: 'Bogus', nameZh: '假' })");
    try {
      for (const app of [productionApp(), productionApp({ COOPGRAPH_JIT: 'true' })]) {
        const answer = await post(app, { query: '{ entity(key: "bogus:1") { key } }' });
        expect(answer.status).toBe(200);
        expect(answer.body?.data).toEqual({ entity: null });
        expect(answer.body?.errors).toHaveLength(1);
      }
    } finally {
      await db.write("MATCH (n:Entity { key: 'bogus:1' }) DELETE n");
    }
  });

  it('turns CSRF checks off when asked', async () => {
    const app = productionApp({ COOPGRAPH_CSRF_PREVENTION: 'false' });
    const url = `${GRAPHQL_URL}?query=${encodeURIComponent('{ database { edition } }')}`;
    expect((await send(app, { method: 'GET', url })).status).toBe(200);
  });
});

describe('persisted operations', () => {
  const documents = {
    entity: 'query Entity($key: String!) { entity(key: $key) { key name } }',
    search: 'query Search($text: String!) { search(text: $text, first: 3) { entity { key } } }',
  };
  const hash = (text: string) => createHash('sha256').update(text).digest('hex');
  const file = path.join(dir, 'persisted.json');
  writeFileSync(file, JSON.stringify(Object.fromEntries(Object.values(documents).map((d) => [hash(d), d]))));
  const persisted = (sha256Hash: string, variables: Record<string, unknown>) => ({
    variables,
    extensions: { persistedQuery: { version: 1, sha256Hash } },
  });

  it('runs only the listed operations in "only" mode', async () => {
    const app = productionApp({ COOPGRAPH_PERSISTED_OPERATIONS: file, COOPGRAPH_PERSISTED_ONLY: 'true' });
    const listed = await post(app, persisted(hash(documents.entity), { key: 'network:ejn' }));
    expect(listed.status).toBe(200);
    expect(listed.body?.data).toEqual({ entity: { key: 'network:ejn', name: 'European Judicial Network' } });

    const arbitrary = await post(app, { query: NORMAL_QUERY });
    expect(arbitrary.status).toBe(400);
    expect(arbitrary.body?.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/Only persisted operations are accepted/),
      extensions: { code: 'PERSISTED_QUERY_ONLY' },
    });
    // A hash with a document of the client's own is refused too.
    const both = await post(app, { query: NORMAL_QUERY, ...persisted(hash(documents.entity), {}) });
    expect(both.status).toBe(400);

    const unknown = await post(app, persisted(hash('{ database { version } }'), {}));
    expect(unknown.status).toBe(400);
    expect(unknown.body?.errors?.[0]?.message).toBe('PersistedQueryNotFound');

    // Over GET too, with the CSRF header.
    const url = `${GRAPHQL_URL}?extensions=${encodeURIComponent(JSON.stringify(persisted(hash(documents.search), {}).extensions))}&variables=${encodeURIComponent('{"text":"judicial"}')}`;
    const get = await send(app, { method: 'GET', url, headers: { 'x-graphql-yoga-csrf': '1' } });
    expect(get.status).toBe(200);
    expect((get.body?.data as { search: unknown[] }).search.length).toBeGreaterThan(0);
  });

  it('runs listed and arbitrary operations when not "only"', async () => {
    const app = productionApp({ COOPGRAPH_PERSISTED_OPERATIONS: file });
    expect((await post(app, persisted(hash(documents.entity), { key: 'state:CHN' }))).body?.data).toEqual({
      entity: { key: 'state:CHN', name: 'China' },
    });
    expect((await post(app, { query: NORMAL_QUERY })).body?.errors).toBeUndefined();
  });

  it('refuses at start-up a list that does not fit the schema, or "only" without a list', () => {
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ abc: '{ entity(key: "x") { nope } }' }));
    expect(() => configFromEnv(readEnv({ COOPGRAPH_PERSISTED_OPERATIONS: bad }))).toThrow(
      /COOPGRAPH_PERSISTED_OPERATIONS: .*bad\.json: abc: Cannot query field "nope"/,
    );
    expect(() =>
      configFromEnv(readEnv({ COOPGRAPH_PERSISTED_OPERATIONS: path.join(dir, 'none.json') })),
    ).toThrow(ConfigError);
    expect(() => readEnv({ COOPGRAPH_PERSISTED_ONLY: 'true' })).toThrow(
      /needs COOPGRAPH_PERSISTED_OPERATIONS/,
    );
  });
});
