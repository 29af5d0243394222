import type { GraphQLResolveInfo } from 'graphql';
import type { DerivedRelation, RelatedArgs } from '../graph/loaders.ts';
import type { EntityRow } from '../graph/rows.ts';
import type { EntityKind } from '../model/kinds.ts';
import type { Context } from './context.ts';
import { nextRelations, typedField } from './lookahead.ts';

/**
 * Resolver of a typed relation field: the entities at the other end of the given relationships. The
 * typed fields selected below travel with the request, to be fetched in the same statement.
 */
export const related = (
  types: RelatedArgs['types'],
  direction: RelatedArgs['direction'],
  kinds: EntityKind[] | null = null,
) => {
  const args: RelatedArgs = { types, direction, kinds };
  return typedField(
    (row: EntityRow, _args: unknown, ctx: Context, info: GraphQLResolveInfo) =>
      ctx.loaders.related.load({ key: row.key, args, next: nextRelations(info) }),
    args,
  );
};

/** Resolver of a field that holds at most one related entity (a paragraph's section, an article's parent). */
export const relatedOne = (
  types: RelatedArgs['types'],
  direction: RelatedArgs['direction'],
  kinds: EntityKind[] | null = null,
) => {
  const many = related(types, direction, kinds);
  const args: RelatedArgs = { types, direction, kinds };
  return typedField(
    async (row: EntityRow, _args: unknown, ctx: Context, info: GraphQLResolveInfo) =>
      (await many(row, _args, ctx, info))[0] ?? null,
    args,
  );
};

/** The entity with every property, long texts included, fetched again only when they were left out. */
export async function complete(row: EntityRow, ctx: Context): Promise<EntityRow> {
  return row._trimmed ? ((await ctx.loaders.entity.load(row.key)) ?? row) : row;
}

/** Resolver of a long text in two languages: `zh` and `en` name the properties that hold each. */
export const inLanguage =
  (zh: string, en: string) =>
  async (row: EntityRow, { lang }: { lang?: string | null }, ctx: Context) =>
    stringProp(lang === 'en' ? en : zh)(await complete(row, ctx));

/** Resolver of a derived relation field (several hops, or UN M49). */
export const derived =
  (name: DerivedRelation) => (row: EntityRow, _args: unknown, ctx: Context, info: GraphQLResolveInfo) =>
    ctx.loaders.derived.load({ key: row.key, args: name, next: nextRelations(info) });

/** Resolver of a field that holds another entity's key. */
export const entityAt = (property: string) => (row: EntityRow, _args: unknown, ctx: Context) =>
  typeof row[property] === 'string' ? ctx.loaders.entity.load(row[property] as string) : null;

export const stringProp = (property: string) => (row: EntityRow) =>
  typeof row[property] === 'string' ? (row[property] as string) : null;

export const intProp = (property: string) => (row: EntityRow) =>
  typeof row[property] === 'number' ? (row[property] as number) : null;

/** Loads entities of one kind by key, for `node(id)`: a key of another kind is not found. */
export async function loadOfKind(
  ctx: Context,
  kind: EntityKind,
  keys: string[],
): Promise<(EntityRow | null)[]> {
  const rows = await ctx.loaders.entity.loadMany(keys);
  return rows.map((row) => (row && !(row instanceof Error) && row.kind === kind ? row : null));
}
