import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeCursor, orderSignature } from '../../src/schema/plan/page.ts';
import { readEnv } from '../../src/config/env.ts';
import { loadReports } from '../../src/load/loadReports.ts';
import { configFromEnv, createApp, type App } from '../../src/server/app.ts';
import { resetDatabase, testDatabase, totals } from '../helpers/db.ts';
import { answersNormally, post, send, type Answer } from '../helpers/app.ts';

/**
 * A corpus of hostile and broken requests, sent to the app as configured for production. Each one gets a 200 or a 400 (413 for a body over the limit)
 * with an error that says what is wrong, within two seconds; never a 500, never a masked "Unexpected
 * error."; the server answers an ordinary query right after each; and the graph is the same at the end.
 */

const CYPHER = ["' OR 1=1 //", '}) MATCH (n) DETACH DELETE n //', '$(x)', '"}) DETACH DELETE n RETURN 1 //'];
const LUCENE = [
  '"unbalanced',
  'a AND (b OR',
  '*',
  '?',
  '~',
  '\\',
  'title:foo',
  '[a TO b]',
  '{!x}',
  'network^10',
  '/reg.*ex/',
  '&& || !',
  '-',
  '+',
  '""',
  '   ',
  'AND',
  'OR NOT',
  '+-&&||!(){}[]^"~*?:\\/',
  '司法网" OR "',
  '\u0000\u0001',
  '🙂🙂',
];
const WARM_UP = `{
  search(text: "network") { score }
  entities(first: 2) { totalCount nodes { key mentionedIn { key } } }
  neighborhood(keys: ["network:ejn"]) { truncated }
  shortestPath(from: "network:ejn", to: "state:CHN") { truncated }
  trace(from: "resolution:cop-untoc-5/7") { truncated }
  node(id: "TmV0d29yazpuZXR3b3JrOmVqbg==") { id }
}`;
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const json = (value: unknown) => JSON.stringify(value);

interface Case {
  name: string;
  /** A GraphQL payload ({ query, variables }), a raw body string, or a full request. */
  payload?: unknown;
  init?: RequestInit;
  /** Allowed statuses; 200 or 400 unless stated. */
  status?: number[];
  /** What the first error must say; when unset, errors are optional but each must be clear. */
  message?: RegExp;
  /** The request is fine and needs no error (Cypher text as a key is just an unknown key). */
  ok?: boolean;
}

