import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadReports } from '../../src/load/loadReports.ts';
import { freePort } from '../../src/neo4j/local/process.ts';
import { PROJECT_ROOT } from '../../src/root.ts';
import { resetDatabase, testDatabase } from '../helpers/db.ts';

/**
 * The production build as `npm run build` makes it (the same compiler settings, into a folder of its own
 * inside the repository so that a build in dist/ is left alone), started with node alone as
 * `npm run start:prod` does.
 */
const CACHE = path.join(PROJECT_ROOT, 'node_modules', '.cache');
let out = '';
let child: ChildProcess | undefined;
let base = '';
let output = '';

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

beforeAll(async () => {
  const db = testDatabase();
  await resetDatabase(db);
  await loadReports(db, { log: () => undefined });
  await db.close();

  out = mkdtempSync(path.join(CACHE, 'coopgraph-build-test-'));
  const tsc = path.join(PROJECT_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const built = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--outDir', out], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
  });
  if (built.status !== 0) throw new Error(`the build failed:\n${built.stdout}${built.stderr}`);

  const port = await freePort();
  const neo4j = inject('neo4j');
  // From another folder, as a service manager might start it: nothing may depend on the working directory.
  child = spawn(process.execPath, [path.join(out, 'main.js')], {
    cwd: CACHE,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      NEO4J_URI: neo4j.uri,
      NEO4J_USERNAME: neo4j.username,
      NEO4J_PASSWORD: neo4j.password,
      NEO4J_DATABASE: neo4j.database,
      COOPGRAPH_REQUEST_LOG: 'false',
      COOPGRAPH_SOURCE_MAPS: 'true',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the build exited early:\n${output}`);
    if (Date.now() > deadline) throw new Error(`the build was not ready in 60 s:\n${output}`);
    const ready = await fetch(`${base}/ready`).then(
      (response) => response.status === 200,
      () => false,
    );
    if (ready) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}, 240_000);

afterAll(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child!.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  if (out) rmSync(out, { recursive: true, force: true });
});

describe('the production build', () => {
  it('is ES modules with a source map beside each, and names no folder of the machine it was built on', () => {
    const built = files(out);
    const modules = built.filter((file) => file.endsWith('.js'));
    expect(modules.length).toBeGreaterThan(50);
    for (const file of modules) expect(existsSync(`${file}.map`), file).toBe(true);
    expect(readFileSync(path.join(out, 'main.js'), 'utf8')).toMatch(
      /^import .* from "\.\/config\/env\.js";$/m,
    );
    for (const file of built) {
      const text = readFileSync(file, 'utf8');
      expect(text.includes(PROJECT_ROOT), file).toBe(false);
      expect(text.includes(out), file).toBe(false);
    }
  });

  it('starts with node alone and answers GraphQL from the Cypher and data of the repository', async () => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ entity(key: "network:ejn") { key name } }' }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      data: { entity: { key: 'network:ejn', name: 'European Judicial Network' } },
    });
    // Production: no introspection.
    const introspection = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }),
    });
    expect(((await introspection.json()) as { errors?: unknown[] }).errors?.length).toBeGreaterThan(0);
  });

  it('serves the explorer page, its font and the exports', async () => {
    const page = await fetch(`${base}/explore`);
    expect(page.status).toBe(200);
    expect(await page.text()).toBe(
      readFileSync(path.join(PROJECT_ROOT, 'src/explorer/public/index.html'), 'utf8'),
    );
    expect((await fetch(`${base}/explore/js/main.mjs`)).status).toBe(200);
    expect((await fetch(`${base}/explore/fonts/noto-sans-sc/index.css`)).status).toBe(200);
    const graphml = await fetch(`${base}/export/neighborhood.graphml?keys=network:ejn`);
    expect(graphml.status).toBe(200);
    expect(await graphml.text()).toContain('<node id="network:ejn"');
  });
});
