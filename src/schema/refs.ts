import { ENTITY_KINDS, ENTITY_KIND_NAMES, type EntityKind } from '../model/kinds.ts';
import type { EntityRow } from '../graph/rows.ts';
import { builder } from './builder.ts';

/** The Entity interface and one object type per entity kind, named after its Neo4j label. */
export const EntityRef = builder.interfaceRef<EntityRow>('Entity');

type KindRef<K extends EntityKind> = ReturnType<typeof builder.objectRef<EntityRow<K>>>;

/** Each kind's type, backed by that kind's stored row, so that `t.exposeString` is checked. */
export const KindRefs = Object.fromEntries(
  ENTITY_KIND_NAMES.map((kind) => [kind, builder.objectRef<EntityRow>(ENTITY_KINDS[kind].label)]),
) as unknown as { [K in EntityKind]: KindRef<K> };
