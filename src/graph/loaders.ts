import DataLoader from 'dataloader';
import { cypher } from '../neo4j/cypher.ts';
import type { Database, QueryCounter } from '../neo4j/database.ts';
import {
  connectionStatement,
  entitiesStatement,
  fieldStatement,
  type Statement,
} from './compile/statements.ts';
import { relationsStatement, type RelationsArgs, type RelationsRow } from './cypher/relations.ts';
import { factsLoader } from './facts.ts';
import type { ConnectionQuery, Projection, ProjectedField } from './plan/query.ts';
import type { EntityRow, RelationRow } from './rows.ts';

export type { RelationsArgs } from './cypher/relations.ts';

/** What a root connection statement returns (src/graph/compile/statements.ts). */
export interface ConnectionRow extends Record<string, unknown> {
  page?: EntityRow[];
  total?: number;
  [group: `group${number}`]: unknown[];
}

/**
 * The reads of one request. Every statement goes through `run`, which counts it. Loaders batch what
 * the planned statements did not bring: entities by key, and the answer of a relation field for the
 * parents of one batch (one statement per distinct field plan).
 */
export function createLoaders(db: Database, counter: QueryCounter) {
  const run = <T extends Record<string, unknown>>({ cypher: text, params }: Statement) =>
    db.read<T>(text, params, counter);

  const fieldLoaders = new Map<string, DataLoader<string, unknown>>();
  const entityLoaders = new Map<string, DataLoader<string, EntityRow | null>>();

  const entitiesWith = (projection: Projection) => {
    const signature = JSON.stringify(projection);
    let loader = entityLoaders.get(signature);
    if (!loader) {
      loader = new DataLoader(async (keys) => {
        const rows = await run<{ key: string; row: EntityRow }>(entitiesStatement(keys, projection));
        const found = new Map(rows.map(({ key, row }) => [key, row]));
        return keys.map((key) => found.get(key) ?? null);
      });
      entityLoaders.set(signature, loader);
    }
    return loader;
  };

  return {
    /** Entities by key with every property, long texts included. */
    entity: new DataLoader<string, EntityRow | null>(async (keys) => {
      const rows = await db.read<{ key: string; node: EntityRow }>(
        cypher('entities-by-keys'),
        { keys },
        counter,
      );
      const found = new Map(rows.map((row) => [row.key, row.node]));
      return keys.map((key) => found.get(key) ?? null);
    }),
    /** Entities by key with what a selection asks of them (their relation fields included). */
    entitiesWith,
    /** The answer of one planned relation field, by parent key. */
    field(field: ProjectedField): DataLoader<string, unknown> {
      const signature = JSON.stringify(field.value);
      let loader = fieldLoaders.get(signature);
      if (!loader) {
        loader = new DataLoader(async (keys) => {
          const rows = await run<{ key: string; value: unknown }>(fieldStatement(keys, field));
          const found = new Map(rows.map(({ key, value }) => [key, value]));
          return keys.map((key) => found.get(key) ?? null);
        });
        fieldLoaders.set(signature, loader);
      }
      return loader;
    },
    /** One statement for a root connection. */
    async connection(query: ConnectionQuery): Promise<ConnectionRow> {
      const [row] = await run<ConnectionRow>(connectionStatement(query));
      return row!;
    },
    relations: new DataLoader<{ key: string; args: RelationsArgs }, RelationRow[], string>(
      async (requests) => {
        const groups = new Map<string, { args: RelationsArgs; keys: string[] }>();
        for (const { key, args } of requests) {
          const id = JSON.stringify(args);
          const group = groups.get(id) ?? { args, keys: [] };
          group.keys.push(key);
          groups.set(id, group);
        }
        const answers = new Map<string, RelationRow[]>();
        for (const [id, { args, keys }] of groups) {
          const rows = await run<RelationsRow>(relationsStatement(args, [...new Set(keys)]));
          for (const row of rows) answers.set(`${row.key}\u0000${id}`, row.relations);
        }
        return requests.map(({ key, args }) => answers.get(`${key}\u0000${JSON.stringify(args)}`) ?? []);
      },
      { cacheKeyFn: ({ key, args }) => `${key}\u0000${JSON.stringify(args)}` },
    ),
    /** The relationships each paragraph states. */
    facts: factsLoader(db, counter),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
