import type { RelationSpec } from '../../graph/plan/relation.ts';
import type { GroupKey } from '../../graph/plan/query.ts';
import { ENTITY_KINDS, ENTITY_KIND_NAMES } from '../../model/kinds.ts';
import { scalarProps } from '../../model/stored.ts';
import { builder } from '../builder.ts';
import { Lang } from '../enums.ts';
import { COMMON_RELATION_FIELDS, RELATION_FIELDS, type RelationFields } from '../relations.ts';
import { constantCase } from './propertyEnums.ts';
import type { Target } from './where.ts';

/** What an order field sorts by; NAME takes the order's language. */
export type OrderKey =
  | { by: 'key' }
  | { by: 'name' }
  | { by: 'property'; property: string }
  | { by: 'count'; relation: RelationSpec };

export const SortDirection = builder.enumType('SortDirection', {
  values: { ASC: { value: 'ASC' }, DESC: { value: 'DESC' } } as const,
});

const targets: Target[] = [...ENTITY_KIND_NAMES, 'entity'];
const typeName = (target: Target) => (target === 'entity' ? 'Entity' : ENTITY_KINDS[target].label);
const fieldsOf = (target: Target): RelationFields =>
  target === 'entity' ? COMMON_RELATION_FIELDS : { ...COMMON_RELATION_FIELDS, ...RELATION_FIELDS[target] };
const propsOf = (target: Target) => (target === 'entity' ? [] : scalarProps(target));

export interface OrderInput {
  field: OrderKey;
  direction?: 'ASC' | 'DESC' | null;
  lang?: 'en' | 'zh' | null;
}

type OrderRef = ReturnType<typeof builder.inputRef<OrderInput>>;

/** `<Type>Order`: by key, name, a typed property or how many entities a relation field reaches. */
export const ORDER: Record<Target, OrderRef> = Object.fromEntries(
  targets.map((target) => {
    const name = typeName(target);
    const values: Record<string, { value: OrderKey; description?: string }> = {
      KEY: { value: { by: 'key' } },
      NAME: {
        value: { by: 'name' },
        description: 'The name in the order’s language (English by default, folded).',
      },
    };
    for (const prop of propsOf(target))
      values[constantCase(prop.name)] = { value: { by: 'property', property: prop.name } };
    for (const [field, spec] of Object.entries(fieldsOf(target))) {
      values[`${constantCase(field)}_COUNT`] = {
        value: { by: 'count', relation: spec.relation },
        description: `How many entities ${field} reaches.`,
      };
    }
    // Enum values stand for what they sort by: GraphQL hands the resolver the value, not the name.
    const field = builder.enumType(`${name}OrderField`, { values: values as never });
    const order = builder.inputRef<OrderInput>(`${name}Order`).implement({
      description: 'One sort key; the key breaks every tie, so pages never overlap.',
      fields: (t) => ({
        field: t.field({ type: field as never, required: true }),
        direction: t.field({ type: SortDirection, defaultValue: 'ASC' }),
        lang: t.field({ type: Lang, description: 'For NAME: the language of the name (EN by default).' }),
      }),
    });
    return [target, order];
  }),
) as Record<Target, OrderRef>;

/** `<Type>GroupBy`: a typed property, or a relation field (one group per entity it reaches). */
export const GROUP_BY = Object.fromEntries(
  targets.map((target) => {
    const values: Record<string, { value: GroupKey }> = {};
    if (target === 'entity') values.KIND = { value: { by: 'property', property: 'kind' } };
    values.EN_STATUS = { value: { by: 'property', property: 'enStatus' } };
    for (const prop of propsOf(target))
      values[constantCase(prop.name)] = { value: { by: 'property', property: prop.name } };
    for (const [field, spec] of Object.entries(fieldsOf(target))) {
      values[constantCase(field)] = { value: { by: 'relation', relation: spec.relation } };
    }
    return [target, builder.enumType(`${typeName(target)}GroupBy`, { values: values as never })];
  }),
) as Record<Target, object>;
