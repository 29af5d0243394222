import type { EntityRow } from '../../graph/rows.ts';
import { ENTITY_KINDS, ENTITY_KIND_NAMES } from '../../model/kinds.ts';
import { externalSourceOf, type Origin } from '../../model/provenance.ts';
import { builder } from '../builder.ts';
import { RelationOriginEnum, RelationTypeEnum } from '../enums.ts';
import { GROUP_BY } from '../inputs/order.ts';
import type { Target } from '../inputs/where.ts';
import { EntityRef, KindRefs } from '../refs.ts';
import { EXTERNAL_SOURCE_FIELD, ExternalSourceRef } from '../externalSource.ts';
import { inNameOrder, JSONScalar } from '../scalars.ts';
import { QuoteSpanRef, spansOf } from '../quoteSpan.ts';
import { PageInfo } from './pageInfo.ts';
import { cursorOf, pageInfo, planned } from './pages.ts';

export interface GroupModel {
  value: unknown;
  entity?: EntityRow | null;
  count: number;
}

/** A page of a root connection, as its one statement answered it. */
export interface EntityPageModel {
  rows: EntityRow[];
  hasNextPage: boolean;
  after: boolean;
  signature: string;
  total?: number;
  groups: Map<string, GroupModel[]>;
}

/** A relationship as an edge shows it: its properties, type and the keys of its ends. */
export interface StepModel {
  type: string;
  from: string;
  to: string;
  origin: Origin;
  inferred?: string | null;
  sources?: string[];
  quote?: string | null;
  [property: string]: unknown;
}

export interface RelationEdgeModel {
  node: EntityRow;
  /** Every path that reaches the node, each as its relationships. */
  paths: StepModel[][];
  signature: string;
}

export interface RelationPageModel {
  edges: RelationEdgeModel[];
  hasNextPage: boolean;
  after: boolean;
  signature: string;
  total?: number;
}

/** Relationship properties that say where it is, not what it states. */
const STEP_INTERNAL = new Set(['type', 'from', 'to', 'report', 'sourceRefs']);

const paragraphs = async (
  keys: readonly string[],
  ctx: { loaders: { entity: { loadMany(k: readonly string[]): Promise<(EntityRow | null | Error)[]> } } },
) =>
  (await ctx.loaders.entity.loadMany([...new Set(keys)])).filter(
    (row): row is EntityRow<'paragraph'> => row !== null && !(row instanceof Error),
  );

export const Group = builder.objectRef<GroupModel>('Group').implement({
  description: 'One group of a connection’s entities and how many they are.',
  fields: (t) => ({
    value: t.string({
      nullable: true,
      description:
        'The property value shared by the group, or the key of the entity they reach (null: none).',
      resolve: (group) => (group.value === null || group.value === undefined ? null : String(group.value)),
    }),
    entity: t.field({
      type: EntityRef,
      nullable: true,
      description: 'For a relation group: the entity they reach (null for those that reach none).',
      resolve: (group) => group.entity ?? null,
    }),
    count: t.exposeInt('count'),
  }),
});

export const RelationStep = builder.objectRef<StepModel>('RelationStep').implement({
  description: 'One relationship of an edge, with its provenance.',
  fields: (t) => ({
    type: t.field({ type: RelationTypeEnum, resolve: (step) => step.type as never }),
    from: t.field({
      type: EntityRef,
      resolve: async (step, _args, ctx) =>
        planned((await ctx.loaders.entity.load(step.from)) ?? undefined, `entity ${step.from}`),
    }),
    to: t.field({
      type: EntityRef,
      resolve: async (step, _args, ctx) =>
        planned((await ctx.loaders.entity.load(step.to)) ?? undefined, `entity ${step.to}`),
    }),
    origin: t.field({ type: RelationOriginEnum, resolve: (step) => step.origin }),
    inferred: t.string({ nullable: true, resolve: (step) => step.inferred ?? null }),
    sources: t.field({
      type: [KindRefs.paragraph],
      resolve: (step, _args, ctx) => paragraphs(step.sources ?? [], ctx),
    }),
    quote: t.string({ nullable: true, resolve: (step) => step.quote ?? null }),
    externalSource: t.field({
      type: ExternalSourceRef,
      nullable: true,
      description: EXTERNAL_SOURCE_FIELD,
      resolve: (step) => externalSourceOf(step),
    }),
    spans: t.field({
      type: [QuoteSpanRef],
      description: 'Where the quote stands, once for each source that holds it.',
      resolve: (step) => spansOf(step),
    }),
    properties: t.field({
      type: JSONScalar,
      resolve: (step) =>
        inNameOrder(Object.fromEntries(Object.entries(step).filter(([name]) => !STEP_INTERNAL.has(name)))),
    }),
  }),
});

const steps = (edge: RelationEdgeModel) => edge.paths.flat();
const direct = (edge: RelationEdgeModel) => edge.paths.find((path) => path.length === 1)?.[0];

function targetName(target: Target) {
  return target === 'entity' ? 'Entity' : ENTITY_KINDS[target].label;
}

