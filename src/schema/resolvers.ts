import type { DerivedRelation, RelatedArgs } from '../graph/loaders.ts';
import type { EntityRow } from '../graph/rows.ts';
import type { EntityKind } from '../model/kinds.ts';
import type { Context } from './context.ts';

/** Resolver of a typed relation field: the entities at the other end of the given relationships. */
export const related =
  (types: RelatedArgs['types'], direction: RelatedArgs['direction'], kinds: EntityKind[] | null = null) =>
  (row: EntityRow, _args: unknown, ctx: Context) =>
    ctx.loaders.related.load({ key: row.key, args: { types, direction, kinds } });

/** Resolver of a field that holds at most one related entity (a paragraph's section, an article's parent). */
export const relatedOne =
  (types: RelatedArgs['types'], direction: RelatedArgs['direction'], kinds: EntityKind[] | null = null) =>
  async (row: EntityRow, _args: unknown, ctx: Context) =>
    (await related(types, direction, kinds)(row, _args, ctx))[0] ?? null;

/** Resolver of a field in two languages: `zh` and `en` name the properties that hold each. */
export const inLanguage =
  (zh: string, en: string) =>
  (row: EntityRow, { lang }: { lang?: string | null }) =>
    stringProp(lang === 'en' ? en : zh)(row);

/** Resolver of a derived relation field (several hops, or UN M49). */
export const derived = (name: DerivedRelation) => (row: EntityRow, _args: unknown, ctx: Context) =>
  ctx.loaders.derived.load({ key: row.key, args: name });

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
