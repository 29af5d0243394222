import { GraphQLError } from 'graphql';
import { cypher } from '../../neo4j/cypher.ts';
import { withLookahead } from '../../graph/loaders.ts';
import { mergeNext } from '../../graph/lookahead.ts';
import { nextRelations } from '../lookahead.ts';
import type { EntityRow } from '../../graph/rows.ts';
import neo4j from 'neo4j-driver';
import { builder } from '../builder.ts';
import { PageInfo } from '../connection/pageInfo.ts';
import { read } from '../context.ts';
import { EntityKindEnum } from '../enums.ts';
import { checkRange, DEFAULT_COUNTS, DEFAULT_LIMITS, range } from '../limits.ts';
import { EntityRef } from '../refs.ts';

const PAGE = withLookahead('entities-page');
const COUNT = cypher('entities-count');

builder.queryField('entity', (t) =>
  t.field({
    type: EntityRef,
    nullable: true,
    description: 'The entity with this key (e.g. `network:ejn`, `state:CHN`), or null when there is none.',
    args: { key: t.arg.string({ required: true }) },
    resolve: (_root, { key }, ctx, info) => {
      // With relation fields selected, the entity and two levels of them come in one statement.
      const next = nextRelations(info);
      return next.length === 0
        ? ctx.loaders.entity.load(key)
        : ctx.loaders.entityAhead.load({ key, args: null, next });
    },
  }),
);

const encodeCursor = (key: string) => Buffer.from(`entity:${key}`, 'utf8').toString('base64url');
function decodeCursor(cursor: string): string {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!decoded.startsWith('entity:')) {
    throw new GraphQLError('after is not a cursor of this connection', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return decoded.slice('entity:'.length);
}

interface EntityPage {
  rows: EntityRow[];
  hasNextPage: boolean;
  kind: string | null;
  after: string | null;
}

const EntityEdge = builder.objectRef<EntityRow>('EntityEdge').implement({
  fields: (t) => ({
    cursor: t.string({ resolve: (row) => encodeCursor(row.key) }),
    node: t.field({ type: EntityRef, resolve: (row) => row }),
  }),
});

const EntityConnection = builder.objectRef<EntityPage>('EntityConnection').implement({
  description:
    'A page of entities in key order; the cursor is the last key seen, so pages stay cheap at any depth.',
  fields: (t) => ({
    edges: t.field({ type: [EntityEdge], resolve: (page) => page.rows }),
    nodes: t.field({ type: [EntityRef], resolve: (page) => page.rows }),
    pageInfo: t.field({
      type: PageInfo,
      resolve: (page) => ({
        hasNextPage: page.hasNextPage,
        hasPreviousPage: page.after !== null,
        startCursor: page.rows[0] ? encodeCursor(page.rows[0].key) : null,
        endCursor: page.rows.at(-1) ? encodeCursor(page.rows.at(-1)!.key) : null,
      }),
    }),
    totalCount: t.int({
      description: 'How many entities match in all (counted only when asked for).',
      resolve: async (page, _args, ctx) => {
        const [row] = await read<{ total: number }>(ctx, COUNT, { kind: page.kind });
        return row?.total ?? 0;
      },
    }),
  }),
});

builder.queryField('entities', (t) =>
  t.field({
    type: EntityConnection,
    description: 'Entities, of one kind or all, in key order (Relay connection with keyset cursors).',
    args: {
      kind: t.arg({ type: EntityKindEnum, required: false }),
      first: t.arg.int({
        defaultValue: DEFAULT_COUNTS.entities,
        description: `Page size, ${range(1, DEFAULT_LIMITS.maxFirst)}.`,
      }),
      after: t.arg.string({ required: false, description: 'The endCursor of the previous page.' }),
    },
    resolve: async (_root, args, ctx, info) => {
      const first = checkRange('first', args.first ?? DEFAULT_COUNTS.entities, 1, ctx.limits.maxFirst);
      const after = args.after ? decodeCursor(args.after) : null;
      const kind = args.kind ?? null;
      // The relation fields selected on the page's entities come in the same statement.
      const next = mergeNext([nextRelations(info, ['nodes']), nextRelations(info, ['edges', 'node'])]);
      const found = await ctx.loaders.lookup(PAGE, { kind, after, limit: neo4j.int(first + 1) }, next);
      const rows = found.get('page') ?? [];
      const page = rows.slice(0, first);
      return { rows: page, hasNextPage: rows.length > first, kind, after };
    },
  }),
);
