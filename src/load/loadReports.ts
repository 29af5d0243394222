import type { Database } from '../neo4j/database.ts';
import { cypher } from '../neo4j/cypher.ts';
import { applySchema } from '../neo4j/schema.ts';
import type { ReportGraph } from './graphData.ts';
import { DEFAULT_REPORTS_DIR, listReportFiles, readReportBundle } from './reportBundle.ts';
import { buildReportGraph } from './reportGraph.ts';
import { unloadReport, writeReport } from './write.ts';
import { DataError } from './dataError.ts';
import { verifiedQuotes } from './quotes.ts';

const FINGERPRINTS = cypher('load-fingerprints');
const COUNTS = cypher('load-counts');
const QUOTES = cypher('load-quotes');

export interface LoadOptions {
  /** Folders of curated data files; default `data/reports`. */
  dirs?: string[];
  /** Reload reports whose data did not change. */
  force?: boolean;
  /** Remove reports from the database whose data file is gone. */
  prune?: boolean;
  log?: (line: string) => void;
}

export interface LoadSummary {
  loaded: string[];
  unchanged: string[];
  removed: string[];
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  /**
   * Relationships in the database; those from outside the report (`external`), which carry their source
   * instead of a quote; and those whose spans slice their quote out of the text they name.
   */
  quotes: { relationships: number; external: number; verified: number };
  ms: number;
}

/** Reads, validates and builds every report before writing any, so invalid data writes nothing. */
export function buildAll(dirs: string[]): ReportGraph[] {
  const graphs = dirs.flatMap(listReportFiles).map((file) => buildReportGraph(readReportBundle(file)));
  const seen = new Map<string, number>();
  graphs.forEach((graph, i) => {
    if (seen.has(graph.report)) throw new DataError(graph.report, '', 'two data files describe this report');
    seen.set(graph.report, i);
  });
  return graphs;
}

/** The reports whose data differ from what the database holds. */
export async function staleReports(db: Database, graphs: ReportGraph[]): Promise<ReportGraph[]> {
  const rows = await db.read<{ symbol: string; fingerprint: string }>(FINGERPRINTS);
  const loaded = new Map(rows.map((row) => [row.symbol, row.fingerprint]));
  return graphs.filter((graph) => loaded.get(graph.report) !== graph.fingerprint);
}

export async function graphCounts(db: Database) {
  const rows = await db.read<{ what: string; name: string; count: number }>(COUNTS);
  const nodes: Record<string, number> = {};
  const relationships: Record<string, number> = {};
  for (const row of rows) (row.what === 'node' ? nodes : relationships)[row.name] = row.count;
  return { nodes, relationships };
}

/** Checks in the database, for every relationship, that each span slices its quote out of its node's text. */
export async function quoteCounts(db: Database): Promise<LoadSummary['quotes']> {
  const [row] = await db.read<LoadSummary['quotes']>(QUOTES);
  return row!;
}

/**
 * Loads the reports into Neo4j: constraints and indexes first, then each changed report in its own
 * transaction, with progress on `log`.
 */
export async function loadReports(db: Database, options: LoadOptions = {}): Promise<LoadSummary> {
  const log = options.log ?? ((line: string) => console.error(line));
  const started = Date.now();
  const graphs = buildAll(options.dirs ?? [DEFAULT_REPORTS_DIR]);
  log(`coopgraph: ${graphs.length} report(s) read and checked`);
  await applySchema(db);

  const stale = options.force ? graphs : await staleReports(db, graphs);
  const staleSymbols = new Set(stale.map((graph) => graph.report));
  for (const [i, graph] of stale.entries()) {
    const t0 = Date.now();
    await writeReport(db, graph);
    log(
      `coopgraph: [${i + 1}/${stale.length}] ${graph.report}: ${graph.nodes.length} nodes, ` +
        `${graph.relationships.length} relationships (${verifiedQuotes(graph)} with a verified quote, ` +
        `${graph.relationships.filter((r) => r.props.origin === 'external').length} from outside the report) ` +
        `written in ${Date.now() - t0} ms`,
    );
  }

  const removed: string[] = [];
  if (options.prune) {
    const present = new Set(graphs.map((graph) => graph.report));
    const rows = await db.read<{ symbol: string }>(FINGERPRINTS);
    for (const { symbol } of rows) {
      if (present.has(symbol)) continue;
      await unloadReport(db, symbol);
      removed.push(symbol);
      log(`coopgraph: removed ${symbol} (its data file is gone)`);
    }
  }

  const counts = await graphCounts(db);
  return {
    loaded: stale.map((graph) => graph.report),
    unchanged: graphs.filter((graph) => !staleSymbols.has(graph.report)).map((graph) => graph.report),
    removed,
    ...counts,
    quotes: await quoteCounts(db),
    ms: Date.now() - started,
  };
}
