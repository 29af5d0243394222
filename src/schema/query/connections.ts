import { getNamedType, type GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
import type { EntityRow } from '../../graph/rows.ts';
import { ENTITY_KINDS, ENTITY_KIND_NAMES, type EntityKind } from '../../model/kinds.ts';
import { scalarProps } from '../../model/stored.ts';
import type { GroupPlan } from '../../graph/plan/query.ts';
import { constantCase } from '../inputs/propertyEnums.ts';
import { builder } from '../builder.ts';
import { cut } from '../connection/pages.ts';
import { CONNECTIONS, type EntityPageModel, type GroupModel } from '../connection/types.ts';
import type { Context } from '../context.ts';
import { EntityKindEnum } from '../enums.ts';
import { ORDER } from '../inputs/order.ts';
import { WHERE, type Target } from '../inputs/where.ts';
import { orderSignature, pageOf, type PageArgs } from '../plan/page.ts';
import { scopeOf } from '../plan/scope.ts';
import { connectionSelection } from '../plan/selection.ts';

/** Page size of a root connection when `first` is not given. */
export const DEFAULT_FIRST = 20;

/** The root field of each kind's connection. */
const PLURALS: Record<EntityKind, string> = {
  state: 'states',
  region: 'regions',
  network: 'networks',
  organization: 'organizations',
  convention: 'conventions',
  article: 'articles',
  resolution: 'resolutions',
  recommendation: 'recommendations',
  document: 'documents',
  agendaItem: 'agendaItems',
  meeting: 'meetings',
  person: 'people',
  topic: 'topics',
  section: 'sections',
  paragraph: 'paragraphs',
};

/** Groups of an enum property say their value as its GraphQL enum does (ACTIVE, not `active`). */
function asEnumNames(kinds: EntityKind[] | null, group: GroupPlan, rows: GroupModel[]): GroupModel[] {
  const { key } = group;
  if (key.by !== 'property') return rows;
  const enumerated =
    key.property === 'enStatus' ||
    key.property === 'kind' ||
    (kinds ?? []).some((kind) =>
      scalarProps(kind).some((prop) => prop.name === key.property && prop.type === 'enum'),
    );
  if (!enumerated) return rows;
  return rows.map((row) => ({
    ...row,
    value:
      typeof row.value === 'string'
        ? key.property === 'kind'
          ? ENTITY_KINDS[row.value as EntityKind].enumValue
          : constantCase(row.value)
        : row.value,
  }));
}

/**
 * A root connection in one statement: the page with the relation fields selected on it, the total and
 * the groups, as the selection asks.
 */
export async function resolveConnection(
  kinds: EntityKind[] | null,
  args: PageArgs,
  ctx: Context,
  info: GraphQLResolveInfo,
): Promise<EntityPageModel> {
  const field = info.parentType.getFields()[info.fieldName]!;
  const scope = scopeOf(info, ctx);
  const page = pageOf(field, args, scope.limits, DEFAULT_FIRST);
  const connection = getNamedType(field.type) as GraphQLObjectType;
  const { projection, total, groups } = connectionSelection(connection, info.fieldNodes, scope);
  const row = await ctx.loaders.connection({ kinds, page, projection, total, groups });
  const { rows, hasNextPage } = cut((row.page ?? []) as EntityRow[], page.first);
  return {
    rows,
    hasNextPage,
    after: page.after !== null,
    signature: orderSignature(page.orderBy),
    total: row.total,
    groups: new Map(
      groups.map((group, i) => [group.name, asEnumNames(kinds, group, row[`group${i}`] as GroupModel[])]),
    ),
  };
}

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

const pageArgs = (t: PothosSchemaTypes.ObjectFieldBuilder<Types, unknown>['arg'], target: Target) => ({
  where: t({ type: WHERE[target] }),
  orderBy: t({ type: [ORDER[target]], description: 'Sort keys in order; the key breaks every tie.' }),
  first: t.int({ description: `Page size (default ${DEFAULT_FIRST}; at most the server’s maxFirst).` }),
  after: t.string({ description: 'The endCursor of the previous page.' }),
});

for (const kind of ENTITY_KIND_NAMES) {
  builder.queryField(PLURALS[kind], (t) =>
    t.field({
      type: CONNECTIONS[kind].Connection,
      description: `Filter, sort, count and group ${PLURALS[kind]}; keyset cursors under any order.`,
      args: pageArgs(t.arg, kind),
      resolve: (_root, args, ctx, info) => resolveConnection([kind], args as PageArgs, ctx, info),
    }),
  );
}

builder.queryField('entities', (t) =>
  t.field({
    type: CONNECTIONS.entity.Connection,
    description:
      'Entities of one kind, several or all, filtered on what every entity has; key order by default.',
    args: {
      kind: t.arg({ type: EntityKindEnum, required: false }),
      kinds: t.arg({ type: [EntityKindEnum], required: false }),
      ...pageArgs(t.arg, 'entity'),
    },
    resolve: (_root, args, ctx, info) => {
      const kinds = [...(args.kind ? [args.kind] : []), ...(args.kinds ?? [])];
      return resolveConnection(kinds.length > 0 ? [...new Set(kinds)] : null, args as PageArgs, ctx, info);
    },
  }),
);
