import { builder } from '../builder.ts';
import { Lang } from '../enums.ts';
import { entityNode } from '../node.ts';
import { KindRefs } from '../refs.ts';

builder.node(KindRefs.section, {
  ...entityNode('section'),
  description: 'A chapter, section or subsection of a report (`section:…#3.D.1`).',
  fields: (t) => ({
    path: t.exposeString('path', { description: 'e.g. "3.D.1".' }),
    level: t.exposeInt('level'),
    heading: t.string({
      args: { lang: t.arg({ type: Lang, defaultValue: 'zh' }) },
      resolve: (row, { lang }) => (lang === 'en' ? row.nameEn : (row.heading ?? row.nameZh)),
    }),
    report: t.string({ resolve: (row) => row.report! }),
  }),
});
