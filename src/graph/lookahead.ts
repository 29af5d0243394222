import type { EntityKind } from '../model/kinds.ts';
import type { RelatedArgs } from './loaders.ts';
import type { EntityRow } from './rows.ts';

/**
 * A typed relation field that a request selects one level below the entities a statement returns:
 * lookahead.cypher answers it in the same statement, and the answers are primed into the related
 * loader, so the field below costs no statement of its own.
 */
export interface NextRelation {
  /** The related loader's arguments for the field, as its resolver passes them. */
  args: RelatedArgs;
  /** The kinds of entity that have the field; null for all. */
  parentKinds: EntityKind[] | null;
}

/** What lookahead.cypher returns: the answers asked for, and those of the level below. */
// A type, not an interface: rows read from Neo4j are records of string keys.
export type LookaheadRow = {
  answers: { key: string; keys: string[] }[];
  next: { key: string; spec: string; keys: string[] }[];
  entities: EntityRow[];
};

export const nextId = (args: RelatedArgs): string => JSON.stringify(args);

/** The fields asked for by several requests of one batch, each once, with the kinds of all of them. */
export function mergeNext(lists: (readonly NextRelation[] | undefined)[]): NextRelation[] {
  const merged = new Map<string, NextRelation>();
  for (const list of lists) {
    for (const next of list ?? []) {
      const id = nextId(next.args);
      const seen = merged.get(id);
      if (!seen) merged.set(id, next);
      else if (seen.parentKinds !== null) {
        merged.set(id, {
          args: seen.args,
          parentKinds:
            next.parentKinds === null ? null : [...new Set([...seen.parentKinds, ...next.parentKinds])],
        });
      }
    }
  }
  return [...merged.values()];
}

/** `$next` as lookahead.cypher takes it. */
export const nextParameter = (next: NextRelation[]) =>
  next.map(({ args, parentKinds }) => ({ id: nextId(args), ...args, parentKinds }));

/**
 * Reads a lookahead row: the entities found for each key asked, and, through `prime`, the answer of
 * every field below for every entity found that has it (an empty list where nothing matched).
 */
export function readLookahead(
  row: LookaheadRow,
  next: NextRelation[],
  prime: (key: string, args: RelatedArgs, found: EntityRow[]) => void,
): Map<string, EntityRow[]> {
  const entities = new Map(row.entities.map((entity) => [entity.key, entity]));
  const rows = (keys: string[]) => keys.map((key) => entities.get(key)!);
  const answers = new Map(row.answers.map(({ key, keys }) => [key, rows(keys)]));
  if (next.length > 0) {
    const below = new Map(row.next.map(({ key, spec, keys }) => [`${key}\u0000${spec}`, keys]));
    const parents = new Set(row.answers.flatMap(({ keys }) => keys));
    for (const key of parents) {
      const parent = entities.get(key)!;
      for (const { args, parentKinds } of next) {
        if (parentKinds && !parentKinds.includes(parent.kind)) continue;
        prime(key, args, rows(below.get(`${key}\u0000${nextId(args)}`) ?? []));
      }
    }
  }
  return answers;
}
