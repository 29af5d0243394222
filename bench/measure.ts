import autocannon from 'autocannon';
import { idle, rssMb, serverStats, type RunningServer } from './servers.ts';

/**
 * How one operation is driven: a fixed number of connections for a fixed time, after a warm-up. The time
 * is cut into `rounds`, taken in turn by the servers compared, so that a change in the machine's load
 * falls on all of them alike rather than on whichever ran then.
 */
export interface LoadShape {
  connections: number;
  warmupSeconds: number;
  seconds: number;
  rounds: number;
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
  /**
   * CPU time (user and system) the server's process spent per completed request over the rounds: what
   * a request costs the server itself, whatever else the machine runs (Neo4j's share is not in it).
   */
  cpuMsPerRequest: number | null;
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

/** What the rounds of one server added up to so far. */
class Tally {
  readonly latencies: number[] = [];
  requests = 0;
  seconds = 0;
  timeouts = 0;
  cpuMicros = 0;
  peakRss: number | null = null;

  rss(value: number | null): void {
    if (value !== null) this.peakRss = Math.max(this.peakRss ?? 0, value);
  }

  result(): Measurement {
    const sorted = [...this.latencies].sort((a, b) => a - b);
    return {
      rps: this.requests / this.seconds,
      p50Ms: percentile(sorted, 50),
      p99Ms: percentile(sorted, 99),
      rssMb: this.peakRss,
      requests: this.requests,
      timeouts: this.timeouts,
      cpuMsPerRequest: this.requests > 0 ? this.cpuMicros / 1000 / this.requests : null,
    };
  }
}

/** One round: `seconds` of load on one server, recorded in its tally; then waits for it to be idle. */
async function round(
  server: RunningServer,
  request: { path: string; body: string },
  seconds: number,
  connections: number,
  tally: Tally,
): Promise<void> {
  const before = await serverStats(server);
  const sampler = setInterval(() => tally.rss(rssMb(server.pid)), 200);
  const run = drive(server, request, seconds, connections);
  run.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) =>
    tally.latencies.push(ms),
  );
  const result = await run;
  clearInterval(sampler);
  tally.rss(rssMb(server.pid));
  check(result, server);
  tally.requests += result.requests.total;
  tally.seconds += result.duration;
  tally.timeouts += result.timeouts;
  // Until idle: the work of requests still in flight when the round ended counts too.
  const after = await idle(server);
  tally.cpuMicros += after.cpuMicros - before.cpuMicros;
}

/**
 * Drives each server's request from this process (the servers run in their own): a warm-up each, then
 * the measured time in rounds taken in turn. Latency percentiles come from every response's own time,
 * in fractions of a millisecond (autocannon's histogram keeps whole milliseconds). An error, a non-2xx
 * status or a GraphQL error fails the measurement: a number measured over failures would mean nothing.
 * After each round the runner waits until the server has finished every request the round left in
 * flight.
 */
export async function measureInTurn(
  runs: { server: RunningServer; request: { path: string; body: string } }[],
  shape: LoadShape,
): Promise<Measurement[]> {
  if (shape.warmupSeconds > 0) for (const { server, request } of runs) await warm(server, request, shape);
  const tallies = runs.map(() => new Tally());
  for (let r = 0; r < shape.rounds; r += 1) {
    for (const [i, { server, request }] of runs.entries()) {
      await round(server, request, shape.seconds / shape.rounds, shape.connections, tallies[i]!);
    }
  }
  return tallies.map((tally) => tally.result());
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
