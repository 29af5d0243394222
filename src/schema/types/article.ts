import { articleKey } from '../../model/keys.ts';
import { builder } from '../builder.ts';
import { entityNode } from '../node.ts';
import { KindRefs } from '../refs.ts';
import { entityAt, intProp, related, relatedOne, stringProp } from '../resolvers.ts';

builder.node(KindRefs.article, {
  ...entityNode('article'),
  description: 'An article of a convention, or one numbered paragraph of it (`article:untoc-18-13`).',
  fields: (t) => ({
    convention: t.field({
      type: KindRefs.convention,
      nullable: true,
      resolve: entityAt('convention'),
    }),
    article: t.int({ resolve: (row) => intProp('article')(row) ?? 0 }),
    paragraph: t.int({
      nullable: true,
      description: 'Null for a whole article.',
      resolve: intProp('paragraph'),
    }),
    heading: t.string({
      nullable: true,
      description: 'The official English heading of the article (for a paragraph, of its article).',
      resolve: async (row, _args, ctx) => {
        const own = stringProp('heading')(row);
        if (own || row.paragraph == null) return own;
        const convention = String(row.convention).slice('convention:'.length);
        const whole = await ctx.loaders.entity.load(articleKey(convention, Number(row.article)));
        return whole ? stringProp('heading')(whole) : null;
      },
    }),
    parent: t.field({
      type: KindRefs.article,
      nullable: true,
      description: 'The whole article, for a paragraph.',
      resolve: relatedOne(['PART_OF'], 'OUT', ['article']),
    }),
    children: t.field({
      type: [KindRefs.article],
      description: 'Its paragraphs that the reports cite.',
      resolve: related(['PART_OF'], 'IN', ['article']),
    }),
    recommendations: t.field({
      type: [KindRefs.recommendation],
      description: 'Recommendations that cite it.',
      resolve: related(['CITES'], 'IN', ['recommendation']),
    }),
    topics: t.field({ type: [KindRefs.topic], resolve: related(['CONCERNS'], 'OUT', ['topic']) }),
  }),
});
