import { describe, expect, it } from 'vitest';
import { ENTITY_KINDS } from '../../src/model/kinds.ts';
import { data, useReportApp } from '../helpers/api.ts';

const { query } = useReportApp();

describe('the Entity contract', () => {
  it('has a type per kind, each with both names, and a Relay id that node() resolves', async () => {
    for (const { enumValue, label } of Object.values(ENTITY_KINDS)) {
      const { entities } = await data(
        query<{
          entities: {
            nodes: {
              id: string;
              key: string;
              kind: string;
              __typename: string;
              names: { en: string; zh: string };
            }[];
          };
        }>(
          `query($kind: EntityKind) { entities(kind: $kind, first: 1) { nodes { __typename id key kind names { en zh } } } }`,
          { kind: enumValue },
        ),
      );
      const [first] = entities.nodes;
      expect(first, enumValue).toBeDefined();
      expect(first).toMatchObject({ __typename: label, kind: enumValue });
      expect(first!.names.en && first!.names.zh).toBeTruthy();
      const { node } = await data(
        query<{ node: { key: string } }>(`query($id: ID!) { node(id: $id) { ... on Entity { key } } }`, {
          id: first!.id,
        }),
      );
      expect(node.key).toBe(first!.key);
    }
  });

  it('answers name(lang) in both languages and gives relations with their source paragraphs', async () => {
    const { entity } = await data(
      query<{
        entity: {
          en: string;
          zh: string;
          relations: {
            type: string;
            direction: string;
            other: { key: string };
            sources: { number: number; text: string }[];
          }[];
        };
      }>(
        `{ entity(key: "person:karen-kramer") { en: name zh: name(lang: ZH) relations(types: [PRESENTED, AFFILIATED_WITH]) { type direction other { key } sources { number text } } } }`,
      ),
    );
    expect(entity.zh).toBe('Karen Kramer');
    const presented = entity.relations.find((r) => r.type === 'PRESENTED')!;
    expect(presented).toMatchObject({ direction: 'OUT', other: { key: 'network:ioc-judicial-platform' } });
    expect(presented.sources[0]!.number).toBe(14);
    expect(presented.sources[0]!.text).toContain('Karen Kramer');
  });

  it('pages through entities with keyset cursors and a total count', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    interface Page {
      entities: {
        totalCount: number;
        edges: { cursor: string; node: { key: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    }
    for (;;) {
      const { entities }: Page = await data(
        query<Page>(
          `query($after: String) { entities(kind: STATE, first: 10, after: $after) { totalCount edges { cursor node { key } } pageInfo { hasNextPage endCursor } } }`,
          { after },
        ),
      );
      total = entities.totalCount;
      seen.push(...entities.edges.map((e) => e.node.key));
      if (!entities.pageInfo.hasNextPage) break;
      after = entities.pageInfo.endCursor;
    }
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(total);
    expect([...seen].sort()).toEqual(seen);
  });
});

describe('search', () => {
  const search = async (text: string, kinds?: string[]) =>
    (
      await data(
        query<{ search: { score: number; entity: { key: string; kind: string } }[] }>(
          `query($text: String!, $kinds: [EntityKind!]) { search(text: $text, kinds: $kinds, first: 10) { score entity { key kind } } }`,
          { text, kinds },
        ),
      )
    ).search;

  it('finds the judicial networks in Chinese and in English, ranked', async () => {
    const zh = await search('司法网', ['NETWORK']);
    expect(zh[0]!.entity.key).toBe('network:ejn');
    expect(zh.map((h) => h.entity.key)).toEqual(
      expect.arrayContaining(['network:iberred', 'network:sahel-judicial-platform']),
    );
    const en = await search('judicial network');
    expect(en[0]!.entity.key).toBe('network:ejn');
    for (let i = 1; i < en.length; i += 1) expect(en[i - 1]!.score).toBeGreaterThanOrEqual(en[i]!.score);
  });

  it('finds acronyms, prefixes and accent-free spellings', async () => {
    expect((await search('EJN'))[0]!.entity.key).toBe('network:ejn');
    expect((await search('iber', ['NETWORK'])).map((h) => h.entity.key)).toContain('network:iberred');
    expect((await search('Sanchez'))[0]!.entity.key).toBe('person:wilson-merino-sanchez');
  });

  it('treats Lucene syntax in the text as plain characters', async () => {
    for (const text of ['"EJN', 'EJN) OR (', 'a:b AND NOT c', '*?~^', '\\', '[1 TO 5]', "' OR 1=1 //"]) {
      const res = await query(`query($text: String!) { search(text: $text) { entity { key } } }`, { text });
      expect(res.errors, text).toBeUndefined();
    }
  });
});

describe('bad arguments and unknown keys', () => {
  it('answers null for an unknown key, not an error', async () => {
    const res = await query(
      `{ entity(key: "network:nowhere") { key } trace(from: "resolution:none") { truncated } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ entity: null, trace: null });
  });

  it.each([
    ['{ entities(first: -1) { totalCount } }', /first must be an integer from 1 to 100 \(got -1\)/],
    [
      '{ neighborhood(keys: ["network:ejn"], depth: 9) { truncated } }',
      /depth must be an integer from 1 to 3 \(got 9\)/,
    ],
    [
      '{ neighborhood(keys: ["network:ejn"], limit: 100000) { truncated } }',
      /limit must be an integer from 1 to 500/,
    ],
    [
      '{ shortestPath(from: "network:ejn", to: "state:CHN", maxLength: 0) { truncated } }',
      /maxLength must be an integer from 1 to 8/,
    ],
    [
      '{ entity(key: "network:ejn") { relations(first: 0) { type } } }',
      /first must be an integer from 1 to 500/,
    ],
    ['{ entities(kind: PLANET) { totalCount } }', /Value "PLANET" does not exist in "EntityKind" enum/],
    [
      '{ trace(from: "state:CHN") { truncated } }',
      /trace starts from a resolution or a recommendation; state:CHN is a state/,
    ],
    ['{ entities(after: "bm90LWEtY3Vyc29y") { totalCount } }', /after is not a cursor of this connection/],
  ])('%s', async (document, message) => {
    const res = await query(document);
    expect(res.errors?.[0]?.message).toMatch(message);
  });
});

describe('database round trips', () => {
  const WIDE = `query($first: Int) {
    entities(kind: STATE, first: $first) {
      nodes {
        key name(lang: ZH)
        ... on State {
          networks { key acronym regions { key states { key } } members { key } }
          regions { key networks { key } }
        }
        mentionedIn { number section { key } }
        relations(first: 5) { type other { key } sources { number } }
      }
    }
  }`;

  it('are bounded by the depth of the query, not by the number of results', async () => {
    const few = await query(WIDE, { first: 2 });
    const many = await query(WIDE, { first: 35 });
    expect(few.errors).toBeUndefined();
    expect(many.errors).toBeUndefined();
    const states = (many.data as { entities: { nodes: unknown[] } }).entities.nodes.length;
    expect(states).toBe(35);
    const objects = JSON.stringify(many.data).match(/"key":/g)!.length;
    expect(objects).toBeGreaterThan(150);
    // The page, then at most one statement per relation field of the document (10 of them), whatever
    // the number of parents: networks, regions, states, members, regions, networks, mentionedIn,
    // section, relations, sources.
    expect(many.extensions!.cypherQueries).toBeLessThanOrEqual(11);
    expect(few.extensions!.cypherQueries).toBeLessThanOrEqual(many.extensions!.cypherQueries!);
  });
});

describe('State.spokeAt', () => {
  // ¶40: 下列国家的代表作了发言：罗马尼亚、美利坚合众国、菲律宾、智利、加拿大、法国、巴拿马、沙特阿拉伯、阿根廷、
  // 埃及、中国、厄瓜多尔、萨尔瓦多、印度尼西亚、乌克兰、斯洛伐克、土耳其、芬兰、俄罗斯联邦、挪威、哥伦比亚、尼日利亚、
  // 意大利、伊朗伊斯兰共和国、日本、荷兰、瑞士、波兰、德国、摩洛哥和以色列。
  const SPOKE =
    'ROU USA PHL CHL CAN FRA PAN SAU ARG EGY CHN ECU SLV IDN UKR SVK TUR FIN RUS NOR COL NGA ITA IRN JPN NLD CHE POL DEU MAR ISR';

  it('gives the meetings a State spoke at, and keeps the old name, deprecated, answering the same', async () => {
    const { entities } = await data(
      query<{
        entities: { nodes: { key: string; spokeAt: { key: string }[]; statements: { key: string }[] }[] };
      }>(
        `{ entities(kind: STATE, first: 100) { nodes { key ... on State { spokeAt { key } statements { key } } } } }`,
      ),
    );
    const spoke = entities.nodes.filter((state) => state.spokeAt.length > 0);
    expect(spoke.map((state) => state.key).sort()).toEqual(
      SPOKE.split(' ')
        .map((iso3) => `state:${iso3}`)
        .sort(),
    );
    for (const state of spoke) expect(state.spokeAt).toEqual([{ key: 'meeting:CTOC/COP/WG.3/2012' }]);
    for (const state of entities.nodes) expect(state.statements).toEqual(state.spokeAt);
    const { __type } = await data(
      query<{
        __type: { fields: { name: string; isDeprecated: boolean; deprecationReason: string | null }[] };
      }>(
        `{ __type(name: "State") { fields(includeDeprecated: true) { name isDeprecated deprecationReason } } }`,
      ),
    );
    expect(__type.fields.find((field) => field.name === 'statements')).toEqual({
      name: 'statements',
      isDeprecated: true,
      deprecationReason: 'Use spokeAt, the meetings at which the State spoke.',
    });
    expect(__type.fields.find((field) => field.name === 'spokeAt')?.isDeprecated).toBe(false);
  });
});
