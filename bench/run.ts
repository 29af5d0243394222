import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import * as prettier from 'prettier';
import { DEFAULT_REPORTS_DIR } from '../src/load/reportBundle.ts';
import { loadReports } from '../src/load/loadReports.ts';
import { Database } from '../src/neo4j/database.ts';
import { ensureBuilt } from '../src/neo4j/local/build.ts';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../src/neo4j/local/process.ts';
import { PROJECT_ROOT } from '../src/neo4j/local/paths.ts';
import { measureInTurn, warm, type LoadShape } from './measure.ts';
import { OPERATIONS, normalised, requestFor, type Operation, type ServerName } from './operations.ts';
import {
  markdown,
  writeIntoReadme,
  type Results,
  type Row,
  type ScaleRow,
  type Target,
  type UnloadedRow,
} from './report.ts';
import { emptyDatabase, loadSynthetic, type LoadPlan, type LoadStage } from './scale.ts';
import { REAL_REPORT } from './synthetic.ts';
import { idle, serverLabel, startServer, type RunningServer, type Variant } from './servers.ts';
import { readEnv } from '../src/config/env.ts';
import { configFromEnv } from '../src/server/app.ts';

/**
 * `npm run bench [-- --quick]`: coopgraph, @neo4j/graphql and the Cypher floor over the same Neo4j and
 * data, in turn, at 1x to 1000x the real report. See bench/README.md for the method.
 */

interface Mode {
  name: 'full' | 'quick';
  sizes: number[];
  shape: LoadShape;
  load: LoadPlan;
  /** The servers measured at the sizes above the first (all of them check their answers at every size). */
  scaleServers: ServerName[];
  /** The coopgraph variants started beside it, whose answers are checked at 1x. */
  variants: Variant[];
  /** Whether the variants are measured too (at 1x). */
  measureVariants: boolean;
  /** One request at a time, at 1x: the latency a single user sees, nothing queued. */
  unloaded: LoadShape;
  /** Seconds of load on every (server, operation) measured at a size, before the first measurement there. */
  firstWarmupSeconds: number;
  sizeWarmupSeconds: number;
  /**
   * Seconds of quiet after a load: Neo4j goes on merging index segments and reclaiming memory for a
   * while after a large write, and reads measured then measure that.
   */
  settleSeconds: number;
}

const MODES: Record<Mode['name'], Mode> = {
  full: {
    name: 'full',
    sizes: [1, 10, 100, 1000],
    shape: { connections: 8, warmupSeconds: 1, seconds: 4, rounds: 2 },
    unloaded: { connections: 1, warmupSeconds: 0.5, seconds: 2, rounds: 2 },
    load: { group: 10, writers: 2 },
    scaleServers: ['coopgraph', 'neo4j-graphql', 'cypher'],
    variants: ['response cache', 'other executor'],
    measureVariants: true,
    firstWarmupSeconds: 3,
    // A load leaves Neo4j busy (index merges, memory to reclaim) and its caches filled by the writes.
    sizeWarmupSeconds: 1,
    settleSeconds: 15,
  },
  quick: {
    name: 'quick',
    sizes: [1, 10],
    shape: { connections: 8, warmupSeconds: 0.2, seconds: 0.8, rounds: 1 },
    unloaded: { connections: 1, warmupSeconds: 0.1, seconds: 0.4, rounds: 1 },
    load: { group: 10, writers: 2 },
    // CI's smoke run: every answer checked at both sizes, latency at 10x for coopgraph only.
    scaleServers: ['coopgraph'],
    // The variants' answers are checked; they are measured in the full run.
    variants: ['response cache', 'other executor'],
    measureVariants: false,
    // Checking the answers has warmed every server once already; each run still has its own warm-up.
    firstWarmupSeconds: 0,
    sizeWarmupSeconds: 0,
    settleSeconds: 0,
  },
};

