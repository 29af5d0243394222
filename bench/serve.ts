import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

/**
 * What every benchmarked server process shares: it listens on a free loopback port, says so on stdout
 * (`BENCH_READY <port>`, which the runner waits for), answers `GET /bench/stats` with what it counted
 * and the CPU time it has used,
 * and exits on SIGTERM or when the runner's pipe closes.
 */
export interface Counters {
  /** Cypher statements sent to Neo4j since start. */
  queries: number;
  /** Statements sent and not yet answered: what a slow server is still working on. */
  running: number;
}

/** Counts `statement` while it runs (its promise settles when Neo4j has answered). */
export function counted<T>(counters: Counters, statement: () => PromiseLike<T>): Promise<T> {
  counters.queries += 1;
  counters.running += 1;
  return Promise.resolve()
    .then(statement)
    .finally(() => {
      counters.running -= 1;
    });
}

/** A request handler; Yoga's and the floor's resolve when they are done with a request. */
type Handler = (request: IncomingMessage, response: ServerResponse) => unknown;

export function serve(handler: Handler, counters: Counters, close: () => Promise<void>): Promise<void> {
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    if (request.method === 'GET' && request.url === '/bench/stats') {
      response.writeHead(200, { 'content-type': 'application/json' });
      const cpu = process.cpuUsage();
      response.end(
        JSON.stringify({
          ...counters,
          rssBytes: process.memoryUsage().rss,
          cpuMicros: cpu.user + cpu.system,
        }),
      );
      return;
    }
    void handler(request, response);
  });
  // Keep-alive longer than the load generator's idle gaps, so connections are reused as in production.
  server.keepAliveTimeout = 65_000;
  const stop = async () => {
    server.closeAllConnections();
    server.close();
    await close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
  // The runner holds our stdin open; when it goes away, so do we.
  process.stdin.on('end', () => void stop());
  process.stdin.resume();
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      process.stdout.write(`BENCH_READY ${port}\n`);
      resolve();
    });
  });
}

/** Reads a JSON request body (the benchmark's requests are small). */
export async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return chunks.length === 0
    ? {}
    : (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>);
}

export function neo4jSettings(): { uri: string; username: string; password: string; database: string } {
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error('NEO4J_URI is not set: the runner passes the Neo4j to use');
  return {
    uri,
    username: process.env.NEO4J_USERNAME ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? '',
    database: process.env.NEO4J_DATABASE ?? 'neo4j',
  };
}
