import { builder } from '../builder.ts';
import { entityNode } from '../node.ts';
import { KindRefs } from '../refs.ts';

builder.node(KindRefs.topic, {
  ...entityNode('topic'),
  description: 'A subject of international cooperation (extradition, videoconference, cultural property…).',
  fields: () => ({}),
});
