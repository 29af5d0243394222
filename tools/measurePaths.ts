/**
 * How long `paths` (and `shortestPath` with `avoid`) take as the graph grows, against the statement
 * timeout: the report's graph, then synthetic reports of the same series (bench/synthetic.ts, through the
 * real loader) up to each size asked. The server is the app as it ships (`createApp`, the production
 * limits and the statement timeout of the environment, 5 s by default), asked through `app.fetch` one
 * request at a time, so that each time is one request's own, not a queue's.
 *
 * At each size each question is asked `--warmup` times, then `--runs` times measured; the table gives
 * the median and the slowest. The questions: the explorer's (the EJN to Seychelles, five paths), the
 * same at the limits (ten paths of up to eight steps, the meeting avoided), and, from 10x on, between
 * two synthetic networks, where every entity is a hub that hundreds of reports share: at the limits, and
 * with meetings and people avoided (a longer search), and one with no path at all within the limit
 * (the EJN to a synthetic network: the report's entities and the synthetic ones never meet), which
 * searches as far as `maxLength` allows before it answers.
 *
 * `node --import tsx tools/measurePaths.ts [--sizes 1,1000] [--runs 30] [--warmup 5] [--out file.json]`;
 * with NEO4J_URI set, that database is emptied and used.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { emptyDatabase, loadSynthetic } from '../bench/scale.ts';
import { readEnv } from '../src/config/env.ts';
import { DEFAULT_REPORTS_DIR } from '../src/load/reportBundle.ts';
import { loadReports } from '../src/load/loadReports.ts';
import { Database } from '../src/neo4j/database.ts';
import { ensureBuilt } from '../src/neo4j/local/build.ts';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../src/neo4j/local/process.ts';
import { configFromEnv, createApp, type App } from '../src/server/app.ts';

const MEETING = 'meeting:CTOC/COP/WG.3/2012';
const PATH_FIELDS = 'length cost truncated nodes { id } edges { id }';

interface Question {
  name: string;
  /** From this size on (the synthetic entities exist only beyond the report). */
  fromSize: number;
  query: string;
  variables: (keys: { synA: string; synB: string }) => Record<string, unknown>;
}

const QUESTIONS: Question[] = [
  {
    name: 'paths EJN → Seychelles, first 5 (the explorer)',
    fromSize: 1,
    query: `query ($from: String!, $to: String!) { paths(from: $from, to: $to, first: 5) { ${PATH_FIELDS} } }`,
    variables: () => ({ from: 'network:ejn', to: 'state:SYC' }),
  },
  {
    name: 'paths EJN → Seychelles, first 10, maxLength 8, avoiding the meeting',
    fromSize: 1,
    query: `query ($from: String!, $to: String!, $avoid: [String!]) {
      paths(from: $from, to: $to, first: 10, maxLength: 8, avoid: $avoid) { ${PATH_FIELDS} } }`,
    variables: () => ({ from: 'network:ejn', to: 'state:SYC', avoid: [MEETING] }),
  },
  {
    name: 'shortestPath EJN → Seychelles, avoiding the meeting',
    fromSize: 1,
    query: `query ($from: String!, $to: String!, $avoid: [String!]) {
      shortestPath(from: $from, to: $to, avoid: $avoid) { nodes { id } edges { id } } }`,
    variables: () => ({ from: 'network:ejn', to: 'state:SYC', avoid: [MEETING] }),
  },
  {
    name: 'paths between two synthetic networks, first 10, maxLength 8',
    fromSize: 10,
    query: `query ($from: String!, $to: String!) { paths(from: $from, to: $to, first: 10, maxLength: 8) { ${PATH_FIELDS} } }`,
    variables: ({ synA, synB }) => ({ from: synA, to: synB }),
  },
  {
    name: 'paths between two synthetic networks, first 10, maxLength 8, avoiding meetings and people',
    fromSize: 10,
    query: `query ($from: String!, $to: String!) {
      paths(from: $from, to: $to, first: 10, maxLength: 8, avoidKinds: [MEETING, PERSON]) { ${PATH_FIELDS} } }`,
    variables: ({ synA, synB }) => ({ from: synA, to: synB }),
  },
  {
    name: 'paths EJN → a synthetic network (none exists), first 10, maxLength 8',
    fromSize: 10,
    query: `query ($from: String!, $to: String!) { paths(from: $from, to: $to, first: 10, maxLength: 8) { ${PATH_FIELDS} } }`,
    variables: ({ synA }) => ({ from: 'network:ejn', to: synA }),
  },
];

interface Measured {
  size: number;
  question: string;
  runs: number;
  p50Ms: number;
  maxMs: number;
  paths: number | null;
  truncated: boolean | null;
  cypherStatements: number;
}

const t0 = Date.now();
const log = (line: string) =>
  console.error(`[${String(Math.round((Date.now() - t0) / 1000)).padStart(4)} s] ${line}`);

