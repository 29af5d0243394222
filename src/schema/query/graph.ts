import { GraphQLError } from 'graphql';
import { TRACE_KINDS } from '../../graph/cypher/trace.ts';
import {
  DEFAULT_WALK_TYPES,
  EXCLUDED_BY_DEFAULT,
  neighborhood,
  shortestPath,
  trace,
} from '../../graph/subgraph.ts';
import { builder } from '../builder.ts';
import type { RelationType } from '../../model/relations.ts';
import { EntityKindEnum, Lang, RelationTypeEnum } from '../enums.ts';
import {
  checkCount,
  checkRange,
  DEFAULT_COUNTS,
  DEFAULT_LIMITS,
  EXCLUDE_PER_NODE,
  MAX_TYPES,
  range,
} from '../limits.ts';
import { provenanceArgs, relationFilter } from '../provenance.ts';
import { SubgraphRef } from '../subgraph.ts';

const L = DEFAULT_LIMITS;
const excluded = EXCLUDED_BY_DEFAULT.join(', ');

/** The relation types to walk: those named, or all but the ones left out by default. */
function walkTypes(named: readonly RelationType[] | null | undefined): readonly RelationType[] {
  if (!named) return DEFAULT_WALK_TYPES;
  checkCount('relationTypes', named, MAX_TYPES);
  return named;
}

builder.queryField('neighborhood', (t) =>
  t.field({
    type: SubgraphRef,
    description: `The entities within \`depth\` hops of the given ones, and the edges among them, ready to draw. Leaves out ${excluded} unless \`relationTypes\` names it. Entities in \`exclude\` (already on screen) are not returned again, but edges to them are.`,
    args: {
      keys: t.arg.stringList({ required: true, description: `The seeds, ${range(1, L.maxKeys)} keys.` }),
      depth: t.arg.int({ defaultValue: DEFAULT_COUNTS.depth, description: `${range(1, L.maxDepth)}.` }),
      relationTypes: t.arg({ type: [RelationTypeEnum], required: false }),
      kinds: t.arg({
        type: [EntityKindEnum],
        required: false,
        description: 'Only reach entities of these kinds.',
      }),
      limit: t.arg.int({
        defaultValue: DEFAULT_COUNTS.nodes,
        description: `Most nodes returned, ${range(1, L.maxNodes)}.`,
      }),
      exclude: t.arg.stringList({
        required: false,
        description: `Keys already on screen, at most ${L.maxNodes * EXCLUDE_PER_NODE}.`,
      }),
      lang: t.arg({ type: Lang, defaultValue: 'en', description: 'Language of the labels.' }),
      ...provenanceArgs(t.arg),
    },
    resolve: (_root, args, ctx) => {
      checkCount('keys', args.keys, ctx.limits.maxKeys);
      checkCount('exclude', args.exclude ?? [], ctx.limits.maxNodes * EXCLUDE_PER_NODE);
      return neighborhood(ctx.db, ctx.queries, {
        keys: args.keys,
        depth: checkRange('depth', args.depth ?? DEFAULT_COUNTS.depth, 1, ctx.limits.maxDepth),
        relations: relationFilter(walkTypes(args.relationTypes), args),
        kinds: args.kinds ?? null,
        limit: checkRange('limit', args.limit ?? DEFAULT_COUNTS.nodes, 1, ctx.limits.maxNodes),
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
    description: `The shortest path between two entities (${excluded} left out unless named), empty when none is within \`maxLength\`; null when a key is unknown.`,
    args: {
      from: t.arg.string({ required: true }),
      to: t.arg.string({ required: true }),
      maxLength: t.arg.int({
        defaultValue: DEFAULT_COUNTS.pathLength,
        description: `Most relationships on the path, ${range(1, L.maxPathLength)}.`,
      }),
      relationTypes: t.arg({ type: [RelationTypeEnum], required: false }),
      lang: t.arg({ type: Lang, defaultValue: 'en' }),
      ...provenanceArgs(t.arg),
    },
    resolve: (_root, args, ctx) =>
      shortestPath(ctx.db, ctx.queries, {
        from: args.from,
        to: args.to,
        maxLength: checkRange(
          'maxLength',
          args.maxLength ?? DEFAULT_COUNTS.pathLength,
          1,
          ctx.limits.maxPathLength,
        ),
        relations: relationFilter(walkTypes(args.relationTypes), args),
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
