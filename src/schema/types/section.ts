import { builder } from '../builder.ts';
import { Lang } from '../enums.ts';
import { entityNode } from '../node.ts';
import { EntityRef, KindRefs } from '../refs.ts';
import { intProp, related, stringProp } from '../resolvers.ts';

builder.node(KindRefs.section, {
  ...entityNode('section'),
  description: 'A chapter, section or subsection of a report (`section:…#3.D.1`).',
  fields: (t) => ({
    path: t.string({ description: 'e.g. "3.D.1".', resolve: (row) => stringProp('path')(row) ?? '' }),
    level: t.int({ resolve: (row) => intProp('level')(row) ?? 0 }),
    heading: t.string({
      args: { lang: t.arg({ type: Lang, defaultValue: 'zh' }) },
      resolve: (row, { lang }) => (lang === 'en' ? row.nameEn : (stringProp('heading')(row) ?? row.nameZh)),
    }),
    report: t.string({ resolve: (row) => stringProp('report')(row) ?? '' }),
    parent: t.field({
      type: [EntityRef],
      description: 'The section or report it is part of.',
      resolve: related(['PART_OF'], 'OUT'),
    }),
    children: t.field({ type: [KindRefs.section], resolve: related(['PART_OF'], 'IN', ['section']) }),
    paragraphs: t.field({ type: [KindRefs.paragraph], resolve: related(['PART_OF'], 'IN', ['paragraph']) }),
    topics: t.field({ type: [KindRefs.topic], resolve: related(['CONCERNS'], 'OUT', ['topic']) }),
  }),
});