async function ask(app: App, question: Question, variables: Record<string, unknown>) {
  const started = performance.now();
  const response = await app.fetch('http://coopgraph.local/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: question.query, variables }),
  });
  const body = (await response.json()) as {
    data?: Record<string, unknown>;
    errors?: unknown[];
    extensions?: { cypherQueries?: number };
  };
  const ms = performance.now() - started;
  if (!response.ok || body.errors) {
    throw new Error(
      `${question.name} failed: ${JSON.stringify(body.errors ?? response.status).slice(0, 500)}`,
    );
  }
  return { ms, data: body.data!, statements: body.extensions?.cypherQueries ?? 0 };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1,1000' },
      runs: { type: 'string', default: '30' },
      warmup: { type: 'string', default: '5' },
      out: { type: 'string' },
    },
  });
  const sizes = values.sizes
    .split(',')
    .map((value) => Number.parseInt(value, 10))
    .sort((a, b) => a - b);
  const runs = Number.parseInt(values.runs, 10);
  const warmup = Number.parseInt(values.warmup, 10);
  if (sizes.some((size) => !Number.isInteger(size) || size < 1) || !(runs > 0) || !(warmup >= 0)) {
    throw new Error('--sizes takes sizes of at least 1 (1,1000), --runs a positive count, --warmup a count');
  }
  const env = readEnv();
  const config = configFromEnv(env);
  const timeoutMs = env.NEO4J_TRANSACTION_TIMEOUT_MS;

  let local: LocalNeo4j | undefined;
  let dataDir: string | undefined;
  let db: Database | undefined;
  try {
    let settings = {
      uri: env.NEO4J_URI ?? '',
      username: env.NEO4J_USERNAME,
      password: env.NEO4J_PASSWORD,
      database: env.NEO4J_DATABASE,
    };
    if (!settings.uri) {
      await ensureBuilt(log);
      dataDir = mkdtempSync(path.join(os.tmpdir(), 'coopgraph-paths-'));
      local = await startLocalNeo4j({
        boltPort: await freePort(),
        dataDir,
        heap: '2g',
        pageCache: '1g',
        startTimeoutMs: 180_000,
        log,
      });
      settings = { ...settings, uri: local.uri };
    } else {
      log(`measure paths: using ${settings.uri}; its database is emptied first`);
    }
    db = new Database({ ...settings, transactionTimeoutMs: timeoutMs });
    await db.waitUntilAvailable(60_000);
    await emptyDatabase(db);
    await loadReports(db, { dirs: [DEFAULT_REPORTS_DIR], force: true, log: () => undefined });
    // One client asks everything here: a per-client budget would measure the budget, not the query.
    const app = createApp({ ...config, db, requestLog: false, rateLimit: undefined });
    log(`measure paths: report loaded; statement timeout ${timeoutMs} ms`);

    const results: Measured[] = [];
    let reports = 1;
    for (const size of sizes) {
      if (size > reports) {
        log(`measure paths: loading synthetic reports ${reports} to ${size - 1} (${size}x)`);
        const stage = await loadSynthetic(db, reports, size, size, { group: 10, writers: 2 }, log);
        await db.write('CALL db.awaitIndexes(300)');
        reports = size;
        log(`  graph: ${stage.graph.nodes} nodes, ${stage.graph.relationships} relationships`);
      }
      const [synA, synB] = (
        await db.read<{ key: string }>(
          'MATCH (n:Network) WHERE n.key STARTS WITH $prefix RETURN n.key AS key ORDER BY key LIMIT 2',
          { prefix: 'network:syn-' },
        )
      ).map((row) => row.key);
      for (const question of QUESTIONS) {
        if (size < question.fromSize) continue;
        const variables = question.variables({ synA: synA!, synB: synB! });
        for (let i = 0; i < warmup; i += 1) await ask(app, question, variables);
        const times: number[] = [];
        let last: Awaited<ReturnType<typeof ask>> | undefined;
        for (let i = 0; i < runs; i += 1) {
          last = await ask(app, question, variables);
          times.push(last.ms);
        }
        const answer = Object.values(last!.data)[0] as
          { truncated?: boolean }[] | { nodes: unknown[] } | null;
        const row: Measured = {
          size,
          question: question.name,
          runs,
          p50Ms: median(times),
          maxMs: Math.max(...times),
          paths: Array.isArray(answer) ? answer.length : answer ? 1 : null,
          truncated: Array.isArray(answer) ? answer.some((path) => path.truncated === true) : null,
          cypherStatements: last!.statements,
        };
        results.push(row);
        log(
          `  ${size}x ${question.name}: p50 ${row.p50Ms.toFixed(1)} ms, slowest ${row.maxMs.toFixed(1)} ms, ` +
            `${row.paths ?? 'no'} path(s)${row.truncated ? ' (candidates cut)' : ''}, ${row.cypherStatements} statement(s)`,
        );
      }
    }

    const worst = Math.max(...results.map((row) => row.maxMs));
    const lines = [
      `| size | question | p50 ms | slowest ms | paths | statements |`,
      `| ---: | --- | ---: | ---: | ---: | ---: |`,
      ...results.map(
        (row) =>
          `| ${row.size}x | ${row.question} | ${row.p50Ms.toFixed(1)} | ${row.maxMs.toFixed(1)} | ${row.paths ?? '–'}${row.truncated ? ' (cut)' : ''} | ${row.cypherStatements} |`,
      ),
    ];
    console.log(lines.join('\n'));
    console.log(
      `\nslowest of all: ${worst.toFixed(1)} ms, against a statement timeout of ${timeoutMs} ms ` +
        `(${worst < timeoutMs ? 'under' : 'NOT under'} it); ${runs} runs after ${warmup} of warm-up, one at a time; ` +
        `${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim()}), load average ${os
          .loadavg()
          .map((value) => value.toFixed(2))
          .join(' ')}`,
    );
    if (values.out) {
      writeFileSync(
        values.out,
        `${JSON.stringify({ date: new Date().toISOString(), timeoutMs, runs, warmup, results }, null, 2)}\n`,
      );
    }
  } finally {
    await db?.close();
    await local?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
