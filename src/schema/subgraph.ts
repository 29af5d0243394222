import type { Subgraph, SubgraphEdge, SubgraphNode } from '../graph/subgraph.ts';
import { builder } from './builder.ts';
import { EntityKindEnum, RelationOriginEnum, RelationTypeEnum } from './enums.ts';
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
