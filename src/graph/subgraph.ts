import neo4j from 'neo4j-driver';
import { cypher } from '../neo4j/cypher.ts';
import type { Database, QueryCounter } from '../neo4j/database.ts';
import type { EntityKind } from '../model/kinds.ts';
import type { RelationType } from '../model/relations.ts';
import type { EntityRow } from './rows.ts';

const Q = {
  start: cypher('neighborhood-start'),
  hop: cypher('neighborhood-hop'),
  edges: cypher('neighborhood-edges'),
  shortestPath: cypher('shortest-path'),
  trace: cypher('trace'),
};

/**
 * A subgraph in the shape graph viewers take as it comes: Cytoscape.js reads `data` of each element
 * (`data.id`, and `data.source`/`data.target` for edges); ids are unique across nodes and edges.
 */
export interface SubgraphNode {
  id: string;
  kind: EntityKind;
  label: string;
  data: Record<string, unknown>;
}

export interface SubgraphEdge {
  id: string;
  source: string;
  target: string;
  type: RelationType;
  sources: string[];
  data: Record<string, unknown>;
}

export interface Subgraph {
  nodes: SubgraphNode[];
  edges: SubgraphEdge[];
  truncated: boolean;
}

/**
 * What a subgraph reads of a relationship and of an entity. The statements return only this, not every
 * property: paragraphs carry their whole text, which no subgraph shows.
 */
interface RelRow {
  type: RelationType;
  from: string;
  to: string;
  props: { sources?: string[] | null; inferred?: string | null };
}

/** What a subgraph shows of an entity (acronym and status where the kind has them). */
type NodeRow = Pick<EntityRow, 'key' | 'kind' | 'nameEn' | 'nameZh'> & {
  acronym?: string | null;
  status?: string | null;
};

export type Lang = 'en' | 'zh';

/** Collects nodes and edges, merging edges that two reports both state (their sources join). */
class SubgraphCollector {
  readonly nodes = new Map<string, NodeRow>();
  private readonly edges = new Map<string, RelRow & { sources: Set<string> }>();

  addNode(row: NodeRow): void {
    if (!this.nodes.has(row.key)) this.nodes.set(row.key, row);
  }

  addEdge(rel: RelRow): void {
    const id = `${rel.from}|${rel.type}|${rel.to}`;
    const sources = Array.isArray(rel.props.sources) ? rel.props.sources : [];
    const existing = this.edges.get(id);
    if (existing) sources.forEach((source) => existing.sources.add(source));
    else this.edges.set(id, { ...rel, sources: new Set(sources) });
  }

  /** Builds the subgraph; `extraEnds` are keys the client already holds (edges may end there). */
  build(lang: Lang, truncated: boolean, extraEnds: ReadonlySet<string> = new Set()): Subgraph {
    const nodes = [...this.nodes.values()].map((row) => toNode(row, lang));
    const edges: SubgraphEdge[] = [];
    for (const [id, rel] of this.edges) {
      const fromOk = this.nodes.has(rel.from) || extraEnds.has(rel.from);
      const toOk = this.nodes.has(rel.to) || extraEnds.has(rel.to);
      if (!fromOk || !toOk) continue;
      const sources = [...rel.sources];
      const inferred = typeof rel.props.inferred === 'string' ? rel.props.inferred : null;
      edges.push({
        id,
        source: rel.from,
        target: rel.to,
        type: rel.type,
        sources,
        data: { id, source: rel.from, target: rel.to, type: rel.type, label: rel.type, sources, inferred },
      });
    }
    // Stable order, so that the same question gets the same answer.
    nodes.sort((a, b) => a.id.localeCompare(b.id));
    edges.sort((a, b) => a.id.localeCompare(b.id));
    return { nodes, edges, truncated };
  }
}

function toNode(row: NodeRow, lang: Lang): SubgraphNode {
  const label = lang === 'zh' ? row.nameZh : row.nameEn;
  return {
    id: row.key,
    kind: row.kind,
    label,
    data: {
      id: row.key,
      kind: row.kind,
      label,
      nameEn: row.nameEn,
      nameZh: row.nameZh,
      ...(typeof row.acronym === 'string' ? { acronym: row.acronym } : {}),
      ...(typeof row.status === 'string' ? { status: row.status } : {}),
    },
  };
}

export interface NeighborhoodArgs {
  keys: string[];
  depth: number;
  types: RelationType[] | null;
  kinds: EntityKind[] | null;
  limit: number;
  exclude: string[];
  lang: Lang;
}

