import type { ManagedTransaction } from 'neo4j-driver';
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

function batches<T>(rows: T[], size = BATCH_SIZE): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/**
 * Neo4j stores no nulls (`SET n = {a: null}` stores nothing), so dropping them changes nothing stored, and
 * lets load-nodes.cypher compare what a node holds with what is written.
 */
function stored(props: Properties): Properties {
  const out: Properties = {};
  for (const [name, value] of Object.entries(props)) if (value !== null) out[name] = value;
  return out;
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
  await db.writeTransaction(async (tx) => {
    // A report not loaded before has nothing to remove: skip the three deletes.
    const found = await tx.run(Q.loaded, { reports: graphs.map((graph) => graph.report) });
    const loaded = (found.records[0]?.get('loaded') as string[] | undefined) ?? [];
    const released = new Set<string>();
    for (const report of loaded) (await removeReport(tx, report)).forEach((key) => released.add(key));

    await tx.run(Q.marker, {
      reports: graphs.map((graph) => ({
        symbol: graph.report,
        fingerprint: graph.fingerprint,
        nodes: graph.nodes.length,
        relationships: graph.relationships.length,
      })),
    });
    // Key order: two loads that share entities lock them in the same order, so they cannot deadlock.
    const nodeRows = graphs
      .flatMap((graph) =>
        graph.nodes.map(({ key, label, props }) => ({
          report: graph.report,
          key,
          label,
          props: stored(props),
        })),
      )
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    for (const rows of batches(nodeRows)) await tx.run(Q.nodes, { rows });
    const relationshipRows = graphs.flatMap((graph) =>
      graph.relationships.map(({ type, from, to, props }) => ({
        type,
        from,
        to,
        props: { ...stored(props), report: graph.report },
      })),
    );
    for (const rows of batches(relationshipRows)) await tx.run(Q.relationships, { rows });
    if (released.size > 0) await tx.run(Q.prune, { keys: [...released] });
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
