import type { EntityKind } from '../model/kinds.ts';
import type { EntityRow, RelatedArgs } from './rows.ts';

/** How many levels below the entities it returns a statement ending in lookahead.cypher answers. */
export const LOOKAHEAD_DEPTH = 2;

/**
 * A typed relation field that a request selects below the entities a statement returns: lookahead.cypher
 * answers it in the same statement, and the answers are primed into the related loader, so the field
 * costs no statement of its own.
 */
export interface NextRelation {
  /** The related loader's arguments for the field, as its resolver passes them. */
  args: RelatedArgs;
  /** The kinds of entity that have the field; null for all. */
  parentKinds: EntityKind[] | null;
  /** The typed relation fields selected below this one (lookahead.cypher goes two levels down). */
  next: NextRelation[];
}

/**
 * What lookahead.cypher returns: the answers asked for, and those of the levels below. A type, not an
 * interface: rows read from Neo4j are records of string keys.
 */
export type LookaheadRow = {
  answers: { key: string; keys: string[] }[];
  next: { key: string; spec: string; keys: string[] }[];
  entities: EntityRow[];
};

export const nextId = (args: RelatedArgs): string => JSON.stringify(args);

/** The fields asked for by several requests of one batch, each once, with the kinds and fields below of all. */
export function mergeNext(lists: (readonly NextRelation[] | undefined)[]): NextRelation[] {
  const merged = new Map<
    string,
    { args: RelatedArgs; kinds: EntityKind[][] | null; below: NextRelation[][] }
  >();
  for (const list of lists) {
    for (const next of list ?? []) {
      const id = nextId(next.args);
      const seen = merged.get(id) ?? { args: next.args, kinds: [], below: [] };
      seen.kinds =
        seen.kinds === null || next.parentKinds === null ? null : [...seen.kinds, next.parentKinds];
      seen.below.push(next.next);
      merged.set(id, seen);
    }
  }
  return [...merged.values()].map(({ args, kinds, below }) => ({
    args,
    parentKinds: kinds === null ? null : [...new Set(kinds.flat())],
    next: mergeNext(below),
  }));
}

/** `$next` as lookahead.cypher takes it, as deep as the statement goes. */
export function nextParameter(next: NextRelation[], depth = LOOKAHEAD_DEPTH): Record<string, unknown>[] {
  return depth === 0
    ? []
    : next.map(({ args, parentKinds, next: below }) => ({
        id: nextId(args),
        ...args,
        parentKinds,
        next: nextParameter(below, depth - 1),
      }));
}

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
  const below = new Map(row.next.map(({ key, spec, keys }) => [`${key}\u0000${spec}`, keys]));
  // Every entity of a level that has a field asked below it gets that field's answer, empty or not,
  // down to the depth the statement went.
  const primeLevel = (parents: Iterable<string>, fields: NextRelation[], depth: number) => {
    if (depth === 0 || fields.length === 0) return;
    for (const key of parents) {
      const parent = entities.get(key)!;
      for (const { args, parentKinds, next } of fields) {
        if (parentKinds && !parentKinds.includes(parent.kind)) continue;
        const keys = below.get(`${key}\u0000${nextId(args)}`) ?? [];
        prime(key, args, rows(keys));
        primeLevel(keys, next, depth - 1);
      }
    }
  };
  primeLevel(new Set(row.answers.flatMap(({ keys }) => keys)), next, LOOKAHEAD_DEPTH);
  return answers;
}
