import type { ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../neo4j/database.ts';
import { cypher } from '../neo4j/cypher.ts';
import type { ReportGraph } from './graphData.ts';

const Q = {
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

async function removeReport(tx: ManagedTransaction, report: string): Promise<string[]> {
  await tx.run(Q.deleteRelationships, { report });
  const released = await tx.run(Q.releaseNodes, { report });
  await tx.run(Q.deleteOwned, { report });
  return (released.records[0]?.get('keys') as string[] | undefined) ?? [];
}

/**
 * Replaces one report in the graph inside a single transaction: a reader sees the old report or the new
 * one, never half of either, and a failure part-way leaves the old one in place.
 */
export async function writeReport(db: Database, graph: ReportGraph): Promise<void> {
  const report = graph.report;
  await db.writeTransaction(async (tx) => {
    const released = await removeReport(tx, report);
    await tx.run(Q.marker, {
      report,
      fingerprint: graph.fingerprint,
      nodes: graph.nodes.length,
      relationships: graph.relationships.length,
    });
    for (const rows of batches(graph.nodes)) {
      await tx.run(Q.nodes, { report, rows: rows.map(({ key, label, props }) => ({ key, label, props })) });
    }
    for (const rows of batches(graph.relationships)) {
      await tx.run(Q.relationships, { report, rows });
    }
    if (released.length > 0) await tx.run(Q.prune, { keys: released });
  });
}

/** Deletes a report from the graph, and the shared nodes only it used. */
export async function unloadReport(db: Database, report: string): Promise<void> {
  await db.writeTransaction(async (tx) => {
    const released = await removeReport(tx, report);
    await tx.run(Q.unload, { report });
    if (released.length > 0) await tx.run(Q.prune, { keys: released });
  });
}
