import type { ManagedTransaction, Result } from 'neo4j-driver';
import type { Database } from '../neo4j/database.ts';
import { cypher } from '../neo4j/cypher.ts';
import type { Properties, ReportGraph } from './graphData.ts';

const Q = {
  loaded: cypher('load-loaded-reports'),
  deleteRelationships: cypher('load-delete-report-relationships'),
  releaseNodes: cypher('load-release-report-nodes'),
  deleteOwned: cypher('load-delete-owned-nodes'),
  marker: cypher('load-report-marker'),
  nodes: cypher('load-nodes'),
  relationships: cypher('load-relationships'),
  prune: cypher('load-prune-nodes'),
  unload: cypher('load-unload-report'),
};

/** Rows per UNWIND statement: large enough to amortise round trips, small enough to keep memory flat. */
export const BATCH_SIZE = 2_000;

/**
 * Neo4j stores no nulls (`SET n = {a: null}` stores nothing), so dropping them changes nothing stored, and
 * lets load-nodes.cypher compare what a node holds with what is written.
 */
function stored(props: Properties): Properties {
  const out: Properties = {};
  for (const [name, value] of Object.entries(props)) if (value !== null) out[name] = value;
  return out;
}

interface NodeRow {
  key: string;
  label: string;
  props: Properties;
  /** Indexes in `reports` of the reports that use the node. */
  uses: number[];
}

/**
 * One row per key, in key order: two loads that share entities lock them in the same order, so they
 * cannot deadlock. A key several reports name takes the properties of the last of them.
 */
function nodeRows(graphs: ReportGraph[]): NodeRow[] {
  const byKey = new Map<string, NodeRow>();
  graphs.forEach((graph, report) => {
    for (const { key, label, props } of graph.nodes) {
      const row = byKey.get(key);
      if (row) {
        row.props = stored(props);
        row.uses.push(report);
      } else byKey.set(key, { key, label, props: stored(props), uses: [report] });
    }
  });
  return [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** A batch of relationships as the columns load-relationships.cypher reads. */
interface RelationshipColumns {
  type: string[];
  from: string[];
  to: string[];
  sources: string[][];
  sourceRefs: string[][];
  origin: string[];
  quote: (string | null)[];
  spanParagraphs: string[][];
  spanStarts: number[][];
  spanEnds: number[][];
  report: number[];
  /** Any other properties (`inferred`, `note`…), null for the many relationships that have none. */
  extra: (Properties | null)[];
}

function* relationshipBatches(graphs: ReportGraph[]): Generator<RelationshipColumns> {
  let batch: RelationshipColumns | undefined;
  for (const [report, graph] of graphs.entries()) {
    for (const { type, from, to, props } of graph.relationships) {
      batch ??= {
        type: [],
        from: [],
        to: [],
        sources: [],
        sourceRefs: [],
        origin: [],
        quote: [],
        spanParagraphs: [],
        spanStarts: [],
        spanEnds: [],
        report: [],
        extra: [],
      };
      const { sources, sourceRefs, origin, quote, spanParagraphs, spanStarts, spanEnds, ...rest } = props;
      const extra = stored(rest);
      batch.type.push(type);
      batch.from.push(from);
      batch.to.push(to);
      batch.sources.push(sources);
      batch.sourceRefs.push(sourceRefs);
      batch.origin.push(origin);
      batch.quote.push(quote);
      batch.spanParagraphs.push(spanParagraphs);
      batch.spanStarts.push(spanStarts);
      batch.spanEnds.push(spanEnds);
      batch.report.push(report);
      batch.extra.push(Object.keys(extra).length > 0 ? extra : null);
      if (batch.type.length === BATCH_SIZE) {
        yield batch;
        batch = undefined;
      }
    }
  }
  if (batch) yield batch;
}

async function removeReport(tx: ManagedTransaction, report: string): Promise<string[]> {
  await tx.run(Q.deleteRelationships, { report });
  const released = await tx.run(Q.releaseNodes, { report });
  await tx.run(Q.deleteOwned, { report });
  return (released.records[0]?.get('keys') as string[] | undefined) ?? [];
}

/**
 * Replaces reports in the graph inside a single transaction: a reader sees the old reports or the new
 * ones, never half of any, and a failure part-way leaves the old ones in place. Several reports in one
 * transaction share its commit, which is what bulk loads need (a commit refreshes every full-text index).
 */
export async function writeReports(db: Database, graphs: ReportGraph[]): Promise<void> {
  if (graphs.length === 0) return;
  const reports = graphs.map((graph) => graph.report);
  await db.writeTransaction(async (tx) => {
    // A report not loaded before has nothing to remove: skip the three deletes.
    const found = await tx.run(Q.loaded, { reports });
    const loaded = (found.records[0]?.get('loaded') as string[] | undefined) ?? [];
    const released = new Set<string>();
    for (const report of loaded) (await removeReport(tx, report)).forEach((key) => released.add(key));

    // The writes are sent without waiting for each to finish: Neo4j runs them in order, one after the
    // other, while the next batch is encoded and sent. The first failure fails the transaction.
    const pending: Result[] = [
      tx.run(Q.marker, {
        reports: graphs.map((graph) => ({
          symbol: graph.report,
          fingerprint: graph.fingerprint,
          nodes: graph.nodes.length,
          relationships: graph.relationships.length,
        })),
      }),
    ];
    const rows = nodeRows(graphs);
    for (let i = 0; i < rows.length; i += BATCH_SIZE)
      pending.push(tx.run(Q.nodes, { reports, rows: rows.slice(i, i + BATCH_SIZE) }));
    for (const columns of relationshipBatches(graphs))
      pending.push(tx.run(Q.relationships, { reports, ...columns }));
    if (released.size > 0) pending.push(tx.run(Q.prune, { keys: [...released] }));
    await Promise.all(pending);
  });
}

/** Replaces one report in the graph inside a single transaction (see `writeReports`). */
export function writeReport(db: Database, graph: ReportGraph): Promise<void> {
  return writeReports(db, [graph]);
}

/** Deletes a report from the graph, and the shared nodes only it used. */
export async function unloadReport(db: Database, report: string): Promise<void> {
  await db.writeTransaction(async (tx) => {
    const released = await removeReport(tx, report);
    await tx.run(Q.unload, { report });
    if (released.length > 0) await tx.run(Q.prune, { keys: released });
  });
}
