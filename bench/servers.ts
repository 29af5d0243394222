import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { ServerName } from './operations.ts';

/**
 * A coopgraph process set up otherwise than as it ships, measured beside it at 1x: with the response
 * cache in front, or with the executor its configuration does not choose (graphql-js or graphql-jit).
 */
export type Variant = 'response cache' | 'other executor';

/** One benchmarked server, running in its own process so that its memory is its own. */
export interface RunningServer {
  name: ServerName;
  /** Null for the server as it ships. */
  variant: Variant | null;
  pid: number;
  url: string;
  stop(): Promise<void>;
}

const SCRIPTS: Record<ServerName, string> = {
  coopgraph: 'coopgraph/server.ts',
  'neo4j-graphql': 'neo4j-graphql/server.ts',
  cypher: 'cypher-floor/server.ts',
};

const START_TIMEOUT_MS = 120_000;

export async function startServer(
  name: ServerName,
  neo4j: { uri: string; username: string; password: string; database: string },
  variant: Variant | null = null,
): Promise<RunningServer> {
  const script = new URL(`./${SCRIPTS[name]}`, import.meta.url).pathname;
  // BENCH_SERVER_NODE_ARGS (e.g. `--cpu-prof --cpu-prof-dir=prof`) reaches the servers' node, for profiling.
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', script], {
    env: {
      ...process.env,
      NEO4J_URI: neo4j.uri,
      NEO4J_USERNAME: neo4j.username,
      NEO4J_PASSWORD: neo4j.password,
      NEO4J_DATABASE: neo4j.database,
      BENCH_RESPONSE_CACHE: variant === 'response cache' ? '1' : '0',
      BENCH_OTHER_EXECUTOR: variant === 'other executor' ? '1' : '0',
    },
    // stdin stays a pipe from this process: when the runner dies, the server sees it close and exits.
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${name} did not start within ${START_TIMEOUT_MS / 1000} s`));
    }, START_TIMEOUT_MS);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = /^BENCH_READY (\d+)$/.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`${name} exited before it was ready (exit code ${child.exitCode})`));
    });
  });
  return {
    name,
    variant,
    pid: child.pid!,
    url: `http://127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** How a server is named in progress lines and errors: `coopgraph (response cache)`. */
export const serverLabel = (server: RunningServer): string =>
  server.variant ? `${server.name} (${server.variant})` : server.name;

/** Resident memory of a process in MB, read from /proc (Linux); null where there is no /proc. */
export function rssMb(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1];
    return kb ? Number(kb) / 1024 : null;
  } catch {
    return null;
  }
}

export interface ServerStats {
  queries: number;
  running: number;
  rssBytes: number;
  /** User and system CPU time of the server's process since it started. */
  cpuMicros: number;
}

/** What a server counted since it started (see serve.ts). */
export async function serverStats(server: RunningServer): Promise<ServerStats> {
  const response = await fetch(`${server.url}/bench/stats`);
  return (await response.json()) as ServerStats;
}

/**
 * Waits until the server has stopped working on what the last run asked: no statement running and none
 * started for 100 ms (a run ends by dropping its connections, and a slow server keeps working on what it
 * was asked). What one run leaves behind must neither slow the next nor count in it. Gives up after
 * `timeoutMs` with a warning rather than stop the run.
 */
export async function idle(
  server: RunningServer,
  warn: (line: string) => void = console.error,
  timeoutMs = 120_000,
): Promise<ServerStats> {
  const deadline = Date.now() + timeoutMs;
  let last = await serverStats(server);
  let quiet = 0;
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    const stats = await serverStats(server);
    quiet = stats.running === 0 && stats.queries === last.queries ? quiet + 1 : 0;
    last = stats;
    if (quiet >= 2) return stats;
    if (Date.now() > deadline) {
      warn(`  warning: ${server.name} still runs ${stats.running} statements after ${timeoutMs / 1000} s`);
      return stats;
    }
  }
}
