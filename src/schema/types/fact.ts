import { GraphQLError } from 'graphql';
import type { FactPosition, FactRow, FactsPage } from '../../graph/facts.ts';
import type { EntityRow } from '../../graph/rows.ts';
import { builder } from '../builder.ts';
import { PageInfo } from '../connection/pageInfo.ts';
import type { Context } from '../context.ts';
import { RelationOriginEnum, RelationTypeEnum } from '../enums.ts';
import { originOf } from '../provenance.ts';
import { EntityRef, KindRefs } from '../refs.ts';

const CURSOR_PREFIX = 'fact:';

/** A fact's cursor: its position in the paragraph's list (keyset, so pages stay cheap at any depth). */
export const encodeFactCursor = (at: FactPosition) =>
  Buffer.from(`${CURSOR_PREFIX}${JSON.stringify(at)}`, 'utf8').toString('base64url');

export function decodeFactCursor(cursor: string): FactPosition {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  let at: unknown;
  try {
    at = decoded.startsWith(CURSOR_PREFIX) ? JSON.parse(decoded.slice(CURSOR_PREFIX.length)) : null;
  } catch {
    at = null;
  }
  if (!Array.isArray(at) || at.length !== 4 || !at.every((part) => typeof part === 'string')) {
    throw new GraphQLError('after is not a cursor of this connection', {
      extensions: { code: 'BAD_USER_INPUT', argument: 'after' },
    });
  }
  return at as FactPosition;
}

/** An entity the graph holds; one it does not is a fault of the data, not an answer. */
async function entity(ctx: Context, key: string): Promise<EntityRow> {
  const row = await ctx.loaders.entity.load(key);
  if (!row) throw new Error(`a relationship names ${key}, which is not in the graph`);
  return row;
}

async function paragraph(ctx: Context, key: string): Promise<EntityRow<'paragraph'>> {
  const row = await entity(ctx, key);
  if (row.kind !== 'paragraph') throw new Error(`a relationship's source ${key} is not a paragraph`);
  return row as EntityRow<'paragraph'>;
}

export const FactRef = builder.objectRef<FactRow>('Fact').implement({
  description:
    'A relationship as a paragraph states it: its type, both ends, how coopgraph knows it and every paragraph that states it.',
  fields: (t) => ({
    type: t.field({ type: RelationTypeEnum, resolve: (fact) => fact.type }),
    from: t.field({
      type: EntityRef,
      description: 'The start of the relationship.',
      resolve: (fact, _args, ctx) => entity(ctx, fact.from),
    }),
    to: t.field({
      type: EntityRef,
      description: 'The end of the relationship.',
      resolve: (fact, _args, ctx) => entity(ctx, fact.to),
    }),
    origin: t.field({
      type: RelationOriginEnum,
      description: 'How coopgraph knows the relationship.',
      resolve: (fact) => originOf(fact),
    }),
    inferred: t.string({
      nullable: true,
      description: 'Set when the sources state the relationship without naming both ends: the reason.',
      resolve: (fact) => fact.inferred,
    }),
    sources: t.field({
      type: [KindRefs.paragraph],
      description: 'Every paragraph that states the relationship (this one among them).',
      resolve: (fact, _args, ctx) => Promise.all(fact.sources.map((key) => paragraph(ctx, key))),
    }),
  }),
});

const FactEdge = builder.objectRef<FactRow>('FactEdge').implement({
  fields: (t) => ({
    cursor: t.string({ resolve: (fact) => encodeFactCursor(fact.at) }),
    node: t.field({ type: FactRef, resolve: (fact) => fact }),
  }),
});

export const FactConnection = builder.objectRef<FactsPage>('FactConnection').implement({
  description:
    'A page of the facts of a paragraph, in order of type, start key and end key; the cursor is the last fact seen.',
  fields: (t) => ({
    totalCount: t.int({
      description: 'How many facts the paragraph states in all.',
      resolve: (page) => page.total,
    }),
    edges: t.field({ type: [FactEdge], resolve: (page) => page.facts }),
    nodes: t.field({ type: [FactRef], resolve: (page) => page.facts }),
    pageInfo: t.field({
      type: PageInfo,
      resolve: (page) => ({
        hasNextPage: page.hasNextPage,
        hasPreviousPage: page.after,
        startCursor: page.facts[0] ? encodeFactCursor(page.facts[0].at) : null,
        endCursor: page.facts.at(-1) ? encodeFactCursor(page.facts.at(-1)!.at) : null,
      }),
    }),
  }),
});
