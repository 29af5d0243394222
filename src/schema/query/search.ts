import type { SearchHit } from '../../graph/search.ts';
import { searchEntities } from '../../graph/search.ts';
import { builder } from '../builder.ts';
import { EntityKindEnum } from '../enums.ts';
import { checkLength, checkRange, DEFAULT_COUNTS, DEFAULT_LIMITS, range } from '../limits.ts';
import { EntityRef } from '../refs.ts';

const SearchHitRef = builder.objectRef<SearchHit>('SearchHit').implement({
  description: 'An entity found by search, with its relevance score (higher is better).',
  fields: (t) => ({
    entity: t.field({ type: EntityRef, resolve: (hit) => hit.entity }),
    score: t.exposeFloat('score'),
  }),
});

builder.queryField('search', (t) =>
  t.field({
    type: [SearchHitRef],
    description:
      'Entities ranked by how well their names, aliases, acronyms, symbols or texts match, in English or Chinese (`司法网`, `judicial network`, `EJN`).',
    args: {
      text: t.arg.string({
        required: true,
        description: `At most ${DEFAULT_LIMITS.maxSearchText} characters.`,
      }),
      kinds: t.arg({ type: [EntityKindEnum], required: false }),
      first: t.arg.int({
        defaultValue: DEFAULT_COUNTS.search,
        description: `${range(1, DEFAULT_LIMITS.maxFirst)}.`,
      }),
    },
    resolve: async (_root, args, ctx) => {
      const first = checkRange('first', args.first ?? DEFAULT_COUNTS.search, 1, ctx.limits.maxFirst);
      checkLength('text', args.text, ctx.limits.maxSearchText);
      const hits = await searchEntities(ctx.db, ctx.queries, args.text, args.kinds ?? null, first);
      hits.forEach((hit) => ctx.loaders.entity.prime(hit.entity.key, hit.entity));
      return hits;
    },
  }),
);