/** Rows one hop may return at most, as a multiple of the node budget (edges outnumber nodes). */
const ROWS_PER_NODE = 8;

/**
 * The entities within `depth` hops of the seeds, breadth first, and the edges among what was found: the
 * seeds come with the first hop, then one statement per further hop and one for the edges. `exclude`
 * holds keys the client already shows: they are neither returned nor expanded again, but edges to them
 * are kept.
 */
export async function neighborhood(
  db: Database,
  counter: QueryCounter,
  args: NeighborhoodArgs,
): Promise<Subgraph> {
  const collector = new SubgraphCollector();
  const excluded = new Set(args.exclude);
  const filters = { types: args.types, kinds: args.kinds, keep: [...excluded] };
  // A seed named twice is one seed: it must not walk its relationships twice into the row cap.
  const keys = [...new Set(args.keys)];
  const [start] = await db.read<{ seeds: NodeRow[]; rows: { rel: RelRow; other: NodeRow }[] }>(
    Q.start,
    {
      keys,
      walk: args.depth > 0,
      ...filters,
      limit: neo4j.int(args.limit),
      rowsPerNode: neo4j.int(ROWS_PER_NODE),
    },
    counter,
  );
  start!.seeds.forEach((node) => collector.addNode(node));
  let frontier = start!.seeds.map((node) => node.key);
  let truncated = false;

  for (let hop = 0; hop < args.depth && frontier.length > 0 && !truncated; hop += 1) {
    const budget = args.limit - collector.nodes.size;
    const rowCap = Math.max(budget, 1) * ROWS_PER_NODE;
    const rows =
      hop === 0
        ? start!.rows
        : await db.read<{ rel: RelRow; other: NodeRow }>(
            Q.hop,
            { frontier, ...filters, limit: neo4j.int(rowCap + 1) },
            counter,
          );
    if (rows.length > rowCap) truncated = true;
    const next: string[] = [];
    for (const { rel, other } of rows.slice(0, rowCap)) {
      if (excluded.has(other.key)) {
        collector.addEdge(rel);
        continue;
      }
      if (!collector.nodes.has(other.key)) {
        if (collector.nodes.size >= args.limit) {
          truncated = true;
          continue;
        }
        collector.addNode(other);
        next.push(other.key);
      }
      collector.addEdge(rel);
    }
    frontier = next;
  }

  // No relationship type allowed, no edge to look for.
  if (args.types?.length !== 0) {
    const edgeCap = args.limit * ROWS_PER_NODE;
    const among = await db.read<{ rel: RelRow }>(
      Q.edges,
      { keys: [...collector.nodes.keys()], types: args.types, limit: neo4j.int(edgeCap + 1) },
      counter,
    );
    if (among.length > edgeCap) truncated = true;
    among.slice(0, edgeCap).forEach(({ rel }) => collector.addEdge(rel));
  }
  return collector.build(args.lang, truncated, excluded);
}

interface PathRow {
  nodes: NodeRow[];
  rels: RelRow[];
}

function collectPaths(rows: PathRow[], lang: Lang, truncated: boolean): Subgraph {
  const collector = new SubgraphCollector();
  for (const row of rows) {
    row.nodes.forEach((node) => collector.addNode(node));
    row.rels.forEach((rel) => collector.addEdge(rel));
  }
  return collector.build(lang, truncated);
}

/** The shortest path between two entities, or an empty subgraph when none is within `maxLength`. */
export async function shortestPath(
  db: Database,
  counter: QueryCounter,
  args: { from: string; to: string; maxLength: number; types: RelationType[]; lang: Lang },
): Promise<Subgraph | null> {
  const rows = await db.read<PathRow>(
    Q.shortestPath,
    { from: args.from, to: args.to, types: args.types },
    counter,
  );
  const within = rows.filter((row) => row.rels.length <= args.maxLength);
  return collectPaths(within, args.lang, false);
}

export const TRACE_PATH_CAP = 1_000;

/** The trace of a resolution or a recommendation (see cypher/queries/trace.cypher). */
export async function trace(
  db: Database,
  counter: QueryCounter,
  from: string,
  lang: Lang,
): Promise<Subgraph> {
  const rows = await db.read<PathRow>(Q.trace, { from, limit: neo4j.int(TRACE_PATH_CAP + 1) }, counter);
  return collectPaths(rows.slice(0, TRACE_PATH_CAP), lang, rows.length > TRACE_PATH_CAP);
}
