import type { RelationSpec } from '../../graph/plan/relation.ts';
import { ENTITY_KINDS, ENTITY_KIND_NAMES, type EntityKind } from '../../model/kinds.ts';
import { scalarProps, type ScalarType } from '../../model/stored.ts';
import { builder } from '../builder.ts';
import { COMMON_RELATION_FIELDS, RELATION_FIELDS, type RelationFields } from '../relations.ts';
import {
  BooleanFilter,
  CountFilter,
  DateFilter,
  EnStatusFilter,
  enumFilter,
  FloatFilter,
  IntFilter,
  KeyFilter,
  NameFilter,
  StringFilter,
} from './filterInputs.ts';
import { PROPERTY_ENUMS } from './propertyEnums.ts';

/** What a field of `<Type>Where` is, read by the where planner (src/schema/plan/where.ts). */
export type WhereField =
  | { kind: 'and' | 'or' | 'not' | 'key' | 'name' }
  | { kind: 'property'; property: string }
  | { kind: 'related' | 'count'; relation: RelationSpec };

export type Target = EntityKind | 'entity';

const whereName = (target: Target) =>
  target === 'entity' ? 'EntityWhere' : `${ENTITY_KINDS[target].label}Where`;

type WhereRef = ReturnType<typeof builder.inputRef<Record<string, unknown>>>;

export const WHERE: Record<Target, WhereRef> = Object.fromEntries(
  [...ENTITY_KIND_NAMES, 'entity' as const].map((target) => [
    target,
    builder.inputRef<Record<string, unknown>>(whereName(target)),
  ]),
) as Record<Target, WhereRef>;

/** `{ some, none, all }` over what a relation field reaches, one input per target type. */
const RELATION_FILTERS = Object.fromEntries(
  [...ENTITY_KIND_NAMES, 'entity' as const].map((target) => [
    target,
    builder.inputType(`${target === 'entity' ? 'Entity' : ENTITY_KINDS[target].label}RelationFilter`, {
      description: 'Conditions on the entities a relation field reaches.',
      fields: (t) => ({
        some: t.field({ type: WHERE[target], description: 'At least one of them matches.' }),
        none: t.field({ type: WHERE[target], description: 'None of them matches.' }),
        all: t.field({
          type: WHERE[target],
          description: 'Every one of them matches (true when there are none).',
        }),
      }),
    }),
  ]),
) as Record<Target, ReturnType<typeof builder.inputType>>;

const SCALAR_FILTERS: Record<Exclude<ScalarType, 'enum'>, object> = {
  string: StringFilter,
  int: IntFilter,
  float: FloatFilter,
  boolean: BooleanFilter,
  date: DateFilter,
};

const ext = (filter: WhereField) => ({ extensions: { filter } });

type InputFieldBuilder = Parameters<Parameters<typeof builder.inputType>[1]['fields']>[0];

function relationFilters(t: InputFieldBuilder, fields: RelationFields) {
  return Object.fromEntries(
    Object.entries(fields).flatMap(([name, field]) => [
      [
        name,
        t.field({
          type: RELATION_FILTERS[field.target],
          description: field.description,
          ...ext({ kind: 'related', relation: field.relation }),
        }),
      ],
      [
        `${name}Count`,
        t.field({
          type: CountFilter,
          description: `How many entities ${name} reaches.`,
          ...ext({ kind: 'count', relation: field.relation }),
        }),
      ],
    ]),
  );
}

function commonFilters(t: InputFieldBuilder, target: Target) {
  return {
    AND: t.field({ type: [WHERE[target]], description: 'Every condition holds.', ...ext({ kind: 'and' }) }),
    OR: t.field({
      type: [WHERE[target]],
      description: 'At least one condition holds.',
      ...ext({ kind: 'or' }),
    }),
    NOT: t.field({
      type: WHERE[target],
      description: 'The condition does not hold.',
      ...ext({ kind: 'not' }),
    }),
    key: t.field({ type: KeyFilter, ...ext({ kind: 'key' }) }),
    name: t.field({ type: NameFilter, ...ext({ kind: 'name' }) }),
    enStatus: t.field({ type: EnStatusFilter, ...ext({ kind: 'property', property: 'enStatus' }) }),
    ...relationFilters(t, COMMON_RELATION_FIELDS),
  };
}

WHERE.entity.implement({
  description: 'Conditions on what every entity has.',
  fields: (t) => commonFilters(t, 'entity'),
});

for (const kind of ENTITY_KIND_NAMES) {
  const label = ENTITY_KINDS[kind].label;
  WHERE[kind].implement({
    description: `Conditions on a ${ENTITY_KINDS[kind].en.toLowerCase()}: combine them with AND, OR and NOT; relation fields nest.`,
    fields: (t) => ({
      ...commonFilters(t, kind),
      ...Object.fromEntries(
        scalarProps(kind).map((prop) => [
          prop.name,
          t.field({
            type: (prop.type === 'enum'
              ? enumFilter(
                  `${label}${prop.name.charAt(0).toUpperCase()}${prop.name.slice(1)}`,
                  PROPERTY_ENUMS[kind][prop.name]!,
                )
              : SCALAR_FILTERS[prop.type]) as never,
            ...ext({ kind: 'property', property: prop.name }),
          }),
        ]),
      ),
      ...relationFilters(t, RELATION_FIELDS[kind]),
    }),
  });
}
