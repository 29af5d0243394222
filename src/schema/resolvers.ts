import type { EntityRow } from '../graph/rows.ts';
import type { EntityKind } from '../model/kinds.ts';
import type { LongText } from '../model/stored.ts';
import type { Context } from './context.ts';

/** The entity with every property, long texts included, fetched again only when they were left out. */
export async function complete<R extends EntityRow>(row: R, ctx: Context): Promise<R> {
  return row._trimmed ? (((await ctx.loaders.entity.load(row.key)) as R | null) ?? row) : row;
}

/**
 * A long text in two languages, for a field that declares it reads them (`extensions.texts`), so that
 * the statement that brings the entity brings them too.
 */
export const inLanguage = (zh: LongText, en: LongText) => ({
  extensions: { texts: [zh, en] },
  resolve: async (row: EntityRow, { lang }: { lang?: string | null }, ctx: Context) => {
    const full = (await complete(row, ctx)) as Partial<Record<LongText, string | null>>;
    return full[lang === 'en' ? en : zh] ?? null;
  },
});

/** Loads entities of one kind by key, for `node(id)`: a key of another kind is not found. */
export async function loadOfKind(
  ctx: Context,
  kind: EntityKind,
  keys: string[],
): Promise<(EntityRow | null)[]> {
  const rows = await ctx.loaders.entity.loadMany(keys);
  return rows.map((row) => (row && !(row instanceof Error) && row.kind === kind ? row : null));
}