function cases(): Case[] {
  const list: Case[] = [];
  const add = (name: string, payload: unknown, rest: Omit<Case, 'name' | 'payload'> = {}) =>
    list.push({ name, payload, ...rest });

  // Malformed documents and requests.
  add('unclosed selection', { query: '{ entity(key: "network:ejn") { key }' }, { message: /Syntax Error/ });
  add('stray brace', { query: '}' }, { message: /Syntax Error/ });
  add('double braces', { query: 'query {{}}' }, { message: /Syntax Error/ });
  add('unterminated string', { query: '{ entity(key: "network:ejn) { key } }' }, { message: /Unterminated/ });
  add('empty query', { query: '' }, { message: /Syntax Error: Unexpected <EOF>/ });
  add('no query at all', {}, { message: /query/i });
  add('query is a number', { query: 1 }, { message: /query/i });
  add('query is an object', { query: { entity: 'x' } }, { message: /query/i });
  add(
    'variables are a string',
    { query: '{ database { version } }', variables: 'x' },
    { message: /variables/i },
  );
  add('body is not JSON', '{"query": ', { message: /JSON/ });
  add('body is a JSON array', '[1, 2]', { message: /./ });
  add('body is null', 'null', { message: /./ });
  add('body is a string', '"{ database { version } }"', { message: /./ });
  add(
    'unknown operation name',
    { query: 'query A { database { version } }', operationName: 'B' },
    { message: /Unknown operation named "B"; the document holds "A"/ },
  );
  add(
    'two anonymous operations',
    { query: '{ database { version } } { database { edition } }' },
    { message: /The document holds 2 operations \(an anonymous one, an anonymous one\)/ },
  );
  add(
    'duplicate operation names',
    { query: 'query A { database { version } } query A { database { edition } }' },
    { message: /The document holds 2 operations \("A", "A"\)/ },
  );
  add(
    'mutation (there is no Mutation type)',
    { query: 'mutation { deleteEverything }' },
    { message: /Schema is not configured to execute mutation operation/ },
  );
  add(
    'subscription (there is no Subscription type)',
    { query: 'subscription { changes }' },
    { message: /Schema is not configured to execute subscription operation/ },
  );

  // Unknown fields, arguments, types, enum values, directives.
  add('unknown root field', { query: '{ nope }' }, { message: /Cannot query field "nope" on type "Query"/ });
  add(
    'unknown entity field',
    { query: '{ entity(key: "network:ejn") { nope } }' },
    { message: /Cannot query field "nope"/ },
  );
  add('unknown argument', { query: '{ entity(id: "x") { key } }' }, { message: /Unknown argument "id"/ });
  add(
    'unknown type in a fragment',
    { query: 'fragment F on Nope { key } { ...F }' },
    { message: /Unknown type "Nope"/ },
  );
  add('unknown enum value', { query: '{ entities(kind: PLANET) { totalCount } }' }, { message: /PLANET/ });
  add(
    'unknown directive',
    { query: '{ database @nope { version } }' },
    { message: /Unknown directive "@nope"/ },
  );
  add(
    'introspection (off in production)',
    { query: '{ __type(name: "Query") { name } }' },
    { message: /introspection has been disabled/ },
  );

  // Huge inputs.
  add(
    '1 MB query',
    { query: `{ database { version } } # ${'x'.repeat(1_000_000)}` },
    { status: [413], message: /too large/i },
  );
  add(
    '90 kB of fields (token limit)',
    { query: `{ ${'database { version } '.repeat(4_000)}}` },
    { message: /Token limit of 1000 exceeded/ },
  );
  add(
    '10k-character search text (literal)',
    { query: `{ search(text: "${'a'.repeat(10_000)}") { score } }` },
    { message: /text may hold at most 200 characters/ },
  );
  add(
    '10k-character search text (variable)',
    { query: 'query($t: String!) { search(text: $t) { score } }', variables: { t: '司'.repeat(10_000) } },
    { message: /at most 200 characters/ },
  );
  add(
    '50k-character entity key',
    {
      query: 'query($k: String!) { entity(key: $k) { key } }',
      variables: { k: 'network:'.padEnd(50_000, 'x') },
    },
    { ok: true },
  );
  add(
    '5000 seed keys',
    {
      query: 'query($k: [String!]!) { neighborhood(keys: $k) { truncated } }',
      variables: { k: Array.from({ length: 5_000 }, (_, i) => `state:${i}`) },
    },
    { message: /keys may hold at most 100 values/ },
  );
  add(
    '5000 excluded keys',
    {
      query: 'query($x: [String!]) { neighborhood(keys: ["network:ejn"], exclude: $x) { truncated } }',
      variables: { x: Array.from({ length: 5_000 }, (_, i) => `s:${i}`) },
    },
    { message: /exclude may hold at most 2000 values/ },
  );
  add(
    '100 relation types',
    {
      query: 'query($t: [RelationType!]) { entity(key: "network:ejn") { relations(types: $t) { type } } }',
      variables: { t: Array(100).fill('MENTIONS') },
    },
    { message: /types may hold at most 50 values/ },
  );

  // Deep nesting.
  const deep = (n: number) =>
    `{ entity(key: "network:ejn") { ${'relations { other { '.repeat(n)}key${' } }'.repeat(n)} } }`;
  add(
    'relations nested 6 deep (depth limit)',
    { query: deep(6) },
    { message: /Query depth limit of 8 exceeded/ },
  );
  add(
    '5000 nested braces',
    { query: `{ database ${'{ version '.repeat(5_000)}${'}'.repeat(5_001)}` },
    { message: /Token limit/ },
  );
  add(
    '5000 nested lists in an argument',
    { query: `{ entity(key: ${'['.repeat(5_000)}"x"${']'.repeat(5_000)}) { key } }` },
    { message: /Token limit/ },
  );
  const nestedJson = `{"query":"query($k: [String!]!) { neighborhood(keys: $k) { truncated } }","variables":{"k":${'['.repeat(20_000)}${']'.repeat(20_000)}}}`;
  add('20000 nested arrays in a variable', nestedJson, { message: /\$k/ });
  add(
    'nested lists within the cost limit, but too many items',
    {
      query:
        '{ entities(first: 100) { nodes { relations(first: 500) { other { relations(first: 500) { type } } } } } }',
    },
    { message: /Query cost \d+ exceeds the limit of 200000/ },
  );

  // Alias and fragment bombs.
  const aliases = (n: number, field: string) =>
    `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
  add(
    '16 aliases',
    { query: aliases(16, 'database { version }') },
    { message: /Aliases limit of 15 exceeded, found 16/ },
  );
  add(
    '300 aliased neighbourhoods',
    { query: aliases(300, 'neighborhood(keys: ["network:ejn"], depth: 3, limit: 500) { truncated }') },
    { message: /Token limit|Aliases limit/ },
  );
  add(
    'aliases multiplied by fragment spreads',
    {
      query: `fragment F on Query { ${Array.from({ length: 5 }, (_, i) => `f${i}: database { version }`).join(' ')} } { ...F ...F ...F ...F }`,
    },
    { message: /Aliases limit of 15 exceeded, found 20/ },
  );
  const bomb = Array.from({ length: 30 }, (_, i) =>
    i < 29
      ? `fragment F${i} on Entity { key ...F${i + 1} ...F${i + 1} }`
      : `fragment F${i} on Entity { key name }`,
  ).join(' ');
  add('fragment bomb (2^30 spreads)', { query: `${bomb} { entity(key: "network:ejn") { ...F0 } }` });
  add(
    'fragment cycle',
    { query: 'fragment A on Query { ...B } fragment B on Query { ...A } { ...A }' },
    { message: /Cannot spread fragment "A" within itself/ },
  );
  add(
    'fragment spreading itself',
    { query: 'fragment A on Query { database { version } ...A } { ...A }' },
    { message: /within itself/ },
  );
  add(
    'fragment on a wrong type',
    { query: 'fragment F on Paragraph { number } { database { ...F } }' },
    { message: /cannot be spread here/ },
  );
  add(
    '21 directives',
    { query: `{ database ${'@include(if: true) '.repeat(21)}{ version } }` },
    { message: /Directives limit of 20 exceeded|directive "@include" can only be used once/ },
  );

  // Invalid ids and keys.
  for (const id of [
    'garbage',
    '',
    b64('Network:'),
    b64('Nope:network:ejn'),
    b64(':'),
    b64('Network:network:ejn\u0000'),
    '%%%',
    b64('🙂:🙂'),
  ]) {
    add(`node(id: ${JSON.stringify(id)})`, {
      query: 'query($id: ID!) { node(id: $id) { id } }',
      variables: { id },
    });
  }
  add('nodes(ids) with 1000 bad ids', {
    query: 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }',
    variables: { ids: Array(1_000).fill('garbage') },
  });
  for (const key of ['', 'network:', ':', 'no-colon', 'network:ejn ', '\u0000', '🙂', 'state:chn']) {
    add(
      `entity(key: ${JSON.stringify(key)})`,
      { query: 'query($k: String!) { entity(key: $k) { key } }', variables: { k: key } },
      { ok: true },
    );
  }
  add('neighbourhood of no keys', { query: '{ neighborhood(keys: []) { nodes { id } } }' });
  add('neighbourhood of unknown and empty keys', {
    query: '{ neighborhood(keys: ["nope:x", "", ":"]) { nodes { id } } }',
    ok: true,
  });
  add(
    'shortest path between unknown keys',
    { query: '{ shortestPath(from: "x", to: "") { truncated } }' },
    { ok: true },
  );
  add(
    'trace from a state',
    { query: '{ trace(from: "state:CHN") { truncated } }' },
    { message: /trace starts from a resolution or a recommendation/ },
  );
  add(
    'cursor that is not base64',
    { query: '{ entities(after: "%%%") { totalCount } }' },
    { message: /after is not a cursor/ },
  );
  add(
    'cursor of another connection',
    { query: `{ entities(after: "${b64('user:1')}") { totalCount } }` },
    { message: /after is not a cursor/ },
  );

  // Wrong variable types.
  const page = 'query($n: Int) { entities(first: $n) { totalCount } }';
  add(
    'Int given a string',
    { query: page, variables: { n: 'x' } },
    { message: /Int cannot represent non-integer value/ },
  );
  add(
    'Int given a float',
    { query: page, variables: { n: 1.5 } },
    { message: /Int cannot represent non-integer value/ },
  );
  add(
    'Int beyond 32 bits',
    { query: page, variables: { n: 2 ** 40 } },
    { message: /non 32-bit signed integer/ },
  );
  add(
    'Int given an object',
    { query: page, variables: { n: { $gt: 1 } } },
    { message: /Int cannot represent/ },
  );
  add(
    'Int out of range',
    { query: page, variables: { n: -1 } },
    { message: /first must be an integer from 1 to 100/ },
  );
  add(
    'list given numbers',
    { query: 'query($k: [String!]!) { neighborhood(keys: $k) { truncated } }', variables: { k: [1, 2] } },
    { message: /String cannot represent a non string value/ },
  );
  add(
    'required variable missing',
    { query: 'query($k: String!) { entity(key: $k) { key } }' },
    { message: /Variable "\$k" of required type "String!" was not provided/ },
  );
  add(
    'null for a required variable',
    { query: 'query($k: String!) { entity(key: $k) { key } }', variables: { k: null } },
    { message: /must not be null/ },
  );
  add(
    'enum given an unknown value',
    {
      query: 'query($kind: EntityKind) { entities(kind: $kind) { totalCount } }',
      variables: { kind: 'PLANET' },
    },
    { message: /PLANET/ },
  );
  add(
    'variable of a wrong declared type',
    { query: 'query($k: Int!) { entity(key: $k) { key } }', variables: { k: 1 } },
    { message: /Variable "\$k" of type "Int!" used in position expecting type "String!"/ },
  );

  // Full-text syntax in the search text.
  for (const text of LUCENE) {
    add(
      `search(text: ${JSON.stringify(text)})`,
      { query: 'query($t: String!) { search(text: $t) { score entity { key } } }', variables: { t: text } },
      { ok: true },
    );
  }

  // Cypher fragments in every string argument.
  for (const bad of CYPHER) {
    const s = json(bad);
    const v = { query: '', variables: { s: bad } };
    add(`entity(key) ${s}`, { ...v, query: 'query($s: String!) { entity(key: $s) { key } }' }, { ok: true });
    add(
      `search(text) ${s}`,
      { ...v, query: 'query($s: String!) { search(text: $s) { score } }' },
      { ok: true },
    );
    add(
      `neighborhood(keys) ${s}`,
      { ...v, query: 'query($s: String!) { neighborhood(keys: [$s]) { nodes { id } } }' },
      { ok: true },
    );
    add(
      `neighborhood(exclude) ${s}`,
      {
        ...v,
        query: 'query($s: String!) { neighborhood(keys: ["network:ejn"], exclude: [$s]) { truncated } }',
      },
      { ok: true },
    );
    add(
      `shortestPath(from, to) ${s}`,
      { ...v, query: 'query($s: String!) { shortestPath(from: $s, to: $s) { truncated } }' },
      { ok: true },
    );
    add(
      `trace(from) ${s}`,
      { ...v, query: 'query($s: String!) { trace(from: $s) { truncated } }' },
      { ok: true },
    );
    add(
      `entities(after) ${s}`,
      { ...v, query: 'query($s: String) { entities(after: $s) { totalCount } }' },
      { message: /after is not a cursor/ },
    );
    add(
      `entities(after) cursor holding ${s}`,
      {
        ...v,
        query: 'query($s: String) { entities(after: $s, first: 1) { totalCount } }',
        variables: { s: encodeCursor(orderSignature([]), [bad]) },
      },
      { ok: true },
    );
    add(`node(id) ${s}`, { ...v, query: 'query($s: ID!) { node(id: $s) { id } }' });
    add(
      `node(id) global id holding ${s}`,
      { ...v, query: 'query($s: ID!) { node(id: $s) { id } }', variables: { s: b64(`Network:${bad}`) } },
      { ok: true },
    );
    add(`nodes(ids) ${s}`, { ...v, query: 'query($s: ID!) { nodes(ids: [$s]) { id } }' });
  }

  // Requests that are not GraphQL over HTTP as the server speaks it.
  list.push({ name: 'PUT', init: { method: 'PUT', body: '{}' }, status: [405] });
  list.push({
    name: 'text/plain POST',
    init: { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hello' },
    status: [415],
  });
  list.push({ name: 'GET without a query', init: { method: 'GET' }, message: /query/i });
  list.push({ name: 'GET with a malformed query', init: { method: 'GET' }, message: /Syntax Error/ });
  return list;
}

async function run(app: App, c: Case): Promise<Answer> {
  if (c.name === 'GET with a malformed query') {
    return send(app, {
      method: 'GET',
      url: 'http://coopgraph.test/graphql?query=%7B%20nope',
      headers: { 'x-graphql-yoga-csrf': '1' },
    });
  }
  // The CSRF header lets these reach the method and content-type checks in production too.
  if (c.init)
    return send(app, { ...c.init, headers: { ...(c.init.headers as object), 'x-graphql-yoga-csrf': '1' } });
  return post(app, c.payload);
}

// Production mode: what the public meets (masked errors, no introspection, CSRF checks).
describe('bad input', () => {
  const db = testDatabase();
  let app: App;
  let before: Awaited<ReturnType<typeof totals>>;

  beforeAll(async () => {
    await resetDatabase(db);
    await loadReports(db, { log: () => undefined });
    before = await totals(db);
    app = createApp({ db, ...configFromEnv(readEnv({ NODE_ENV: 'production' })), log: () => undefined });
    // Neo4j plans each statement on first use: do that here, so the bound below times the input alone.
    await post(app, { query: WARM_UP });
  });
  afterAll(async () => {
    // Nothing any request sent changed the graph.
    expect(await totals(db)).toEqual(before);
    await db.close();
  });

  it.each(cases().map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const answer = await run(app, c);
    const allowed = c.status ?? [200, 400];
    const context = `${answer.status} ${answer.text.slice(0, 400)}`;
    expect(allowed, context).toContain(answer.status);
    expect(answer.ms, context).toBeLessThan(2_000);
    if ([405, 415].includes(answer.status)) {
      // Yoga answers these before GraphQL, with the status alone.
    } else if (c.ok) {
      expect(answer.body?.errors, context).toBeUndefined();
    } else {
      expect(answer.body, context).toBeDefined();
      // Either data, or errors that each say something clear.
      if (c.message) expect(answer.body?.errors?.length, context).toBeGreaterThan(0);
      for (const error of answer.body?.errors ?? []) {
        expect(error.message, context).not.toBe('');
        expect(error.message, context).not.toMatch(/Unexpected error/);
      }
      if (c.message) expect(answer.body?.errors?.[0]?.message, context).toMatch(c.message);
    }
    await answersNormally(app);
  });
});