function connectionTypes(target: Target) {
  const name = targetName(target);
  const node = target === 'entity' ? EntityRef : KindRefs[target];
  const Edge = builder.objectRef<{ row: EntityRow; signature: string }>(`${name}Edge`).implement({
    fields: (t) => ({
      cursor: t.string({ resolve: ({ row, signature }) => cursorOf(signature, row) }),
      node: t.field({ type: node as typeof EntityRef, resolve: ({ row }) => row }),
    }),
  });
  const Connection = builder.objectRef<EntityPageModel>(`${name}Connection`).implement({
    description: `A page of ${name === 'Entity' ? 'entities' : name} (Relay), keyset cursors under any order.`,
    fields: (t) => ({
      totalCount: t.int({
        description: 'How many match in all.',
        resolve: (page) => planned(page.total, 'totalCount'),
      }),
      edges: t.field({
        type: [Edge],
        resolve: (page) => page.rows.map((row) => ({ row, signature: page.signature })),
      }),
      nodes: t.field({ type: [node as typeof EntityRef], resolve: (page) => page.rows }),
      pageInfo: t.field({
        type: PageInfo,
        resolve: (page) => pageInfo(page.signature, page.rows, page.hasNextPage, page.after),
      }),
      groupBy: t.field({
        type: [Group],
        description: 'How many of all that match fall in each group, most first, then by value.',
        args: { by: t.arg({ type: GROUP_BY[target] as never, required: true }) },
        resolve: (page, _args, _ctx, info) => planned(page.groups.get(info.path.key as string), 'groupBy'),
      }),
    }),
  });

  const RelationEdge = builder.objectRef<RelationEdgeModel>(`${name}RelationEdge`).implement({
    description:
      'An entity a relation field reaches, with the relationships that reach it and where the report states them.',
    fields: (t) => ({
      cursor: t.string({ resolve: (edge) => cursorOf(edge.signature, edge.node) }),
      node: t.field({ type: node as typeof EntityRef, resolve: (edge) => edge.node }),
      type: t.field({
        type: RelationTypeEnum,
        nullable: true,
        description: 'The relationship type, for a one-step edge (null for a derived one: see steps).',
        resolve: (edge) => (direct(edge)?.type as never) ?? null,
      }),
      origin: t.field({
        type: RelationOriginEnum,
        description:
          'How coopgraph knows it: the origin of its relationship, or DERIVED when it joins several.',
        resolve: (edge) => direct(edge)?.origin ?? 'derived',
      }),
      inferred: t.string({
        nullable: true,
        description: 'Set when every way to the node goes through an inferred relationship: the reason.',
        resolve: (edge) => {
          const reasons = edge.paths.map((path) => path.find((step) => step.inferred)?.inferred ?? null);
          return reasons.every((reason) => reason !== null) ? (reasons[0] ?? null) : null;
        },
      }),
      sources: t.field({
        type: [KindRefs.paragraph],
        description: 'The paragraphs that state it: of every step of every path.',
        resolve: (edge, _args, ctx) =>
          paragraphs(
            steps(edge).flatMap((step) => step.sources ?? []),
            ctx,
          ),
      }),
      quote: t.string({
        nullable: true,
        description: 'The words of the report that state a one-step edge.',
        resolve: (edge) => direct(edge)?.quote ?? null,
      }),
      externalSource: t.field({
        type: ExternalSourceRef,
        nullable: true,
        description: `${EXTERNAL_SOURCE_FIELD} For a one-step edge.`,
        resolve: (edge) => {
          const step = direct(edge);
          return step ? externalSourceOf(step) : null;
        },
      }),
      spans: t.field({
        type: [QuoteSpanRef],
        description: 'Where the quote of a one-step edge stands (empty for a derived one: see steps).',
        resolve: (edge) => {
          const step = direct(edge);
          return step ? spansOf(step) : [];
        },
      }),
      properties: t.field({
        type: JSONScalar,
        nullable: true,
        description: 'The properties of a one-step edge’s relationship.',
        resolve: (edge) => {
          const step = direct(edge);
          return step
            ? inNameOrder(Object.fromEntries(Object.entries(step).filter(([k]) => !STEP_INTERNAL.has(k))))
            : null;
        },
      }),
      steps: t.field({
        type: [RelationStep],
        description: 'Every relationship of every path to the node, in path order.',
        resolve: steps,
      }),
    }),
  });
  const RelationConnection = builder.objectRef<RelationPageModel>(`${name}RelationConnection`).implement({
    description: 'A page of what a relation field reaches, with each edge’s provenance.',
    fields: (t) => ({
      totalCount: t.int({ resolve: (page) => planned(page.total, 'totalCount') }),
      edges: t.field({ type: [RelationEdge], resolve: (page) => page.edges }),
      nodes: t.field({
        type: [node as typeof EntityRef],
        resolve: (page) => page.edges.map((edge) => edge.node),
      }),
      pageInfo: t.field({
        type: PageInfo,
        resolve: (page) =>
          pageInfo(
            page.signature,
            page.edges.map((edge) => edge.node),
            page.hasNextPage,
            page.after,
          ),
      }),
    }),
  });
  return { Connection, RelationConnection };
}

export const CONNECTIONS = Object.fromEntries(
  [...ENTITY_KIND_NAMES, 'entity' as const].map((target) => [target, connectionTypes(target)]),
) as Record<Target, ReturnType<typeof connectionTypes>>;
