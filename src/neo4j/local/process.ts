import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { CLASSES_DIR, LIB_DIR, MAIN_CLASS } from './paths.ts';

export interface LocalNeo4jOptions {
  boltPort: number;
  dataDir: string;
  heap: string;
  pageCache: string;
  startTimeoutMs: number;
  log?: (line: string) => void;
}

export interface LocalNeo4j {
  uri: string;
  pid: number;
  /** Resolves when the process has exited; also reports an unexpected exit while the server runs. */
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

const READY = /^coopgraph-neo4j ready (bolt:\/\/\S+)/;

export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/** An unused TCP port on loopback, for throwaway databases in tests. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function waitForExit(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });
}

/**
 * Starts the embedded Neo4j of `neo4j-local` as a child process and resolves once Bolt accepts
 * connections. Its standard input stays a pipe from this process: if this process dies without calling
 * `stop()`, the pipe closes and the child shuts itself down, so no Java process is left behind.
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = options.log ?? ((line: string) => console.error(line));
  if (!(await portIsFree(options.boltPort))) {
    throw new LocalNeo4jError(
      `port ${options.boltPort} on 127.0.0.1 is in use: stop what holds it, or set NEO4J_LOCAL_BOLT_PORT to a free port`,
    );
  }
  const dataDir = path.resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });

  const child = spawn(
    'java',
    [
      `-Xmx${options.heap}`,
      `-Dcoopgraph.pagecache=${options.pageCache}`,
      '-XX:+UseG1GC',
      '-cp',
      `${CLASSES_DIR}${path.delimiter}${path.join(LIB_DIR, '*')}`,
      MAIN_CLASS,
      dataDir,
      String(options.boltPort),
    ],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  const exited = waitForExit(child);
  const recent: string[] = [];
  const remember = (line: string) => {
    recent.push(line);
    if (recent.length > 40) recent.shift();
  };
  createInterface({ input: child.stderr! }).on('line', remember);

  const uri = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new LocalNeo4jError(
          `local Neo4j did not become ready within ${options.startTimeoutMs} ms; its last output:\n${recent.join('\n')}`,
        ),
      );
    }, options.startTimeoutMs);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      remember(line);
      const match = READY.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new LocalNeo4jError(`could not start java: ${error.message}`));
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(
        new LocalNeo4jError(
          `local Neo4j exited (code ${code}) before it was ready; its last output:\n${recent.join('\n')}`,
        ),
      );
    });
  });
  log(`coopgraph: local Neo4j ready at ${uri} (data in ${dataDir}, pid ${child.pid})`);

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const killTimer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(killTimer);
    })();
    return stopping;
  };
  return { uri, pid: child.pid!, exited, stop };
}
