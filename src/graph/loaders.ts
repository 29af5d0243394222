import DataLoader from 'dataloader';
import neo4j from 'neo4j-driver';
import { cypher } from '../neo4j/cypher.ts';
import type { Database, QueryCounter } from '../neo4j/database.ts';
import type { EntityKind } from '../model/kinds.ts';
import type { RelationType } from '../model/relations.ts';
import { groupedLoader, requestLoader } from './batch.ts';
import type { Direction, EntityRow, RelationRow } from './rows.ts';

const Q = {
  entities: cypher('entities-by-keys'),
  related: cypher('related-entities'),
  relations: cypher('entity-relations'),
};

/** Relations that are walked over more than one hop or come from UN M49: each has its own statement. */
export const DERIVED = {
  resolutionRecommendations: cypher('resolution-recommendations'),
  recommendationResolutions: cypher('recommendation-resolutions'),
  regionStates: cypher('region-states'),
  stateRegions: cypher('state-regions'),
  meetingAgendaItems: cypher('meeting-agenda-items'),
  meetingDocuments: cypher('meeting-documents'),
} as const;
export type DerivedRelation = keyof typeof DERIVED;

export interface RelatedArgs {
  types: RelationType[];
  direction: Direction;
  kinds: EntityKind[] | null;
}

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

  return {
    entity: new DataLoader<string, EntityRow | null>(async (keys) => {
      const found = await byKey<EntityRow>(Q.entities, { keys }, 'node');
      return keys.map((key) => found.get(key) ?? null);
    }),
    related: requestLoader<RelatedArgs, EntityRow[]>(
      async (requests) => {
        const [row] = await read<{ answers: { id: string; keys: string[] }[]; entities: EntityRow[] }>(
          Q.related,
          { requests: requests.map(({ id, key, args }) => ({ id, key, ...args })) },
        );
        const entities = new Map(row!.entities.map((entity) => [entity.key, entity]));
        return new Map(row!.answers.map(({ id, keys }) => [id, keys.map((key) => entities.get(key)!)]));
      },
      () => [],
    ),
    relations: groupedLoader<RelationsArgs, RelationRow[]>(
      // LIMIT takes an integer; plain JavaScript numbers travel as floats.
      (args, keys) => byKey(Q.relations, { ...args, first: neo4j.int(args.first), keys }, 'relations'),
      () => [],
    ),
    derived: groupedLoader<DerivedRelation, EntityRow[]>(
      (name, keys) => byKey(DERIVED[name], { keys }, 'related'),
      () => [],
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
