import type { EntityKind } from '../model/kinds.ts';
import type { EntityRow } from '../graph/rows.ts';
import type { Context } from './context.ts';
import { EntityRef } from './refs.ts';
import { loadOfKind } from './resolvers.ts';

/** What every entity type shares: it implements Entity and Node, and `node(id)` loads it by key. */
export function entityNode<K extends EntityKind>(kind: K) {
  return {
    interfaces: [EntityRef],
    id: { resolve: (row: EntityRow<K>) => row.key, extensions: { reads: ['key'] } },
    loadMany: (keys: string[], ctx: Context) =>
      loadOfKind(ctx, kind, keys) as Promise<(EntityRow<K> | null)[]>,
    isTypeOf: (value: unknown) => (value as EntityRow | null)?.kind === kind,
  };
}
