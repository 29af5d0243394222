import { builder } from '../builder.ts';
import { entityNode } from '../node.ts';
import { EntityRef, KindRefs } from '../refs.ts';
import { derived, related, stringProp } from '../resolvers.ts';

const ResolutionKind = builder.enumType('ResolutionKind', {
  values: { DECISION: { value: 'decision' }, RESOLUTION: { value: 'resolution' } } as const,
});

builder.node(KindRefs.resolution, {
  ...entityNode('resolution'),
  description: 'A decision or resolution of a Conference (e.g. COP resolution 5/7).',
  fields: (t) => ({
    symbol: t.string({
      description: 'Its number, e.g. "5/7".',
      resolve: (row) => stringProp('symbol')(row) ?? '',
    }),
    // `kind` is Entity.kind (RESOLUTION); whether it is a decision or a resolution is this field.
    resolutionKind: t.field({
      type: ResolutionKind,
      resolve: (row) => (row.resolutionKind === 'decision' ? 'decision' : 'resolution'),
    }),
    session: t.int({
      nullable: true,
      resolve: (row) => (typeof row.session === 'number' ? row.session : null),
    }),
    year: t.int({ nullable: true, resolve: (row) => (typeof row.year === 'number' ? row.year : null) }),
    issuedBy: t.field({
      type: [KindRefs.organization],
      resolve: related(['ISSUED_BY'], 'OUT', ['organization']),
    }),
    recommendations: t.field({
      type: [KindRefs.recommendation],
      description: 'Recommendations it led to, directly or through the discussion it asked for.',
      resolve: derived('resolutionRecommendations'),
    }),
    ledTo: t.field({
      type: [EntityRef],
      description: 'What it led to directly (a discussion, a meeting, recommendations).',
      resolve: related(['LED_TO'], 'OUT'),
    }),
    requested: t.field({
      type: [EntityRef],
      description: 'The bodies it asked to act.',
      resolve: related(['REQUESTED'], 'OUT'),
    }),
    established: t.field({
      type: [EntityRef],
      description: 'The bodies it established.',
      resolve: related(['ESTABLISHED'], 'OUT'),
    }),
    articles: t.field({
      type: [KindRefs.article],
      description: 'Articles it refers to.',
      resolve: related(['CITES'], 'OUT', ['article']),
    }),
  }),
});
