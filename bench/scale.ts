import v8 from 'node:v8';
import vm from 'node:vm';
import { writeReports } from '../src/load/write.ts';
import type { Database } from '../src/neo4j/database.ts';
import { applySchema } from '../src/neo4j/schema.ts';
import { syntheticReport } from './synthetic.ts';

/** How synthetic reports are written: `group` reports per transaction, `writers` transactions at once. */
/**
 * Empties the database and applies the schema. In batches, relationships first: a large leftover graph
 * does not fit one transaction, nor does detaching a node with many relationships.
 */
export async function emptyDatabase(db: Database): Promise<void> {
  const session = db.driver.session({ database: db.name });
  try {
    await session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS');
    await session.run('MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
  await applySchema(db);
}

export interface LoadPlan {
  group: number;
  writers: number;
}

export interface LoadStage {
  /** The graph's size after the stage, in multiples of the real report. */
  size: number;
  reports: number;
  entities: number;
  relationships: number;
  seconds: number;
  entitiesPerSecond: number;
  relationshipsPerSecond: number;
  /** Peak heap and resident memory of this process while loading. */
  peakHeapMb: number;
  peakRssMb: number;
  /**
   * The most heap still in use after a full garbage collection, checked every 10 s and at the end: what
   * the load holds on to, flat when the load streams (the peak also counts garbage not yet collected).
   */
  retainedHeapMb: number;
  graph: { nodes: number; relationships: number };
}

/** A full garbage collection, for measuring what stays in use (node runs without --expose-gc here). */
function collectGarbage(): () => void {
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}

/**
 * Writes synthetic reports `from` to `to - 1` through the real loader path (`writeReports`), making each
 * group of reports just before writing it and dropping it after: memory holds `group × writers` reports
 * at most, whatever the size of the load.
 */
export async function loadSynthetic(
  db: Database,
  from: number,
  to: number,
  size: number,
  plan: LoadPlan,
  log: (line: string) => void,
): Promise<LoadStage> {
  let next = from;
  let entities = 0;
  let relationships = 0;
  let peakHeap = 0;
  let peakRss = 0;
  const sample = () => {
    const memory = process.memoryUsage();
    peakHeap = Math.max(peakHeap, memory.heapUsed);
    peakRss = Math.max(peakRss, memory.rss);
  };
  const sampler = setInterval(sample, 100);
  const gc = collectGarbage();
  let retained = 0;
  const checkRetained = () => {
    gc();
    retained = Math.max(retained, process.memoryUsage().heapUsed);
  };
  const started = performance.now();
  let lastLog = started;
  const writer = async () => {
    while (next < to) {
      const first = next;
      next = Math.min(to, next + plan.group);
      const graphs = [];
      for (let i = first; i < next; i += 1) graphs.push(syntheticReport(i));
      await writeReports(db, graphs);
      for (const graph of graphs) {
        entities += graph.nodes.length;
        relationships += graph.relationships.length;
      }
      if (performance.now() - lastLog > 10_000) {
        lastLog = performance.now();
        const seconds = (lastLog - started) / 1000;
        checkRetained();
        log(
          `  ${next - from}/${to - from} reports, ${Math.round(entities / seconds)} entities/s, ` +
            `${Math.round(retained / 2 ** 20)} MB heap retained`,
        );
      }
    }
  };
  await Promise.all(Array.from({ length: plan.writers }, writer));
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  sample();
  checkRetained();
  const [graph] = await db.read<{ nodes: number; relationships: number }>(
    'CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
  );
  return {
    size,
    reports: to - from,
    entities,
    relationships,
    seconds,
    entitiesPerSecond: entities / seconds,
    relationshipsPerSecond: relationships / seconds,
    peakHeapMb: peakHeap / 2 ** 20,
    peakRssMb: peakRss / 2 ** 20,
    retainedHeapMb: retained / 2 ** 20,
    graph: graph!,
  };
}
