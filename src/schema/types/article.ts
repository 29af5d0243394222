import { articleKey } from '../../model/keys.ts';
import { builder } from '../builder.ts';
import { entityNode } from '../node.ts';
import { KindRefs } from '../refs.ts';

builder.node(KindRefs.article, {
  ...entityNode('article'),
  description: 'An article of a convention, or one numbered paragraph of it (`article:untoc-18-13`).',
  fields: (t) => ({
    convention: t.field({
      type: KindRefs.convention,
      nullable: true,
      resolve: (row, _args, ctx) => ctx.loaders.entity.load(row.convention) as never,
    }),
    article: t.exposeInt('article'),
    paragraph: t.int({
      nullable: true,
      description: 'Null for a whole article.',
      resolve: (row) => row.paragraph ?? null,
    }),
    heading: t.string({
      nullable: true,
      description: 'The official English heading of the article (for a paragraph, of its article).',
      resolve: async (row, _args, ctx) => {
        if (row.heading || row.paragraph == null) return row.heading ?? null;
        const convention = row.convention.slice('convention:'.length);
        const whole = (await ctx.loaders.entity.load(articleKey(convention, row.article))) as
          typeof row | null;
        return whole?.heading ?? null;
      },
    }),
  }),
});
