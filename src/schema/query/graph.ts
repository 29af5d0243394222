import { GraphQLError } from 'graphql';
import { TRACE_KINDS } from '../../graph/cypher/trace.ts';
import { neighborhood, shortestPath, trace } from '../../graph/subgraph.ts';
import { RELATION_TYPE_NAMES, type RelationType } from '../../model/relations.ts';
import { builder } from '../builder.ts';
import { EntityKindEnum, Lang, RelationTypeEnum } from '../enums.ts';
import { checkCount, checkRange } from '../limits.ts';
import { provenanceArgs, relationFilter } from '../provenance.ts';
import { SubgraphRef } from '../subgraph.ts';

/** By default graph queries leave out MENTIONS: every paragraph would otherwise be one hop from all it names. */
const DEFAULT_TYPES: RelationType[] = RELATION_TYPE_NAMES.filter((type) => type !== 'MENTIONS');

builder.queryField('neighborhood', (t) =>
  t.field({
    type: SubgraphRef,
    description:
      'The entities within `depth` hops of the given ones, and the edges among them, ready to draw. Leaves out MENTIONS unless `relationTypes` names it. Entities in `exclude` (already on screen) are not returned again, but edges to them are.',
    args: {
      keys: t.arg.stringList({ required: true }),
      depth: t.arg.int({ defaultValue: 1, description: '1 to 3.' }),
      relationTypes: t.arg({ type: [RelationTypeEnum], required: false }),
      kinds: t.arg({
        type: [EntityKindEnum],
        required: false,
        description: 'Only reach entities of these kinds.',
      }),
      limit: t.arg.int({ defaultValue: 100, description: 'Most nodes returned, 1 to 500.' }),
      exclude: t.arg.stringList({ required: false }),
      lang: t.arg({ type: Lang, defaultValue: 'en', description: 'Language of the labels.' }),
      ...provenanceArgs(t.arg),
    },
    resolve: (_root, args, ctx) => {
      checkCount('keys', args.keys, ctx.limits.maxKeys);
      checkCount('exclude', args.exclude ?? [], ctx.limits.maxNodes * 4);
      return neighborhood(ctx.db, ctx.queries, {
        keys: args.keys,
        depth: checkRange('depth', args.depth ?? 1, 1, ctx.limits.maxDepth),
        relations: relationFilter(args.relationTypes ?? DEFAULT_TYPES, args),
        kinds: args.kinds ?? null,
        limit: checkRange('limit', args.limit ?? 100, 1, ctx.limits.maxNodes),
        exclude: args.exclude ?? [],
        lang: args.lang ?? 'en',
      });
    },
  }),
);

builder.queryField('shortestPath', (t) =>
  t.field({
    type: SubgraphRef,
    nullable: true,
    description:
      'The shortest path between two entities (MENTIONS left out unless named), empty when none is within `maxLength`; null when a key is unknown.',
    args: {
      from: t.arg.string({ required: true }),
      to: t.arg.string({ required: true }),
      maxLength: t.arg.int({ defaultValue: 6, description: '1 to 8.' }),
      relationTypes: t.arg({ type: [RelationTypeEnum], required: false }),
      lang: t.arg({ type: Lang, defaultValue: 'en' }),
      ...provenanceArgs(t.arg),
    },
    resolve: (_root, args, ctx) =>
      shortestPath(ctx.db, ctx.queries, {
        from: args.from,
        to: args.to,
        maxLength: checkRange('maxLength', args.maxLength ?? 6, 1, ctx.limits.maxPathLength),
        relations: relationFilter(args.relationTypes ?? DEFAULT_TYPES, args),
        lang: args.lang ?? 'en',
      }),
  }),
);

builder.queryField('trace', (t) =>
  t.field({
    type: SubgraphRef,
    nullable: true,
    description:
      'From a resolution: the bodies it asked to act, the discussion it led to, the recommendations that came of it and the articles they cite. From a recommendation: back to its resolutions, and what it cites. Null when the key is unknown.',
    args: {
      from: t.arg.string({ required: true }),
      lang: t.arg({ type: Lang, defaultValue: 'en' }),
      ...provenanceArgs(t.arg),
    },
    resolve: async (_root, args, ctx) => {
      const answer = await trace(ctx.db, ctx.queries, {
        from: args.from,
        relations: relationFilter(null, args),
        lang: args.lang ?? 'en',
      });
      if (!answer.found) return null;
      if (!(TRACE_KINDS as readonly string[]).includes(answer.kind)) {
        throw new GraphQLError(
          `trace starts from a resolution or a recommendation; ${args.from} is a ${answer.kind}`,
          { extensions: { code: 'BAD_USER_INPUT', argument: 'from' } },
        );
      }
      return answer.graph;
    },
  }),
);
