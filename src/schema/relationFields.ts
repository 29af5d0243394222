import type { GraphQLResolveInfo } from 'graphql';
import type { EntityRow } from '../graph/rows.ts';
import type { FieldPlan } from '../graph/plan/query.ts';
import { ENTITY_KIND_NAMES } from '../model/kinds.ts';
import { builder } from './builder.ts';
import type { RelationPageModel, StepModel } from './connection/types.ts';
import { CONNECTIONS } from './connection/types.ts';
import { cut } from './connection/pages.ts';
import type { Context } from './context.ts';
import { DirectionEnum, EntityKindEnum, RelationOriginEnum, RelationTypeEnum } from './enums.ts';
import { ORDER, type OrderInput } from './inputs/order.ts';
import { WHERE } from './inputs/where.ts';
import { orderSignature, ordersOf } from './plan/page.ts';
import { scopeOf } from './plan/scope.ts';
import { DEFAULT_RELATION_FIRST, fieldPlanOf, type RelationExtension } from './plan/selection.ts';
import { EntityRef, KindRefs } from './refs.ts';
import { COMMON_RELATION_FIELDS, RELATION_FIELDS, type RelationField } from './relations.ts';

/**
 * The answer of a planned field: brought by the statement that brought its parent (under the field's
 * response name), or else fetched for the parents of one batch in one statement.
 */
async function plannedValue(row: EntityRow, ctx: Context, info: GraphQLResolveInfo): Promise<unknown> {
  const name = info.path.key as string;
  if (row._related && name in row._related) return row._related[name];
  const def = info.parentType.getFields()[info.fieldName]!;
  const value = fieldPlanOf(def, info.fieldNodes, scopeOf(info, ctx)) as FieldPlan;
  return ctx.loaders.field({ name, kinds: null, value }).load(row.key);
}

interface ConnectionValue {
  edges: { node: EntityRow; paths: StepModel[][] }[];
  total?: number;
}

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
type FieldBuilder = PothosSchemaTypes.ObjectFieldBuilder<Types, EntityRow>;

const relationExt = (field: RelationField, form: RelationExtension['form']) => ({
  extensions: { relation: { relation: field.relation, form } satisfies RelationExtension },
});

/** The list (or single) form and the connection form of one relation field. */
function relationField(t: FieldBuilder, name: string, field: RelationField) {
  const node = field.target === 'entity' ? EntityRef : KindRefs[field.target];
  const list = field.one
    ? t.field({
        type: node as typeof EntityRef,
        nullable: true,
        description: field.description,
        ...relationExt(field, 'one'),
        resolve: async (row, _args, ctx, info) =>
          ((await plannedValue(row, ctx, info)) as EntityRow[])[0] ?? null,
      })
    : t.field({
        type: [node as typeof EntityRef],
        description: field.description,
        ...relationExt(field, 'list'),
        resolve: async (row, _args, ctx, info) => (await plannedValue(row, ctx, info)) as EntityRow[],
      });
  const connection = t.field({
    type: CONNECTIONS[field.target].RelationConnection,
    description: `${field.description ?? name} As a connection: filter, sort and page it, with each edge’s provenance.`,
    ...relationExt(field, 'connection'),
    args: {
      where: t.arg({ type: WHERE[field.target] }),
      orderBy: t.arg({ type: [ORDER[field.target]] }),
      first: t.arg.int({ description: `Page size (default ${DEFAULT_RELATION_FIRST}).` }),
      after: t.arg.string({ description: 'The endCursor of the previous page.' }),
      origins: t.arg({
        type: [RelationOriginEnum],
        description: 'Only relationships of these origins (all when absent).',
      }),
      includeInferred: t.arg.boolean({
        defaultValue: true,
        description: 'False leaves out inferred relationships.',
      }),
    },
    resolve: async (row, args, ctx, info): Promise<RelationPageModel> => {
      const value = (await plannedValue(row, ctx, info)) as ConnectionValue;
      const first = args.first ?? DEFAULT_RELATION_FIRST;
      const { rows, hasNextPage } = cut(value.edges, first);
      const signature = orderSignature(ordersOf(args.orderBy as OrderInput[] | null));
      return {
        edges: rows.map((edge) => ({ ...edge, signature })),
        hasNextPage,
        after: Boolean(args.after),
        signature,
        total: value.total,
      };
    },
  });
  return { [name]: list, [`${name}Connection`]: connection };
}

function relationFields(t: FieldBuilder, fields: Record<string, RelationField>) {
  return Object.assign({}, ...Object.entries(fields).map(([name, field]) => relationField(t, name, field)));
}

builder.interfaceFields(EntityRef, (t) => ({
  ...relationFields(t as unknown as FieldBuilder, COMMON_RELATION_FIELDS),
  relationCount: t.int({
    description:
      'How many relationships the entity has, of these types, directions and kinds at the other end.',
    extensions: { relationCount: true },
    args: {
      direction: t.arg({ type: DirectionEnum, defaultValue: 'BOTH' }),
      types: t.arg({ type: [RelationTypeEnum] }),
      kinds: t.arg({ type: [EntityKindEnum] }),
      origins: t.arg({ type: [RelationOriginEnum] }),
      includeInferred: t.arg.boolean({ defaultValue: true }),
    },
    resolve: async (row, _args, ctx, info) => (await plannedValue(row, ctx, info)) as number,
  }),
}));

for (const kind of ENTITY_KIND_NAMES) {
  builder.objectFields(KindRefs[kind] as never, (t: FieldBuilder) =>
    relationFields(t, RELATION_FIELDS[kind]),
  );
}
