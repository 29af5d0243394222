import { builder } from '../builder.ts';
import { entityNode } from '../node.ts';
import { KindRefs } from '../refs.ts';
import { related, stringProp } from '../resolvers.ts';

builder.node(KindRefs.convention, {
  ...entityNode('convention'),
  description: 'A convention or model treaty.',
  fields: (t) => ({
    acronym: t.string({ nullable: true, resolve: stringProp('acronym') }),
    articles: t.field({
      type: [KindRefs.article],
      description: 'Its articles that the reports cite.',
      resolve: related(['PART_OF'], 'IN', ['article']),
    }),
  }),
});
