import type { EntityRow, QuoteSpanRow } from '../graph/rows.ts';
import { kindOfKey } from '../model/keys.ts';
import { builder } from './builder.ts';
import type { Context } from './context.ts';
import { KindRefs } from './refs.ts';

/** The node a span indexes, when it is of `kind` (a span stands in a paragraph or in a heading). */
const nodeOf =
  <K extends 'paragraph' | 'section'>(kind: K) =>
  async (span: QuoteSpanRow, _args: unknown, ctx: Context): Promise<EntityRow<K> | null> =>
    kindOfKey(span.paragraph) === kind
      ? ((await ctx.loaders.entity.load(span.paragraph)) as EntityRow<K> | null)
      : null;

export const QuoteSpanRef = builder.objectRef<QuoteSpanRow>('QuoteSpan').implement({
  description:
    'Where a relation’s quote stands in the report: characters start to end (UTF-16 code units, end exclusive) of the paragraph’s `text(lang: ZH)`, or, for a quote that stands in a heading, of the section’s `heading(lang: ZH)`. Exactly one of paragraph and section is set.',
  fields: (t) => ({
    paragraph: t.field({
      type: KindRefs.paragraph,
      nullable: true,
      description:
        'The paragraph whose text (lang: ZH; footnotes and, for the paragraph that introduces it, the annex included) holds the quote; null when the quote stands in a heading.',
      resolve: nodeOf('paragraph'),
    }),
    section: t.field({
      type: KindRefs.section,
      nullable: true,
      description:
        'The section whose heading (lang: ZH) holds the quote; null when it stands in a paragraph.',
      resolve: nodeOf('section'),
    }),
    start: t.exposeInt('start'),
    end: t.exposeInt('end'),
  }),
});

/** The spans of a relationship, from its stored parallel lists (spanParagraphs, spanStarts, spanEnds). */
export function spansOf(props: Record<string, unknown>): QuoteSpanRow[] {
  const keys = Array.isArray(props.spanParagraphs) ? (props.spanParagraphs as string[]) : [];
  const starts = (props.spanStarts ?? []) as number[];
  const ends = (props.spanEnds ?? []) as number[];
  return keys.map((paragraph, i) => ({ paragraph, start: starts[i]!, end: ends[i]! }));
}
