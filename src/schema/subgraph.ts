import { COST_FORMULA } from '../graph/cypher/paths.ts';
import type { RankedPath, Subgraph, SubgraphEdge, SubgraphNode } from '../graph/subgraph.ts';
import { builder } from './builder.ts';
import { EntityKindEnum, RelationOriginEnum, RelationTypeEnum } from './enums.ts';
import { EXTERNAL_SOURCE_FIELD, ExternalSourceRef } from './externalSource.ts';
import { JSONScalar } from './scalars.ts';

const SubgraphNodeRef = builder.objectRef<SubgraphNode>('SubgraphNode').implement({
  description: 'A node of a subgraph. `id` is the entity key; `data` is what Cytoscape.js reads.',
  fields: (t) => ({
    id: t.exposeString('id'),
    kind: t.field({ type: EntityKindEnum, resolve: (node) => node.kind }),
    label: t.exposeString('label'),
    data: t.field({ type: JSONScalar, resolve: (node) => node.data }),
  }),
});

const SubgraphEdgeRef = builder.objectRef<SubgraphEdge>('SubgraphEdge').implement({
  description:
    'An edge of a subgraph, with the keys of the paragraphs that state it and how coopgraph knows it (`data` holds the same).',
  fields: (t) => ({
    id: t.exposeString('id'),
    source: t.exposeString('source'),
    target: t.exposeString('target'),
    type: t.field({ type: RelationTypeEnum, resolve: (edge) => edge.type }),
    sources: t.exposeStringList('sources'),
    origin: t.field({
      type: RelationOriginEnum,
      description:
        'How coopgraph knows the relationship; when several reports state it, curated outranks what code found.',
      resolve: (edge) => edge.origin,
    }),
    inferred: t.string({
      nullable: true,
      description: 'Set when the sources state the relationship without naming both ends: the reason.',
      resolve: (edge) => edge.inferred,
    }),
    externalSource: t.field({
      type: ExternalSourceRef,
      nullable: true,
      description: EXTERNAL_SOURCE_FIELD,
      resolve: (edge) => edge.externalSource,
    }),
    data: t.field({ type: JSONScalar, resolve: (edge) => edge.data }),
  }),
});

export const SubgraphRef = builder.objectRef<Subgraph>('Subgraph').implement({
  description:
    'Nodes and edges ready to draw: `{ nodes, edges }` in Cytoscape.js element form (pass `[...nodes, ...edges]` of `data` to cy.add). Server-side limits apply; `truncated` says when they cut.',
  fields: (t) => ({
    nodes: t.field({ type: [SubgraphNodeRef], resolve: (graph) => graph.nodes }),
    edges: t.field({ type: [SubgraphEdgeRef], resolve: (graph) => graph.edges }),
    truncated: t.exposeBoolean('truncated'),
  }),
});

export const PathRef = builder.objectRef<RankedPath>('Path').implement({
  description: `One path of \`paths\`: a Subgraph (the same \`nodes\`, \`edges\` and \`truncated\`, also as \`subgraph\`) with its length and cost. The cost of a path is ${COST_FORMULA}: a hop through an entity with d relationships is one choice among d, so it costs the bits of that choice, and a path through a hub that everyone is joined to costs more than one through specific entities.`,
  fields: (t) => ({
    length: t.exposeInt('length', { description: 'Relationships on the path.' }),
    cost: t.exposeFloat('cost', {
      description: `${COST_FORMULA[0]!.toUpperCase()}${COST_FORMULA.slice(1)}: how much of a hub each entity is, whatever the request walks.`,
    }),
    nodes: t.field({ type: [SubgraphNodeRef], resolve: (path) => path.graph.nodes }),
    edges: t.field({ type: [SubgraphEdgeRef], resolve: (path) => path.graph.edges }),
    truncated: t.boolean({
      description:
        'The search met more paths than it ranks: one of the same length with a lower cost may be missing.',
      resolve: (path) => path.graph.truncated,
    }),
    subgraph: t.field({ type: SubgraphRef, resolve: (path) => path.graph }),
  }),
});
