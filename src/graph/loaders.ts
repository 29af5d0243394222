import DataLoader from 'dataloader';
import neo4j from 'neo4j-driver';
import { cypher } from '../neo4j/cypher.ts';
import type { Database, QueryCounter } from '../neo4j/database.ts';
import type { EntityKind } from '../model/kinds.ts';
import type { RelationType } from '../model/relations.ts';
import { groupedLoader, requestLoader } from './batch.ts';
import { nextParameter, readLookahead, type LookaheadRow, type NextRelation } from './lookahead.ts';
import type { Direction, EntityRow, RelatedArgs, RelationRow } from './rows.ts';

/** A statement that answers relation fields, followed by the fetch of the level below (lookahead.cypher). */
export const withLookahead = (name: string) => `${cypher(name)}\n${cypher('lookahead')}`;

const Q = {
  entities: cypher('entities-by-keys'),
  entitiesAhead: withLookahead('entities-ahead'),
  related: withLookahead('related-entities'),
  relations: cypher('entity-relations'),
};

/** Relations that are walked over more than one hop or come from UN M49: each has its own statement. */
export const DERIVED = {
  resolutionRecommendations: withLookahead('resolution-recommendations'),
  recommendationResolutions: withLookahead('recommendation-resolutions'),
  regionStates: withLookahead('region-states'),
  stateRegions: withLookahead('state-regions'),
  meetingAgendaItems: withLookahead('meeting-agenda-items'),
  meetingDocuments: withLookahead('meeting-documents'),
} as const;
export type DerivedRelation = keyof typeof DERIVED;

export type { RelatedArgs } from './rows.ts';

export interface RelationsArgs {
  types: RelationType[] | null;
  direction: Direction;
  kinds: EntityKind[] | null;
  first: number;
}

/** The DataLoaders of one request. Every statement goes through `read`, which counts it. */
export function createLoaders(db: Database, counter: QueryCounter) {
  const read = <T extends Record<string, unknown>>(query: string, params: Record<string, unknown>) =>
    db.read<T>(query, params, counter);

  const byKey = async <V>(query: string, params: Record<string, unknown>, field: string) => {
    const rows = await read<Record<string, unknown>>(query, params);
    return new Map(rows.map((row) => [row.key as string, row[field] as V]));
  };

  /**
   * Runs a statement ending in lookahead.cypher; primes the related loader with the level below (a field
   * there finds its answer cached) and returns the entities found for each key asked.
   */
  const lookup = async (query: string, params: Record<string, unknown>, next: NextRelation[]) => {
    const [row = { answers: [], next: [], entities: [] }] = await read<LookaheadRow>(query, {
      ...params,
      next: nextParameter(next),
    });
    return readLookahead(row, next, (key, args, found) => related.prime({ key, args }, found));
  };

  const related = requestLoader<RelatedArgs, EntityRow[]>(
    (requests, next) =>
      lookup(Q.related, { requests: requests.map(({ id, key, args }) => ({ id, key, ...args })) }, next),
    () => [],
  );

  return {
    entity: new DataLoader<string, EntityRow | null>(async (keys) => {
      const found = await byKey<EntityRow>(Q.entities, { keys }, 'node');
      return keys.map((key) => found.get(key) ?? null);
    }),
    /** Entities by key with the relation fields selected on them (`next`), for root fields. */
    entityAhead: groupedLoader<null, EntityRow | null>(
      async (_args, keys, next) => {
        const found = await lookup(Q.entitiesAhead, { keys }, next);
        return new Map([...found].map(([key, rows]) => [key, rows[0] ?? null]));
      },
      () => null,
    ),
    related,
    relations: groupedLoader<RelationsArgs, RelationRow[]>(
      // LIMIT takes an integer; plain JavaScript numbers travel as floats.
      (args, keys) => byKey(Q.relations, { ...args, first: neo4j.int(args.first), keys }, 'relations'),
      () => [],
    ),
    derived: groupedLoader<DerivedRelation, EntityRow[]>(
      (name, keys, next) => lookup(DERIVED[name], { keys }, next),
      () => [],
    ),
    /** A statement of the caller's that ends in lookahead.cypher (a page of entities). */
    lookup,
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
