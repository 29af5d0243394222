/**
 * Start time and memory of the server in its two forms: the sources through tsx (`npm start`) and the
 * compiled build (`npm run start:prod`). Against one throwaway local Neo4j with the reports loaded (so
 * that only the server's own start is timed), each form is started ROUNDS times (START_ROUNDS, default 5)
 * with NODE_ENV=production: the time from spawning node to the first 200 of /ready, and the process's
 * resident memory (VmRSS) then and after 200 GraphQL requests. Prints the median and the range.
 * Run with `node --import tsx tools/measureStart.ts` after `npm run build`.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadReports } from '../src/load/loadReports.ts';
import { Database } from '../src/neo4j/database.ts';
import { ensureBuilt } from '../src/neo4j/local/build.ts';
import { freePort, startLocalNeo4j } from '../src/neo4j/local/process.ts';
import { PROJECT_ROOT } from '../src/root.ts';

const ROUNDS = Number(process.env.START_ROUNDS ?? 5);
const REQUESTS = 200;
const FORMS = {
  tsx: ['--import', 'tsx', 'src/main.ts'],
  compiled: ['dist/main.js'],
} as const;
type Form = keyof typeof FORMS;

interface Sample {
  readyMs: number;
  rssReadyMb: number;
  rssAfterMb: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1]);
  return kb / 1024;
}

async function once(form: Form, neo4jUri: string): Promise<Sample> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [...FORMS[form]], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEO4J_URI: neo4jUri,
      PORT: String(port),
      HOST: '127.0.0.1',
      COOPGRAPH_REQUEST_LOG: 'false',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    let readyMs = 0;
    while (readyMs === 0) {
      if (child.exitCode !== null) throw new Error(`${form} exited (${child.exitCode}):\n${stderr}`);
      if (performance.now() - started > 60_000) throw new Error(`${form} not ready in 60 s:\n${stderr}`);
      const ok = await fetch(`http://127.0.0.1:${port}/ready`).then(
        (response) => response.status === 200,
        () => false,
      );
      if (ok) readyMs = performance.now() - started;
      else await sleep(10);
    }
    const rssReadyMb = rssMb(child.pid!);
    for (let i = 0; i < REQUESTS; i += 1) {
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query:
            '{ entity(key: "network:ejn") { key name relations(first: 20) { type other { key name } } } }',
        }),
      });
      if (response.status !== 200) throw new Error(`${form}: request ${i} answered ${response.status}`);
      await response.arrayBuffer();
    }
    return { readyMs, rssReadyMb, rssAfterMb: rssMb(child.pid!) };
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

function summary(values: number[], digits: number): string {
  const sorted = [...values].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  return `${median.toFixed(digits)} (${sorted[0]!.toFixed(digits)}–${sorted.at(-1)!.toFixed(digits)})`;
}

async function main(): Promise<void> {
  if (!existsSync(path.join(PROJECT_ROOT, 'dist', 'main.js'))) {
    throw new Error('no build in dist/: run `npm run build` first');
  }
  await ensureBuilt();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'coopgraph-measure-start-'));
  const neo4j = await startLocalNeo4j({
    boltPort: await freePort(),
    dataDir,
    heap: '1g',
    pageCache: '256m',
    startTimeoutMs: 180_000,
    log: () => undefined,
  });
  try {
    const db = new Database({ uri: neo4j.uri, username: 'neo4j', password: '', database: 'neo4j' });
    await loadReports(db, { log: () => undefined });
    await db.close();
    const samples: Record<Form, Sample[]> = { tsx: [], compiled: [] };
    for (let round = 1; round <= ROUNDS; round += 1) {
      // Alternating, so that a slower moment of a shared machine does not fall on one form only.
      for (const form of Object.keys(FORMS) as Form[]) {
        const sample = await once(form, neo4j.uri);
        samples[form].push(sample);
        console.error(
          `round ${round} ${form}: ready in ${sample.readyMs.toFixed(0)} ms, ` +
            `RSS ${sample.rssReadyMb.toFixed(1)} MB, ${sample.rssAfterMb.toFixed(1)} MB after ${REQUESTS} requests`,
        );
      }
    }
    console.log(`| form | start to /ready (ms) | RSS at ready (MB) | RSS after ${REQUESTS} requests (MB) |`);
    console.log('| --- | --- | --- | --- |');
    for (const form of Object.keys(FORMS) as Form[]) {
      const of = (key: keyof Sample) => samples[form].map((sample) => sample[key]);
      console.log(
        `| ${form} | ${summary(of('readyMs'), 0)} | ${summary(of('rssReadyMb'), 1)} | ${summary(of('rssAfterMb'), 1)} |`,
      );
    }
    console.log(`median (min–max) of ${ROUNDS} starts each`);
  } finally {
    await neo4j.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
