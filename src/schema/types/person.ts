import { builder } from '../builder.ts';
import { entityNode } from '../node.ts';
import { KindRefs } from '../refs.ts';

builder.node(KindRefs.person, {
  ...entityNode('person'),
  description: 'A person the report names (names.zh as the report writes it, often in Latin script).',
  fields: () => ({}),
});
