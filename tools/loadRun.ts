import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/neo4j/local/paths.ts';
import type { MemoryReport } from './loadServer.ts';

/**
 * A load run: the server in a process of its own over the given Neo4j, `connections` concurrent clients
 * on loopback for `seconds`, each cycling through a mix of the API's operations. Every response is
 * checked: a status other than 200, or a GraphQL error in a 200, counts as an error. The server has its
 * production settings, per-client budgets included: each connection is a client of its own (an API key
 * of its own), within the default budgets, so a 429 is an error too.
 */

export interface Neo4jTarget {
  uri: string;
  username: string;
  password: string;
  database: string;
}

export interface Memory {
  rssMb: number;
  heapMb: number;
}

export interface LoadReport {
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number; mean: number };
  errors: { socket: number; timeouts: number; non2xx: number; graphql: number };
  /** The first few GraphQL error messages, to say what went wrong. */
  errorMessages: string[];
  /** After warm-up, and after the run; each after a full GC. */
  memory: { start: Memory; end: Memory };
  /** The server's RSS every 10 s of the run (no GC forced), to see whether it levels off. */
  rssSamplesMb: number[];
  cypherQueriesPerRequest: number;
}

/** The part of autocannon's programmatic API used here (the package ships no types). */
interface Histogram {
  average: number;
  mean: number;
  max: number;
  p50: number;
  p90: number;
  p99: number;
  total: number;
}
interface AutocannonResult {
  latency: Histogram;
  requests: Histogram;
  errors: number;
  timeouts: number;
  non2xx: number;
}
type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  timeout?: number;
  requests: LoadRequest[];
  /** Called with each connection's client as it is made. */
  setupClient?: (client: { setRequests(requests: LoadRequest[]): void }) => void;
}) => Promise<AutocannonResult>;
interface LoadRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
  onResponse: (status: number, body: string) => void;
}
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const key = (k: string) => JSON.stringify(k);

/** Each connection names itself with a key of its own, so that each is a client with its own budgets. */
const API_KEY_HEADER = 'x-api-key';
let clients = 0;
function asClientsOfTheirOwn(requests: LoadRequest[]) {
  return (client: { setRequests(requests: LoadRequest[]): void }) => {
    clients += 1;
    const id = `load-client-${clients}`;
    client.setRequests(
      requests.map((request) => ({ ...request, headers: { ...request.headers, [API_KEY_HEADER]: id } })),
    );
  };
}

/** The operations of the mix, each over a few keys so that the run is not one cached answer. */
export function operations(): { name: string; query: string }[] {
  const entities = [
    'network:ejn',
    'state:CHN',
    'organization:unodc',
    'resolution:cop-untoc-5/7',
    'person:rosa-ana-moran-martinez',
  ];
  const texts = ['judicial network', '司法网', 'extradition', 'EJN', 'mutual legal assistance'];
  const seeds = [
    'network:ejn',
    'state:CHN',
    'region:central-america',
    'topic:extradition',
    'network:iberred',
  ];
  const kinds = ['STATE', 'NETWORK', 'ORGANIZATION', 'TOPIC', 'PARAGRAPH'];
  const traces = [
    'resolution:cop-untoc-5/7',
    'resolution:cop-untoc-3/2',
    'recommendation:CTOC/COP/WG.3/2012/5#3(a)',
    'resolution:cop-untoc-5/8',
    'recommendation:CTOC/COP/WG.3/2012/5#3(b)',
  ];
  return entities.flatMap((_, i) => [
    {
      name: 'entity',
      query: `query Entity { entity(key: ${key(entities[i]!)}) { key kind name names { en zh } relations(first: 20) { type direction other { key kind name } sources { key number } } } }`,
    },
    {
      name: 'search',
      query: `query Search { search(text: ${key(texts[i]!)}, first: 10) { score entity { key kind name } } }`,
    },
    {
      name: 'neighborhood',
      query: `query Neighborhood { neighborhood(keys: [${key(seeds[i]!)}], depth: 2, limit: 100) { truncated nodes { id kind label } edges { id source target type } } }`,
    },
    {
      name: 'entities',
      query: `query Page { entities(kind: ${kinds[i]}, first: 20) { totalCount nodes { key name } pageInfo { hasNextPage endCursor } } }`,
    },
    {
      name: 'trace',
      query: `query Trace { trace(from: ${key(traces[i]!)}) { nodes { id label } edges { source target type } } }`,
    },
  ]);
}