const BENCH_DIR = path.join(PROJECT_ROOT, 'bench');
const t0 = Date.now();
/** Progress on stderr, with the seconds since start (the report goes to stdout). */
const log = (line: string) =>
  console.error(`[${String(Math.round((Date.now() - t0) / 1000)).padStart(4)} s] ${line}`);

/** Thrown when the servers answer differently or fail: the run itself failed, not a target. */
class BenchFailure extends Error {
  override name = 'BenchFailure';
}

/** coopgraph is measured as it ships: compiled by `npm run build` (see coopgraph/shipped.ts). */
function buildCoopgraph(): void {
  log('coopgraph bench: building coopgraph (npm run build)');
  const started = Date.now();
  const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new BenchFailure(`npm run build failed (exit code ${result.status})`);
  log(`coopgraph bench: built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** A request's `data` (with `whole`, its whole body); a failed request fails the run. */
async function post(
  server: RunningServer,
  request: { path: string; body: string },
  whole = false,
): Promise<Record<string, unknown>> {
  const response = await fetch(`${server.url}${request.path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: request.body,
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (!response.ok || body.errors || !body.data) {
    throw new BenchFailure(`${serverLabel(server)} failed: ${JSON.stringify(body).slice(0, 500)}`);
  }
  return whole ? body : body.data;
}

/** Every server that has the operation answers it the same, or the run stops here. */
async function checkAnswers(operation: Operation, servers: RunningServer[], size: number): Promise<void> {
  const name = serverLabel;
  const answers = await Promise.all(
    servers.map(async (server) => {
      const request = requestFor(operation, server.name);
      return request
        ? { server, answer: normalised(operation, server.name, await post(server, request)) }
        : null;
    }),
  );
  const [reference, ...others] = answers.filter((answer) => answer !== null);
  for (const other of others) {
    if (!isDeepStrictEqual(other.answer, reference!.answer)) {
      throw new BenchFailure(
        `${operation.name} at ${size}x: ${name(other.server)} answers differently from ${name(reference!.server)}\n` +
          `${name(reference!.server)}: ${JSON.stringify(reference!.answer).slice(0, 2_000)}\n` +
          `${name(other.server)}: ${JSON.stringify(other.answer).slice(0, 2_000)}`,
      );
    }
  }
}

/**
 * Cypher statements one request costs, counted by the server itself around one request sent when it
 * has nothing else to do (the statements of requests still in flight would count too).
 */
async function cypherPerRequest(
  server: RunningServer,
  request: { path: string; body: string },
): Promise<number> {
  const before = await idle(server);
  const body = await post(server, request, true);
  const after = await idle(server);
  const counted = after.queries - before.queries;
  // coopgraph reports its own count and the two must agree (a cache hit replays the count of the miss).
  const reported = (body.extensions as { cypherQueries?: number } | undefined)?.cypherQueries ?? 0;
  if (server.name === 'coopgraph' && server.variant !== 'response cache' && reported !== counted) {
    throw new BenchFailure(
      `${serverLabel(server)} ran ${counted} Cypher statements but reported ${reported}`,
    );
  }
  return counted;
}

/** The servers that have `operation`, each with its request for it. */
function runsFor(servers: RunningServer[], operation: Operation) {
  return servers.flatMap((server) => {
    const request = requestFor(operation, server.name);
    return request ? [{ server, request }] : [];
  });
}

/** Measures one operation on the servers that have it, in turn, and makes their rows. */
async function measureRows(servers: RunningServer[], operation: Operation, shape: LoadShape): Promise<Row[]> {
  const runs = runsFor(servers, operation);
  const measured = await measureInTurn(runs, shape);
  const rows: Row[] = [];
  for (const [i, { server, request }] of runs.entries()) {
    const m = measured[i]!;
    const row: Row = {
      server: server.name,
      operation: operation.name,
      variant: server.variant,
      rps: m.rps,
      p50Ms: m.p50Ms,
      p99Ms: m.p99Ms,
      rssMb: m.rssMb,
      cpuMsPerRequest: m.cpuMsPerRequest,
      cypherPerRequest: await cypherPerRequest(server, request),
      timeouts: m.timeouts,
    };
    const ms = (value: number | null) => (value === null ? '–' : value.toFixed(2)).padStart(7);
    log(
      `  ${operation.name.padEnd(13)} ${serverLabel(server).padEnd(30)} ` +
        `${row.rps.toFixed(0).padStart(6)} req/s  p50 ${ms(row.p50Ms)} ms  p99 ${ms(row.p99Ms)} ms  ` +
        `CPU ${ms(row.cpuMsPerRequest)} ms/req  ` +
        `${(row.rssMb ?? 0).toFixed(0)} MB  ${row.cypherPerRequest} Cypher/req` +
        (row.timeouts > 0 ? `  ${row.timeouts} timed out` : ''),
    );
    rows.push(row);
  }
  return rows;
}

/** The executor coopgraph's production configuration chooses (the variant runs the other one). */
const EXECUTOR = configFromEnv(readEnv({ NODE_ENV: 'production' })).jit ? 'graphql-jit' : 'graphql-js';

/** coopgraph's throughput against the library's, on every operation both have. */
const THROUGHPUT_RATIO = 1.5;

function evaluateTargets(
  rows: Row[],
  unloaded: UnloadedRow[],
  scaleRows: ScaleRow[],
  load: LoadStage[],
  sizes: number[],
  connections: number,
): Target[] {
  const targets: Target[] = [];
  const find = (server: ServerName, operation: string) =>
    rows.find((row) => row.server === server && row.operation === operation && row.variant === null);
  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x`;

  for (const operation of OPERATIONS.filter((op) => op.neo4jGraphql)) {
    const ours = find('coopgraph', operation.name);
    const theirs = find('neo4j-graphql', operation.name);
    if (!ours || !theirs) continue;
    targets.push({
      name: `throughput of ${operation.name} >= ${THROUGHPUT_RATIO.toFixed(1)}x @neo4j/graphql`,
      met: ours.rps >= THROUGHPUT_RATIO * theirs.rps,
      detail: `${ratio(ours.rps, theirs.rps)} (${ours.rps.toFixed(0)} vs ${theirs.rps.toFixed(0)} req/s)`,
    });
  }
  for (const operation of OPERATIONS) {
    const ours = find('coopgraph', operation.name);
    if (!ours || operation.maxStatements === undefined) continue;
    targets.push({
      name: `${operation.name} in at most ${operation.maxStatements} Cypher statement${operation.maxStatements > 1 ? 's' : ''}`,
      met: ours.cypherPerRequest <= operation.maxStatements,
      detail: `${ours.cypherPerRequest} per request`,
    });
  }
  for (const operation of OPERATIONS) {
    const ours = find('coopgraph', operation.name);
    const floor = find('cypher', operation.name);
    if (!ours || !floor) continue;
    if (ours.p50Ms === null || floor.p50Ms === null) continue;
    targets.push({
      name: `p50 of ${operation.name} <= 1.5x the Cypher floor (${connections} connections)`,
      met: ours.p50Ms <= 1.5 * floor.p50Ms,
      detail: `${ratio(ours.p50Ms, floor.p50Ms)} (${ours.p50Ms.toFixed(2)} vs ${floor.p50Ms.toFixed(2)} ms)`,
    });
  }
  // The same target for one request at a time: under load, p50 is mostly time spent queued, which
  // follows throughput; alone, it is the time the request itself takes.
  for (const operation of OPERATIONS) {
    const at = (server: ServerName) =>
      unloaded.find(
        (row) => row.server === server && row.variant === null && row.operation === operation.name,
      );
    const ours = at('coopgraph');
    const floor = at('cypher');
    if (ours?.p50Ms == null || floor?.p50Ms == null) continue;
    targets.push({
      name: `p50 of ${operation.name} <= 1.5x the Cypher floor (1 connection)`,
      met: ours.p50Ms <= 1.5 * floor.p50Ms,
      detail: `${ratio(ours.p50Ms, floor.p50Ms)} (${ours.p50Ms.toFixed(2)} vs ${floor.p50Ms.toFixed(2)} ms)`,
    });
  }
  const smallest = sizes[0]!;
  const largest = sizes.at(-1)!;
  for (const operation of OPERATIONS.filter((op) => op.keyBased)) {
    const at = (size: number) =>
      scaleRows.find(
        (row) => row.server === 'coopgraph' && row.operation === operation.name && row.size === size,
      );
    const first = at(smallest);
    const last = at(largest);
    if (!first?.p50Ms || !last?.p50Ms || largest === smallest) continue;
    targets.push({
      name: `p50 of key-based ${operation.name} grows < 2x from ${smallest}x to ${largest}x`,
      met: last.p50Ms < 2 * first.p50Ms,
      detail: `${ratio(last.p50Ms, first.p50Ms)} (${first.p50Ms.toFixed(2)} → ${last.p50Ms.toFixed(2)} ms)`,
    });
  }
  const synthetic = load.filter((stage) => stage.size > 1);
  if (synthetic.length > 0) {
    const entities = synthetic.reduce((sum, stage) => sum + stage.entities, 0);
    const seconds = synthetic.reduce((sum, stage) => sum + stage.seconds, 0);
    const heaps = synthetic.map((stage) => `${stage.retainedHeapMb.toFixed(0)}`).join(' / ');
    targets.push({
      name: `loading ${largest}x >= 5,000 entities/s with bounded memory`,
      met: entities / seconds >= 5_000,
      detail:
        `${(entities / seconds).toFixed(0)} entities/s over ${entities} entities in ${seconds.toFixed(1)} s; ` +
        `heap retained per stage ${heaps} MB`,
    });
  }
  return targets;
}

function packageVersion(name: string): string {
  try {
    const file = path.join(PROJECT_ROOT, 'node_modules', name, 'package.json');
    return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });
  const mode = MODES[values.quick ? 'quick' : 'full'];
  const started = Date.now();
  const machine = {
    date: new Date().toISOString(),
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    cpus: os.cpus().length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    loadAverageBefore: os
      .loadavg()
      .map((value) => value.toFixed(2))
      .join(' '),
  };
  log(
    `coopgraph bench (${mode.name}): sizes ${mode.sizes.join(', ')}x; ${mode.shape.connections} connections, ` +
      `${mode.shape.warmupSeconds} s warm-up, ${mode.shape.seconds} s per run`,
  );

  let local: LocalNeo4j | undefined;
  let dataDir: string | undefined;
  const servers: RunningServer[] = [];
  let db: Database | undefined;
  try {
    let neo4j = {
      uri: process.env.NEO4J_URI ?? '',
      username: process.env.NEO4J_USERNAME ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? '',
      database: process.env.NEO4J_DATABASE ?? 'neo4j',
    };
    if (!neo4j.uri) {
      await ensureBuilt(log);
      dataDir = mkdtempSync(path.join(os.tmpdir(), 'coopgraph-bench-'));
      // Room for the 1000x graph in the page cache: the benchmark measures the servers, not the disk.
      local = await startLocalNeo4j({
        boltPort: await freePort(),
        dataDir,
        heap: '2g',
        pageCache: mode.name === 'full' ? '2g' : '512m',
        startTimeoutMs: 180_000,
        log,
      });
      neo4j = { ...neo4j, uri: local.uri };
    } else {
      log(`coopgraph bench: using ${neo4j.uri}; its database is emptied first (use a scratch database)`);
    }
    buildCoopgraph();
    db = new Database(neo4j);
    await db.waitUntilAvailable(60_000);
    // The servers start (and compile) while the database is prepared; none is asked anything before.
    log('coopgraph bench: starting the servers');
    const launch = async (name: ServerName, variant: Variant | null = null) => {
      const server = await startServer(name, neo4j, variant);
      // Listed at once, so that `finally` stops it even when the run fails before all are up.
      servers.push(server);
      return server;
    };
    const starting = Promise.all([
      launch('coopgraph'),
      launch('neo4j-graphql'),
      launch('cypher'),
      ...mode.variants.map((variant) => launch('coopgraph', variant)),
    ]);
    void starting.catch(() => undefined);
    await emptyDatabase(db);
    log('coopgraph bench: database emptied, constraints and indexes in place');
    const [info] = await db.read<{ version: string; edition: string }>(
      'CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition',
    );

    const realStarted = performance.now();
    const summary = await loadReports(db, { dirs: [DEFAULT_REPORTS_DIR], force: true, log: () => undefined });
    const realSeconds = (performance.now() - realStarted) / 1000;
    const real = await db.read<{ nodes: number; relationships: number }>(
      'CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
    );
    const realEntities = Object.values(summary.nodes).reduce((a, b) => a + b, 0);
    const realRelationships = Object.values(summary.relationships).reduce((a, b) => a + b, 0);
    const load: LoadStage[] = [
      {
        size: 1,
        reports: 1,
        entities: realEntities,
        relationships: realRelationships,
        seconds: realSeconds,
        entitiesPerSecond: realEntities / realSeconds,
        relationshipsPerSecond: realRelationships / realSeconds,
        peakHeapMb: process.memoryUsage().heapUsed / 2 ** 20,
        peakRssMb: process.memoryUsage().rss / 2 ** 20,
        retainedHeapMb: process.memoryUsage().heapUsed / 2 ** 20,
        graph: real[0]!,
      },
    ];
    log(
      `coopgraph bench: real report loaded (${realEntities} entities, ${realRelationships} relationships; ` +
        `synthetic reports have ${REAL_REPORT.nodes} and about ${REAL_REPORT.relationships})`,
    );

    const all = await starting;
    log('coopgraph bench: servers up');
    const plain = all.filter((server) => server.variant === null);
    // Measured at 1x only: the cache holds 1x answers, and the executor's cost does not grow with the graph.
    const variants = all.filter((server) => server.variant !== null);

    const rows: Row[] = [];
    const unloaded: UnloadedRow[] = [];
    const scaleRows: ScaleRow[] = [];
    let reports = 1;
    for (const size of mode.sizes) {
      if (size > reports) {
        log(`coopgraph bench: loading synthetic reports ${reports} to ${size - 1} (${size}x)`);
        const stage = await loadSynthetic(db, reports, size, size, mode.load, log);
        await db.write('CALL db.awaitIndexes(300)');
        load.push(stage);
        await new Promise((resolve) => setTimeout(resolve, mode.settleSeconds * 1000));
        reports = size;
        log(
          `  ${stage.entities} entities, ${stage.relationships} relationships in ${stage.seconds.toFixed(1)} s: ` +
            `${stage.entitiesPerSecond.toFixed(0)} entities/s; graph ${stage.graph.nodes} nodes, ` +
            `${stage.graph.relationships} relationships; peak heap ${stage.peakHeapMb.toFixed(0)} MB`,
        );
      }
      log(`coopgraph bench: ${size}x: checking that the servers agree`);
      for (const operation of OPERATIONS) {
        await checkAnswers(operation, size === 1 ? all : plain, size);
        log(`  ${operation.name}: same answer`);
      }
      const measured =
        size === mode.sizes[0]
          ? [...plain, ...(mode.measureVariants ? variants : [])]
          : plain.filter((server) => mode.scaleServers.includes(server.name));
      const warmup = size === mode.sizes[0] ? mode.firstWarmupSeconds : mode.sizeWarmupSeconds;
      if (warmup > 0) {
        // The JVM and the servers start cold, and a load changes what Neo4j holds in memory: one pass
        // over everything measured at this size before anything counts.
        log(`coopgraph bench: ${size}x: warming up`);
        for (const operation of OPERATIONS) {
          for (const server of measured) {
            const request = requestFor(operation, server.name);
            if (request) await warm(server, request, { ...mode.shape, warmupSeconds: warmup });
          }
        }
      }
      log(`coopgraph bench: ${size}x: measuring`);
      for (const operation of OPERATIONS) {
        for (const row of await measureRows(measured, operation, mode.shape)) {
          if (row.variant === null) scaleRows.push({ ...row, size });
          if (size === 1) rows.push(row);
        }
      }
      if (size === 1) {
        log('coopgraph bench: 1x: one request at a time');
        for (const operation of OPERATIONS) {
          // With the other executor too: its cost shows most when nothing is queued.
          const other = variants.filter((server) => server.variant === 'other executor');
          const runs = runsFor([...plain, ...(mode.measureVariants ? other : [])], operation);
          const measuredOne = await measureInTurn(runs, mode.unloaded);
          for (const [i, { server }] of runs.entries()) {
            const m = measuredOne[i]!;
            unloaded.push({
              server: server.name,
              variant: server.variant,
              operation: operation.name,
              p50Ms: m.p50Ms,
              p99Ms: m.p99Ms,
              cpuMsPerRequest: m.cpuMsPerRequest,
              requests: m.requests,
            });
            log(
              `  ${operation.name.padEnd(13)} ${serverLabel(server).padEnd(30)} p50 ${(m.p50Ms ?? 0).toFixed(2)} ms  ` +
                `p99 ${(m.p99Ms ?? 0).toFixed(2)} ms  (${m.requests} requests)`,
            );
          }
        }
        await Promise.all(variants.map((server) => server.stop()));
      }
    }

    const targets = evaluateTargets(rows, unloaded, scaleRows, load, mode.sizes, mode.shape.connections);
    const results: Results = {
      machine: {
        ...machine,
        loadAverageAfter: os
          .loadavg()
          .map((value) => value.toFixed(2))
          .join(' '),
      },
      versions: {
        coopgraph: (
          JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }
        ).version,
        neo4j: `${info?.version ?? 'unknown'} ${info?.edition ?? ''}`.trim(),
        node: process.version,
        'graphql-yoga': packageVersion('graphql-yoga'),
        graphql: packageVersion('graphql'),
        '@neo4j/graphql': packageVersion('@neo4j/graphql'),
        'neo4j-driver': packageVersion('neo4j-driver'),
        '@graphql-yoga/plugin-response-cache': packageVersion('@graphql-yoga/plugin-response-cache'),
        autocannon: packageVersion('autocannon'),
      },
      method: {
        mode: mode.name,
        executor: EXECUTOR,
        sizes: mode.sizes,
        ...mode.shape,
        unloaded: mode.unloaded,
        load: mode.load,
        seconds: Math.round((Date.now() - started) / 1000),
      },
      rows,
      unloaded,
      scale: { load, rows: scaleRows },
      targets,
    };
    const text = await prettier.format(markdown(results), {
      parser: 'markdown',
      printWidth: 110,
      proseWrap: 'preserve',
    });
    console.log(text);
    mkdirSync(path.join(BENCH_DIR, 'results'), { recursive: true });
    const out = path.join(BENCH_DIR, 'results', mode.name === 'full' ? 'latest.json' : 'quick.json');
    writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
    if (mode.name === 'full') {
      const readme = path.join(BENCH_DIR, 'README.md');
      writeIntoReadme(readme, text.trim());
      const options = (await prettier.resolveConfig(readme)) ?? {};
      writeFileSync(
        readme,
        await prettier.format(readFileSync(readme, 'utf8'), { ...options, filepath: readme }),
      );
    }
    log(
      `coopgraph bench: done in ${Math.round((Date.now() - started) / 1000)} s; results in ${path.relative(PROJECT_ROOT, out)}`,
    );
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    await db?.close();
    await local?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  log(`coopgraph bench: FAILED: ${error instanceof Error ? error.message : String(error)}`);
  if (!(error instanceof BenchFailure) && error instanceof Error && error.stack) log(error.stack);
  process.exit(1);
});
