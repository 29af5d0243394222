import type { ArgBuilder } from '@pothos/core';
import { GraphQLError } from 'graphql';
import { TRACE_KINDS } from '../../graph/cypher/trace.ts';
import type { Avoid } from '../../graph/cypher/pathStep.ts';
import { COST_FORMULA } from '../../graph/cypher/paths.ts';
import {
  DEFAULT_WALK_TYPES,
  EXCLUDED_BY_DEFAULT,
  neighborhood,
  paths,
  shortestPath,
  trace,
  UnknownAvoided,
} from '../../graph/subgraph.ts';
import type { EntityKind } from '../../model/kinds.ts';
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
import type { Context } from '../context.ts';
import { PathRef, SubgraphRef } from '../subgraph.ts';

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

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/** The arguments of both path fields. */
const pathArgs = (arg: ArgBuilder<Types>) => ({
  from: arg.string({ required: true }),
  to: arg.string({ required: true }),
  maxLength: arg.int({
    defaultValue: DEFAULT_COUNTS.pathLength,
    description: `Most relationships on a path, ${range(1, L.maxPathLength)}.`,
  }),
  avoid: arg.stringList({
    required: false,
    description: `Keys of entities a path may not pass through (not its ends), at most ${L.maxKeys}; an unknown key is refused.`,
  }),
  avoidKinds: arg({
    type: [EntityKindEnum],
    required: false,
    description: 'Kinds of entities a path may not pass through (its ends may be of them).',
  }),
  relationTypes: arg({ type: [RelationTypeEnum], required: false }),
  lang: arg({ type: Lang, defaultValue: 'en' }),
  ...provenanceArgs(arg),
});

interface PathArgValues {
  from: string;
  to: string;
  maxLength?: number | null;
  avoid?: string[] | null;
  avoidKinds?: EntityKind[] | null;
  relationTypes?: RelationType[] | null;
  lang?: 'en' | 'zh' | null;
  origins?: Parameters<typeof relationFilter>[1]['origins'];
  includeInferred?: boolean | null;
}

/** The checked arguments of a path field; an `avoid` naming an end is refused (no path could avoid it). */
function pathQuery(args: PathArgValues, ctx: Context) {
  const keys = [...new Set(args.avoid ?? [])];
  checkCount('avoid', keys, ctx.limits.maxKeys);
  const ends = keys.filter((key) => key === args.from || key === args.to);
  if (ends.length > 0) {
    throw new GraphQLError(`avoid may not name an end of the path (${ends.join(', ')})`, {
      extensions: { code: 'BAD_USER_INPUT', argument: 'avoid' },
    });
  }
  const avoid: Avoid = { keys, kinds: [...new Set(args.avoidKinds ?? [])] };
  return {
    from: args.from,
    to: args.to,
    maxLength: checkRange(
      'maxLength',
      args.maxLength ?? DEFAULT_COUNTS.pathLength,
      1,
      ctx.limits.maxPathLength,
    ),
    relations: relationFilter(walkTypes(args.relationTypes), args),
    avoid,
    lang: args.lang ?? 'en',
  };
}

/** An `avoid` key no entity has, as the client's mistake it is. */
function refuseUnknownAvoided(error: unknown): never {
  if (error instanceof UnknownAvoided) {
    throw new GraphQLError(error.message, {
      extensions: { code: 'BAD_USER_INPUT', argument: 'avoid', keys: error.keys },
    });
  }
  throw error;
}

builder.queryField('shortestPath', (t) =>
  t.field({
    type: SubgraphRef,
    nullable: true,
    description: `The shortest path between two entities (${excluded} left out unless named), through none of \`avoid\` and no entity of \`avoidKinds\`; empty when none is within \`maxLength\`; null when a key is unknown.`,
    args: pathArgs(t.arg),
    resolve: (_root, args, ctx) =>
      shortestPath(ctx.db, ctx.queries, pathQuery(args, ctx)).catch(refuseUnknownAvoided),
  }),
);

builder.queryField('paths', (t) =>
  t.field({
    type: [PathRef],
    nullable: true,
    description: `Up to \`first\` shortest simple paths between two entities (${excluded} left out unless named), through none of \`avoid\` and no entity of \`avoidKinds\`, in order of length, then of cost: ${COST_FORMULA}, so that among paths of one length those through specific entities come before those through hubs. Paths through the same entities in the same order count once. Empty when none is within \`maxLength\`, the entity alone when both keys are the same, null when a key is unknown.`,
    args: {
      ...pathArgs(t.arg),
      first: t.arg.int({
        defaultValue: DEFAULT_COUNTS.paths,
        description: `Most paths answered, ${range(1, L.maxPaths)}.`,
      }),
    },
    resolve: (_root, args, ctx) =>
      paths(ctx.db, ctx.queries, {
        ...pathQuery(args, ctx),
        first: checkRange('first', args.first ?? DEFAULT_COUNTS.paths, 1, ctx.limits.maxPaths),
      }).catch(refuseUnknownAvoided),
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
