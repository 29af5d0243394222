import autocannon from 'autocannon';
import { idle, rssMb, type RunningServer } from './servers.ts';

/** How one operation is driven: a fixed number of connections for a fixed time, after a warm-up. */
export interface LoadShape {
  connections: number;
  warmupSeconds: number;
  seconds: number;
}

export interface Measurement {
  rps: number;
  /** Null when no request completed within the run. */
  p50Ms: number | null;
  p99Ms: number | null;
  /** Peak resident memory of the server process during the measured run. */
  rssMb: number | null;
  requests: number;
  /** Requests that took longer than the client's timeout (counted, not failures: a slow answer is a result). */
  timeouts: number;
}

/** Seconds a request may take before the client gives up on it. */
const TIMEOUT_SECONDS = 30;

function percentile(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function drive(
  server: RunningServer,
  request: { path: string; body: string },
  seconds: number,
  connections: number,
) {
  return autocannon({
    url: `${server.url}${request.path}`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: request.body,
    connections,
    pipelining: 1,
    duration: seconds,
    // autocannon stops at its next sample tick: ticks of 100 ms keep runs as long as asked (1 s by default).
    sampleInt: 100,
    timeout: TIMEOUT_SECONDS,
    // A GraphQL error comes back with status 200: look for it in the body.
    verifyBody: (body) => !body.includes('"errors"'),
  });
}

/** Drives `request` for the warm-up time, recording nothing, and waits for the server to be idle. */
export async function warm(
  server: RunningServer,
  request: { path: string; body: string },
  shape: LoadShape,
): Promise<void> {
  check(await drive(server, request, shape.warmupSeconds, shape.connections), server);
  await idle(server);
}

/**
 * Drives `request` against `server` from this process (the servers run in their own), after a warm-up
 * at the same concurrency. Latency percentiles come from every response's own time, in fractions of a
 * millisecond (autocannon's histogram keeps whole milliseconds). An error, a non-2xx status or a GraphQL
 * error fails the measurement: a number measured over failures would mean nothing. Before returning it
 * waits until the server has finished every request the run left in flight.
 */
export async function measure(
  server: RunningServer,
  request: { path: string; body: string },
  shape: LoadShape,
): Promise<Measurement> {
  if (shape.warmupSeconds > 0) await warm(server, request, shape);
  const latencies: number[] = [];
  let peakRss: number | null = null;
  const sampler = setInterval(() => {
    const rss = rssMb(server.pid);
    if (rss !== null) peakRss = Math.max(peakRss ?? 0, rss);
  }, 200);
  const run = drive(server, request, shape.seconds, shape.connections);
  run.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => latencies.push(ms));
  const result = await run;
  clearInterval(sampler);
  const rss = rssMb(server.pid);
  if (rss !== null) peakRss = Math.max(peakRss ?? 0, rss);
  check(result, server);
  await idle(server);
  latencies.sort((a, b) => a - b);
  return {
    rps: result.requests.total / result.duration,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    rssMb: peakRss,
    requests: result.requests.total,
    timeouts: result.timeouts,
  };
}

function check(
  result: { errors: number; timeouts: number; non2xx: number; mismatches: number },
  server: RunningServer,
): void {
  // autocannon counts a timeout as an error too; only the other errors are failures.
  const errors = result.errors - result.timeouts;
  const failures = errors + result.non2xx + result.mismatches;
  if (failures > 0) {
    throw new Error(
      `${server.name}: ${failures} failed requests under load (errors ${errors}, ` +
        `non-2xx ${result.non2xx}, GraphQL errors ${result.mismatches})`,
    );
  }
}
