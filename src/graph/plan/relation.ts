import type { EntityKind } from '../../model/kinds.ts';
import type { RelationType } from '../../model/relations.ts';

export type Direction = 'OUT' | 'IN' | 'BOTH';

/** One step of a path: relationships of these types, in this direction, to an entity of these kinds. */
export interface Hop {
  types: readonly RelationType[];
  direction: Direction;
  /** Kinds of the entity the step reaches; null for any. */
  kinds: readonly EntityKind[] | null;
}

/**
 * What a typed relation field holds: the entities reached from an entity by any of its paths. Most fields
 * are one step; a derived field (a resolution's recommendations, through the discussion it asked for) is
 * several. The field's GraphQL definition carries it in `extensions.relation`, and the planner compiles
 * it into patterns wherever the field is selected, filtered on, counted, sorted or grouped by.
 */
export interface RelationSpec {
  paths: readonly (readonly Hop[])[];
}

export const hop = (
  types: readonly RelationType[],
  direction: Direction,
  kinds: readonly EntityKind[] | null = null,
): Hop => ({ types, direction, kinds });

/** A field of one step. */
export const oneHop = (
  types: readonly RelationType[],
  direction: Direction,
  kinds: readonly EntityKind[] | null = null,
): RelationSpec => ({ paths: [[hop(types, direction, kinds)]] });

/** A field of several paths, each a list of steps. */
export const viaPaths = (...paths: (readonly Hop[])[]): RelationSpec => ({ paths });

/** A field that joins several relationships into one edge (two steps or more, or several paths). */
export const isDerived = (spec: RelationSpec): boolean =>
  spec.paths.length > 1 || spec.paths.some((path) => path.length > 1);

/** The kinds a field reaches: those of the last step of each path (null when any path reaches any kind). */
export function targetKinds(spec: RelationSpec): EntityKind[] | null {
  const kinds = new Set<EntityKind>();
  for (const path of spec.paths) {
    const last = path.at(-1)!;
    if (last.kinds === null) return null;
    for (const kind of last.kinds) kinds.add(kind);
  }
  return [...kinds];
}
