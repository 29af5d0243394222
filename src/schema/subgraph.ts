import type { Subgraph, SubgraphEdge, SubgraphNode } from '../graph/subgraph.ts';
import { builder } from './builder.ts';
import { EntityKindEnum, RelationTypeEnum } from './enums.ts';
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
  description: 'An edge of a subgraph, with the keys of the paragraphs that state it.',
  fields: (t) => ({
    id: t.exposeString('id'),
    source: t.exposeString('source'),
    target: t.exposeString('target'),
    type: t.field({ type: RelationTypeEnum, resolve: (edge) => edge.type }),
    sources: t.exposeStringList('sources'),
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
