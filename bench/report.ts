import { readFileSync, writeFileSync } from 'node:fs';
import type { LoadStage } from './scale.ts';
import type { ServerName } from './operations.ts';
import type { Variant } from './servers.ts';

/** One measured (server, operation, cache) at one size of the graph. */
export interface Row {
  server: ServerName;
  operation: string;
  /** Null for the server as it ships. */
  variant: Variant | null;
  rps: number;
  /** Null when no request completed within the run. */
  p50Ms: number | null;
  p99Ms: number | null;
  rssMb: number | null;
  /** CPU time of the server's own process per request (Neo4j's is not in it). */
  cpuMsPerRequest: number | null;
  cypherPerRequest: number;
  /** Requests that took longer than the client's 30 s timeout. */
  timeouts: number;
}

export interface ScaleRow extends Row {
  size: number;
}

/** The latency of one request at a time (one connection, nothing queued): what a single user sees. */
export interface UnloadedRow {
  server: ServerName;
  variant: Variant | null;
  operation: string;
  p50Ms: number | null;
  p99Ms: number | null;
  cpuMsPerRequest: number | null;
  requests: number;
}

export interface Target {
  name: string;
  met: boolean;
  /** The measured ratios or rates, as printed. */
  detail: string;
}

export interface Results {
  machine: Record<string, unknown>;
  versions: Record<string, string>;
  method: Record<string, unknown>;
  /** The comparison at 1x: every server, response cache off, and coopgraph with it on. */
  rows: Row[];
  /** At 1x, response cache off, one connection. */
  unloaded: UnloadedRow[];
  scale: { load: LoadStage[]; rows: ScaleRow[] };
  targets: Target[];
}

const fixed = (value: number | null, digits = 1) =>
  value === null || Number.isNaN(value) ? '–' : value.toFixed(digits);

function table(header: string[], lines: string[][]): string {
  const widths = header.map((cell, i) => Math.max(cell.length, ...lines.map((line) => line[i]!.length)));
  const format = (cells: string[]) =>
    `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | ')} |`;
  const rule = `| ${widths.map((width, i) => (i === 0 ? '-'.repeat(width) : `${'-'.repeat(width - 1)}:`)).join(' | ')} |`;
  return [format(header), rule, ...lines.map(format)].join('\n');
}

export function comparisonTable(rows: Row[]): string {
  return table(
    [
      'operation',
      'server',
      'variant',
      'req/s',
      'p50 ms',
      'p99 ms',
      'CPU ms/req',
      'RSS MB',
      'Cypher/req',
      'timeouts',
    ],
    rows.map((row) => [
      row.operation,
      row.server,
      row.variant ?? '',
      fixed(row.rps, 0),
      fixed(row.p50Ms, 2),
      fixed(row.p99Ms, 2),
      fixed(row.cpuMsPerRequest, 2),
      fixed(row.rssMb, 0),
      fixed(row.cypherPerRequest, 0),
      String(row.timeouts),
    ]),
  );
}

export function unloadedTable(rows: UnloadedRow[]): string {
  return table(
    ['operation', 'server', 'variant', 'p50 ms', 'p99 ms', 'CPU ms/req', 'requests'],
    rows.map((row) => [
      row.operation,
      row.server,
      row.variant ?? '',
      fixed(row.p50Ms, 2),
      fixed(row.p99Ms, 2),
      fixed(row.cpuMsPerRequest, 2),
      String(row.requests),
    ]),
  );
}

export function loadTable(stages: LoadStage[]): string {
  return table(
    [
      'size',
      'reports written',
      'graph nodes',
      'graph rels',
      'entities',
      'seconds',
      'entities/s',
      'rels/s',
      'peak heap MB',
      'heap retained MB',
    ],
    stages.map((stage) => [
      `${stage.size}x`,
      String(stage.reports),
      String(stage.graph.nodes),
      String(stage.graph.relationships),
      String(stage.entities),
      fixed(stage.seconds, 1),
      fixed(stage.entitiesPerSecond, 0),
      fixed(stage.relationshipsPerSecond, 0),
      fixed(stage.peakHeapMb, 0),
      fixed(stage.retainedHeapMb, 0),
    ]),
  );
}

