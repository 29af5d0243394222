import { builder } from '../builder.ts';
import { entityNode } from '../node.ts';
import { EntityRef, KindRefs } from '../refs.ts';
import { related } from '../resolvers.ts';

builder.node(KindRefs.topic, {
  ...entityNode('topic'),
  description: 'A subject of international cooperation (extradition, videoconference, cultural property…).',
  fields: (t) => ({
    concernedBy: t.field({
      type: [EntityRef],
      description: 'Sections, articles, recommendations and others that concern it.',
      resolve: related(['CONCERNS'], 'IN'),
    }),
  }),
});
