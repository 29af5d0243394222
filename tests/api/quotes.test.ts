import { describe, expect, it } from 'vitest';
import { data, useReportApp } from '../helpers/api.ts';

const { query } = useReportApp();

interface Relation {
  type: string;
  other: { key: string };
  quote: string | null;
  spans: {
    paragraph: { key: string; text: string } | null;
    section: { key: string; heading: string } | null;
    start: number;
    end: number;
  }[];
}

const RELATIONS = `query($key: String!, $types: [RelationType!]) {
  entity(key: $key) {
    relations(types: $types, first: 500) {
      type other { key } quote
      spans { paragraph { key text(lang: ZH) } section { key heading(lang: ZH) } start end }
    }
  }
}`;

const relationsOf = async (key: string, types?: string[]) =>
  (await data(query<{ entity: { relations: Relation[] } }>(RELATIONS, { key, types }))).entity.relations;

/** What a client does with a span: slice the text it was served. */
const sliced = (span: Relation['spans'][number]) =>
  (span.paragraph?.text ?? span.section?.heading ?? '').slice(span.start, span.end);

describe('the quote of a relation and where it stands', () => {
  it('lets a client slice the quote out of the paragraph text it is served', async () => {
    const relations = await relationsOf('paragraph:CTOC/COP/WG.3/2012/5#14', ['MENTIONS']);
    expect(relations.length).toBeGreaterThan(5);
    for (const relation of relations) {
      expect(relation.spans, relation.other.key).toHaveLength(1);
      const [span] = relation.spans;
      expect(span!.paragraph!.key).toBe('paragraph:CTOC/COP/WG.3/2012/5#14');
      expect(span!.section).toBeNull();
      expect(sliced(span!), relation.other.key).toBe(relation.quote);
    }
    expect(relations.find((r) => r.other.key === 'network:refco')!.quote).toBe('中美洲有组织犯罪检察官网络');
  });

  it('gives a curated relation the quoted words of its source, sliced from the same text', async () => {
    const [presented] = await relationsOf('person:karen-kramer', ['PRESENTED']);
    expect(presented!.quote).toBe('Karen Kramer，他在发言中介绍了印度洋委员会成员国区域司法平台');
    expect(presented!.spans).toHaveLength(1);
    expect(presented!.spans[0]!.paragraph!.key).toBe('paragraph:CTOC/COP/WG.3/2012/5#14');
    expect(sliced(presented!.spans[0]!)).toBe(presented!.quote);
  });

  it('points a quote that stands in a heading at the section, whose heading holds it', async () => {
    const relations = await relationsOf('article:untoc-18-8', ['MENTIONS', 'PART_OF']);
    const fromHeading = relations.find((r) => r.type === 'MENTIONS')!;
    expect(fromHeading.other.key).toBe('section:CTOC/COP/WG.3/2012/5#3.D.3');
    expect(fromHeading.quote).toBe('第 18 条，第 8款');
    const [span] = fromHeading.spans;
    expect(span!.paragraph).toBeNull();
    expect(span!.section!.key).toBe('section:CTOC/COP/WG.3/2012/5#3.D.3');
    expect(sliced(span!)).toBe('第 18 条，第 8款');
    const partOf = relations.find((r) => r.type === 'PART_OF')!;
    expect(partOf.other.key).toBe('article:untoc-18');
    expect(sliced(partOf.spans[0]!)).toBe(partOf.quote);
  });

  it('finds a footnote’s and the annex’s words in the text of the paragraph they continue', async () => {
    const relations = await relationsOf('document:CTOC/COP/WG.3/2012/1', [
      'MENTIONS',
      'SUBMITTED_UNDER',
      'CONSIDERED_AT',
    ]);
    const byParagraph = (type: string, number: number) =>
      relations.find(
        (r) => r.type === type && r.spans[0]?.paragraph?.key === `paragraph:CTOC/COP/WG.3/2012/5#${number}`,
      )!;
    expect(sliced(byParagraph('MENTIONS', 39).spans[0]!)).toBe('CTOC/COP/WG.3/2012/1');
    expect(byParagraph('SUBMITTED_UNDER', 43).quote).toBe('CTOC/COP/WG.3/2012/1 1(b)');
    expect(sliced(byParagraph('SUBMITTED_UNDER', 43).spans[0]!)).toBe('CTOC/COP/WG.3/2012/1 1(b)');
    expect(sliced(byParagraph('CONSIDERED_AT', 43).spans[0]!)).toBe(
      'CTOC/COP/WG.3/2012/1 1(b) 临时议程和说明',
    );
  });
});
