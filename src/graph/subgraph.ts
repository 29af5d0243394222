import type { Database, QueryCounter } from '../neo4j/database.ts';
import type { EntityKind } from '../model/kinds.ts';
import { ORIGINS, type Origin } from '../model/provenance.ts';
import { RELATION_TYPE_NAMES, type RelationType } from '../model/relations.ts';
import { neighborhoodStatement, type NeighborhoodRow } from './cypher/neighborhood.ts';
import type { NodeRow, RelRow } from './cypher/projections.ts';
import type { RelationFilter } from './cypher/relationFilter.ts';
import { shortestPathStatement, type ShortestPathRow } from './cypher/shortestPath.ts';
import type { Statement } from './cypher/statement.ts';
import { traceStatement, type TraceRow } from './cypher/trace.ts';

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
  origin: Origin;
  inferred: string | null;
  data: Record<string, unknown>;
}

export interface Subgraph {
  nodes: SubgraphNode[];
  edges: SubgraphEdge[];
  truncated: boolean;
}

export type Lang = 'en' | 'zh';

/**
 * The relation types neighbourhoods and paths leave out unless asked for: every paragraph would
 * otherwise be one hop from everything it names.
 */
export const EXCLUDED_BY_DEFAULT: readonly RelationType[] = ['MENTIONS'];

/** What neighbourhoods and paths walk when no types are named. */
export const DEFAULT_WALK_TYPES: readonly RelationType[] = RELATION_TYPE_NAMES.filter(
  (type) => !EXCLUDED_BY_DEFAULT.includes(type),
);

interface EdgeParts {
  type: RelationType;
  from: string;
  to: string;
  sources: Set<string>;
  origins: Set<Origin>;
  /** The reasons of the inferred relationships merged here; null once one of them is stated outright. */
  inferred: string | null;
}

/**
 * Collects nodes and edges, merging edges that two reports both state: their sources join, the edge
 * takes the first of their origins in ORIGINS order (what a person read outranks what code found), and
 * it is inferred only when each of them is.
 */
class SubgraphCollector {
  readonly nodes = new Map<string, NodeRow>();
  private readonly edges = new Map<string, EdgeParts>();

  addNode(row: NodeRow): void {
    if (!this.nodes.has(row.key)) this.nodes.set(row.key, row);
  }

  addEdge(rel: RelRow): void {
    const id = `${rel.from}|${rel.type}|${rel.to}`;
    if (rel.origin === null) throw new Error(`relationship ${id} has no origin`);
    const existing = this.edges.get(id);
    if (!existing) {
      this.edges.set(id, {
        type: rel.type,
        from: rel.from,
        to: rel.to,
        sources: new Set(rel.sources ?? []),
        origins: new Set([rel.origin]),
        inferred: rel.inferred,
      });
      return;
    }
    (rel.sources ?? []).forEach((source) => existing.sources.add(source));
    existing.origins.add(rel.origin);
    existing.inferred = existing.inferred !== null && rel.inferred !== null ? existing.inferred : null;
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
      const origin = ORIGINS.find((candidate) => rel.origins.has(candidate))!;
      const { type, from: source, to: target, inferred } = rel;
      edges.push({
        id,
        source,
        target,
        type,
        sources,
        origin,
        inferred,
        data: { id, source, target, type, label: type, sources, origin, inferred },
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

function collect(nodes: NodeRow[], rels: RelRow[]): SubgraphCollector {
  const collector = new SubgraphCollector();
  nodes.forEach((node) => collector.addNode(node));
  rels.forEach((rel) => collector.addEdge(rel));
  return collector;
}

/** Runs a statement that answers one row (each of the subgraph statements does). */
async function readOne<T extends Record<string, unknown>>(
  db: Database,
  counter: QueryCounter,
  { cypher, params }: Statement,
): Promise<T> {
  const [row] = await db.read<T>(cypher, params, counter);
  if (!row) throw new Error('a subgraph statement answered no row');
  return row;
}

export interface NeighborhoodArgs {
  keys: string[];
  depth: number;
  relations: RelationFilter;
  kinds: EntityKind[] | null;
  limit: number;
  exclude: string[];
  lang: Lang;
}

/**
 * The entities within `depth` hops of the seeds, and the edges among them, in one statement (see
 * cypher/neighborhood.ts). `exclude` holds keys the client already shows: they are neither returned nor
 * walked from, but edges to them are kept.
 */
export async function neighborhood(
  db: Database,
  counter: QueryCounter,
  args: NeighborhoodArgs,
): Promise<Subgraph> {
  const row = await readOne<NeighborhoodRow & Record<string, unknown>>(
    db,
    counter,
    neighborhoodStatement({
      // A seed named twice is one seed: it must not walk its relationships twice into the row cap.
      keys: [...new Set(args.keys)],
      depth: args.depth,
      relations: args.relations,
      kinds: args.kinds,
      limit: args.limit,
      exclude: args.exclude,
    }),
  );
  return collect(row.nodes, row.rels).build(args.lang, row.truncated, new Set(args.exclude));
}

export interface ShortestPathArgs {
  from: string;
  to: string;
  maxLength: number;
  relations: RelationFilter;
  lang: Lang;
}

/**
 * The shortest path between two entities: an empty subgraph when none is within `maxLength`, the entity
 * alone when both keys are the same, null when a key is unknown.
 */
export async function shortestPath(
  db: Database,
  counter: QueryCounter,
  args: ShortestPathArgs,
): Promise<Subgraph | null> {
  const row = await readOne<ShortestPathRow & Record<string, unknown>>(
    db,
    counter,
    shortestPathStatement(args),
  );
  if (!row.from || !row.to) return null;
  if (row.from.key === row.to.key) return collect([row.from], []).build(args.lang, false);
  return collect(row.nodes, row.rels).build(args.lang, false);
}

/** Paths a trace reads at most; one more says it was cut. */
export const TRACE_PATH_CAP = 1_000;

export type TraceAnswer = { found: false } | { found: true; kind: EntityKind; graph: Subgraph };

/**
 * The trace of a resolution or a recommendation (see cypher/trace.ts): its start alone when no path
 * leads anywhere; for another kind of entity, only that kind (nothing is walked).
 */
export async function trace(
  db: Database,
  counter: QueryCounter,
  args: { from: string; relations: Omit<RelationFilter, 'types'>; lang: Lang },
): Promise<TraceAnswer> {
  const row = await readOne<TraceRow & Record<string, unknown>>(
    db,
    counter,
    traceStatement({ from: args.from, relations: args.relations, pathCap: TRACE_PATH_CAP }),
  );
  if (!row.start) return { found: false };
  const nodes = row.nodes.length > 0 ? row.nodes : [row.start];
  return {
    found: true,
    kind: row.start.kind,
    graph: collect(nodes, row.rels).build(args.lang, row.truncated),
  };
}
