import { builder } from '../builder.ts';
import { Lang } from '../enums.ts';
import { entityNode } from '../node.ts';
import { EntityRef, KindRefs } from '../refs.ts';
import { derived, inLanguage, related, relatedOne, stringProp } from '../resolvers.ts';

builder.node(KindRefs.recommendation, {
  ...entityNode('recommendation'),
  description: 'A conclusion or recommendation item of a report, keyed by report and item (`…#37(a)`).',
  fields: (t) => ({
    ref: t.string({
      description: 'Paragraph and item, e.g. "37(a)".',
      resolve: (row) => stringProp('ref')(row) ?? '',
    }),
    report: t.string({
      description: 'Symbol of the report.',
      resolve: (row) => stringProp('report')(row) ?? '',
    }),
    text: t.string({
      nullable: true,
      description:
        'The item’s text: ZH as the report writes it; EN is coopgraph’s own unofficial English rendering, null where there is none.',
      args: { lang: t.arg({ type: Lang, defaultValue: 'zh' }) },
      resolve: inLanguage('textZh', 'textEn'),
    }),
    paragraph: t.field({
      type: KindRefs.paragraph,
      nullable: true,
      resolve: relatedOne(['PART_OF'], 'OUT', ['paragraph']),
    }),
    resolutions: t.field({
      type: [KindRefs.resolution],
      description: 'Resolutions it came from, directly or through the discussion they asked for.',
      resolve: derived('recommendationResolutions'),
    }),
    producedBy: t.field({
      type: [EntityRef],
      description: 'The meeting or discussion that produced it.',
      resolve: related(['PRODUCED'], 'IN'),
    }),
    articles: t.field({
      type: [KindRefs.article],
      description: 'Articles it cites.',
      resolve: related(['CITES'], 'OUT', ['article']),
    }),
    cites: t.field({
      type: [EntityRef],
      description: 'Everything it cites: articles, conventions, treaties, documents.',
      resolve: related(['CITES'], 'OUT'),
    }),
    addressees: t.field({
      type: [EntityRef],
      description: 'Whom it addresses.',
      resolve: related(['ADDRESSES'], 'OUT'),
    }),
    requested: t.field({
      type: [EntityRef],
      description: 'Whom it asks to act.',
      resolve: related(['REQUESTED'], 'OUT'),
    }),
    topics: t.field({ type: [KindRefs.topic], resolve: related(['CONCERNS'], 'OUT', ['topic']) }),
  }),
});
