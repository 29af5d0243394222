import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../src/neo4j/local/process.ts';
import { PROJECT_ROOT } from '../../src/neo4j/local/paths.ts';

/** `npm start` as a user runs it: the real server process with its own local Neo4j. */
interface Started {
  child: ChildProcess;
  port: number;
  javaPid: number;
  output: () => string;
}

const dataDirs: string[] = [];
afterAll(() => dataDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function serverEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra, COOPGRAPH_LOAD: 'never' };
  delete env.NEO4J_URI;
  return env;
}

async function startServer(): Promise<Started> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'coopgraph-lifecycle-'));
  dataDirs.push(dataDir);
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: PROJECT_ROOT,
    env: serverEnv({
      PORT: String(port),
      HOST: '127.0.0.1',
      NEO4J_LOCAL_BOLT_PORT: String(await freePort()),
      NEO4J_LOCAL_DIR: dataDir,
      NEO4J_LOCAL_PAGECACHE: '64m',
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 120_000;
  while (!output.includes('GraphQL at')) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`);
    if (Date.now() > deadline) throw new Error(`server not ready in time:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const javaPid = Number(/pid (\d+)\)/.exec(output)?.[1]);
  return { child, port, javaPid, output: () => output };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitUntilGone(pid: number, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (isAlive(pid)) {
    if (Date.now() - started > timeoutMs) throw new Error(`process ${pid} still alive after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return Date.now() - started;
}

/** Each of these starts and stops a Neo4j of its own: generous, for a busy machine. */
const PROCESS_TEST_TIMEOUT = 180_000;

describe('server lifecycle with the local Neo4j', { timeout: PROCESS_TEST_TIMEOUT }, () => {
  it('serves /ready, and Ctrl-C (SIGINT) stops the server and its Neo4j', async () => {
    const server = await startServer();
    expect(isAlive(server.javaPid)).toBe(true);
    const ready = await fetch(`http://127.0.0.1:${server.port}/ready`);
    expect(ready.status).toBe(200);
    const exited = new Promise<number | null>((resolve) => server.child.once('exit', resolve));
    server.child.kill('SIGINT');
    expect(await exited).toBe(0);
    await waitUntilGone(server.javaPid, 30_000);
    expect(server.output()).toContain('SIGINT received');
  });

  it('leaves no orphan Java process when the server is killed outright (SIGKILL)', async () => {
    const server = await startServer();
    expect(isAlive(server.javaPid)).toBe(true);
    server.child.kill('SIGKILL');
    await waitUntilGone(server.javaPid, 60_000);
    expect(isAlive(server.javaPid)).toBe(false);
  });

  it('says in one line what to do when Java is missing', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: PROJECT_ROOT,
      env: serverEnv({ PATH: '/nonexistent' }),
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^coopgraph: java was not found .*install a Java 17\+ runtime/);
  });

  it('rejects an invalid setting with the variable named', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: PROJECT_ROOT,
      env: serverEnv({ PORT: 'eighty' }),
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toMatch(/^coopgraph: invalid configuration: PORT: /);
  });
});