/** p50 (ms) of each operation and server at each size, and its growth from the smallest to the largest. */
export function scaleTable(rows: ScaleRow[]): string {
  const sizes = [...new Set(rows.map((row) => row.size))].sort((a, b) => a - b);
  const keys = [...new Set(rows.map((row) => `${row.operation}\u0000${row.server}`))];
  return table(
    ['operation', 'server', ...sizes.map((size) => `p50 ${size}x`), `growth ${sizes[0]}x→${sizes.at(-1)}x`],
    keys.map((key) => {
      const [operation, server] = key.split('\u0000') as [string, string];
      const p50 = sizes.map(
        (size) =>
          rows.find((row) => row.operation === operation && row.server === server && row.size === size)
            ?.p50Ms,
      );
      const growth = p50[0] && p50.at(-1) ? `${(p50.at(-1)! / p50[0]).toFixed(2)}x` : '–';
      return [operation, server, ...p50.map((value) => fixed(value ?? null, 2)), growth];
    }),
  );
}

/**
 * coopgraph with each executor at 1x, from the rows of the server as it ships and of its variant with the
 * other executor: throughput under load and p50 of one request at a time.
 */
export function executorTable(rows: Row[], unloaded: UnloadedRow[], executor: string): string {
  const operations = [...new Set(rows.map((row) => row.operation))];
  // The row of each executor: the server as it ships runs `executor`, its variant the other one.
  const variantOf = (jit: boolean): Variant | null =>
    jit === (executor === 'graphql-jit') ? null : 'other executor';
  const pick = <T extends { server: ServerName; variant: Variant | null; operation: string }>(
    list: T[],
    operation: string,
    jit: boolean,
  ) =>
    list.find(
      (row) => row.server === 'coopgraph' && row.operation === operation && row.variant === variantOf(jit),
    );
  return table(
    ['operation', 'req/s js', 'req/s jit', 'jit/js', 'p50 ms 1 conn. js', 'p50 ms 1 conn. jit'],
    operations.flatMap((operation) => {
      const [js, jit] = [pick(rows, operation, false), pick(rows, operation, true)];
      if (!js || !jit) return [];
      return [
        [
          operation,
          fixed(js.rps, 0),
          fixed(jit.rps, 0),
          `${(jit.rps / js.rps).toFixed(2)}x`,
          fixed(pick(unloaded, operation, false)?.p50Ms ?? null, 2),
          fixed(pick(unloaded, operation, true)?.p50Ms ?? null, 2),
        ],
      ];
    }),
  );
}

export function targetList(targets: Target[]): string {
  return targets
    .map((target) => `- ${target.met ? 'MET' : 'MISSED'}: ${target.name} — ${target.detail}`)
    .join('\n');
}

export function markdown(results: Results): string {
  const executors = results.rows.some((row) => row.variant === 'other executor')
    ? [
        '### Executors at 1x (coopgraph, 8 connections and 1)',
        '',
        executorTable(results.rows, results.unloaded, String(results.method.executor)),
        '',
      ]
    : [];
  return [
    `Run of ${results.machine.date} on ${results.machine.cpus}× ${results.machine.cpuModel}, ` +
      `${results.machine.memoryGb} GB, load average ${results.machine.loadAverageBefore} before the run ` +
      `and ${results.machine.loadAverageAfter} after (${results.method.mode} mode). coopgraph executes ` +
      `with ${results.method.executor}` +
      (executors.length > 0 ? '; the variant "other executor" with the other one.' : '.'),
    '',
    '### Comparison at 1x (the real report)',
    '',
    comparisonTable(results.rows),
    '',
    '### One request at a time at 1x (1 connection, no response cache)',
    '',
    unloadedTable(results.unloaded),
    '',
    ...executors,
    '### Loading',
    '',
    loadTable(results.scale.load),
    '',
    '### Latency as the graph grows (p50, ms, as shipped)',
    '',
    scaleTable(results.scale.rows),
    '',
    '### Targets',
    '',
    targetList(results.targets),
  ].join('\n');
}

export const README_START = '<!-- bench:results:start -->';
export const README_END = '<!-- bench:results:end -->';

/** Replaces what lies between the markers of the README, leaving the rest as it is. */
export function writeIntoReadme(file: string, text: string): void {
  const readme = readFileSync(file, 'utf8');
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) throw new Error(`${file} lacks the markers ${README_START} … ${README_END}`);
  writeFileSync(file, `${readme.slice(0, start + README_START.length)}\n\n${text}\n\n${readme.slice(end)}`);
}