function startServer(neo4j: Neo4jTarget): Promise<{ child: ChildProcess; port: number }> {
  const child = fork(path.join(PROJECT_ROOT, 'tools/loadServer.ts'), [], {
    cwd: PROJECT_ROOT,
    execArgv: ['--expose-gc', '--import', 'tsx'],
    env: {
      ...process.env,
      // As in production (masked errors, CSRF checks, a JSON line per request), logs to /dev/null.
      NODE_ENV: 'production',
      COOPGRAPH_RATE_LIMIT_KEY_HEADER: API_KEY_HEADER,
      NEO4J_URI: neo4j.uri,
      NEO4J_USERNAME: neo4j.username,
      NEO4J_PASSWORD: neo4j.password,
      NEO4J_DATABASE: neo4j.database,
    },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the load-test server exited (code ${code})`)));
    child.once('message', (message: { type: string; port: number }) =>
      resolve({ child, port: message.port }),
    );
  });
}

async function memory(child: ChildProcess, gc = true): Promise<Memory> {
  child.send(gc ? 'memory' : 'sample');
  const [report] = (await once(child, 'message')) as [MemoryReport];
  const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;
  return { rssMb: mb(report.rss), heapMb: mb(report.heapUsed) };
}

export async function runLoad(
  neo4j: Neo4jTarget,
  { connections = 50, seconds = 60, warmUpSeconds = 5 } = {},
): Promise<LoadReport> {
  const { child, port } = await startServer(neo4j);
  try {
    const errors = { graphql: 0 };
    const errorMessages = new Set<string>();
    let cypherQueries = 0;
    let checked = 0;
    const requests: LoadRequest[] = operations().map(({ query }) => ({
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
      onResponse: (status: number, body: string) => {
        if (status !== 200) return;
        const parsed = JSON.parse(body) as { errors?: unknown; extensions?: { cypherQueries?: number } };
        if (parsed.errors) {
          errors.graphql += 1;
          if (errorMessages.size < 5) errorMessages.add(JSON.stringify(parsed.errors).slice(0, 300));
        }
        cypherQueries += parsed.extensions?.cypherQueries ?? 0;
        checked += 1;
      },
    }));
    const url = `http://127.0.0.1:${port}`;
    // Warm up: Neo4j plans each statement once, then the JITs of both sides compile the hot paths.
    for (const { body } of requests) {
      await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
    }
    const setupClient = asClientsOfTheirOwn(requests);
    await autocannon({ url, connections: 10, duration: warmUpSeconds, requests, setupClient });
    errors.graphql = 0;
    errorMessages.clear();
    cypherQueries = 0;
    checked = 0;
    const start = await memory(child);
    const samples: Promise<Memory>[] = [];
    const sampler = setInterval(() => samples.push(memory(child, false)), 10_000);
    const result = await autocannon({
      url,
      connections,
      duration: seconds,
      timeout: 10,
      requests,
      setupClient,
    });
    clearInterval(sampler);
    const rssSamplesMb = (await Promise.all(samples)).map((sample) => sample.rssMb);
    const end = await memory(child);
    return {
      connections,
      seconds,
      requests: result.requests.total,
      requestsPerSecond: Math.round(result.requests.average),
      latencyMs: {
        p50: result.latency.p50,
        p90: result.latency.p90,
        p99: result.latency.p99,
        max: result.latency.max,
        mean: Math.round(result.latency.mean * 10) / 10,
      },
      errors: {
        socket: result.errors,
        timeouts: result.timeouts,
        non2xx: result.non2xx,
        graphql: errors.graphql,
      },
      errorMessages: [...errorMessages],
      memory: { start, end },
      rssSamplesMb,
      cypherQueriesPerRequest: checked ? Math.round((cypherQueries / checked) * 100) / 100 : 0,
    };
  } finally {
    child.disconnect();
    await once(child, 'exit');
  }
}

export function describeLoad(report: LoadReport): string {
  const { latencyMs: l, errors: e, memory: m } = report;
  return [
    `${report.connections} connections, ${report.seconds} s: ${report.requests} requests, ${report.requestsPerSecond} req/s`,
    `latency ms: p50 ${l.p50}, p90 ${l.p90}, p99 ${l.p99}, max ${l.max}, mean ${l.mean}`,
    `errors: socket ${e.socket}, timeouts ${e.timeouts}, non-2xx ${e.non2xx}, GraphQL ${e.graphql}`,
    `server RSS ${m.start.rssMb} → ${m.end.rssMb} MB (every 10 s: ${report.rssSamplesMb.join(', ')}); heap after GC ${m.start.heapMb} → ${m.end.heapMb} MB`,
    `Cypher statements per request: ${report.cypherQueriesPerRequest}`,
    ...report.errorMessages.map((message) => `error: ${message}`),
  ].join('\n');
}
