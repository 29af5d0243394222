import { execute, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { Database } from '../../../src/neo4j/database.ts';
import { createContext } from '../../../src/schema/context.ts';
import { schema } from '../../../src/schema/index.ts';

/**
 * The statements a document compiles to, without a database: the read path is handed a recorder that
 * keeps each statement and its parameters and answers no rows (the model is the Neo4j GraphQL library's
 * TCK tests, which check the Cypher and parameters a document translates to).
 */
async function compile(document: string, variables: Record<string, unknown> = {}) {
  const statements: { cypher: string; params: Record<string, unknown> }[] = [];
  const recorder = {
    name: 'neo4j',
    read: async (cypher: string, params: Record<string, unknown>, counter: { count: number }) => {
      counter.count += 1;
      statements.push({ cypher, params });
      return [{ page: [], total: 0, group0: [] }];
    },
  } as unknown as Database;
  const parsed = parse(document);
  const invalid = validate(schema, parsed);
  if (invalid.length > 0) return { statements, errors: invalid.map((error) => error.message) };
  const result = await execute({
    schema,
    document: parsed,
    variableValues: variables,
    contextValue: createContext(recorder),
  });
  return { statements, errors: (result.errors ?? []).map((error) => error.message) };
}

/** Plain values of the parameters (integers arrive as the driver's Integer). */
const plain = (params: Record<string, unknown>) =>
  JSON.parse(
    JSON.stringify(params, (_key, value: unknown) =>
      value && typeof value === 'object' && 'low' in value && 'high' in value
        ? Number((value as { low: number }).low)
        : value,
    ),
  ) as Record<string, unknown>;

describe('the planner compiles a root connection into one statement', () => {
  it('a nested some filter with an order and a relation field below', async () => {
    const { statements, errors } = await compile(`{
      states(
        where: { networks: { some: { regions: { some: { name: { contains: "Côte" } } } } } }
        orderBy: [{ field: NAME, direction: DESC }]
        first: 2
      ) { nodes { key networks { key } } }
    }`);
    expect(errors).toEqual([]);
    expect(statements).toHaveLength(1);
    const [{ cypher, params }] = statements as [{ cypher: string; params: Record<string, unknown> }];
    expect(cypher).toMatchInlineSnapshot(`
      "CALL () {
        MATCH (this0:State)
        WHERE EXISTS {
          MATCH (this0)-[this1:(MEMBER_OF)]->(this2:Network)
          WHERE EXISTS {
            MATCH (this2)-[this3:(COVERS)]->(this4:Region)
            WHERE (this4.nameEnFold CONTAINS $param0 OR this4.nameZh CONTAINS $param1)
          }
        }
        WITH this0, this0.nameEnFold AS var5
        WITH this0, var5
        ORDER BY var5 DESC, this0.key ASC
        LIMIT $param2
        WITH this0 { .key, .kind, _trimmed: true, _related: {networks: COLLECT {
          MATCH (this0)-[this6:(MEMBER_OF)]->(this7:Network)
          WITH DISTINCT this7
          ORDER BY this7.key ASC
          RETURN this7 { .key, .kind, _trimmed: true }
        }}, _sort: [var5] } AS var8
        RETURN collect(var8) AS var9
      }
      RETURN var9 AS page"
    `);
    // English compares folded, Chinese as written; the page asks one more row than `first`.
    expect(plain(params)).toMatchInlineSnapshot(`
      {
        "param0": "cote",
        "param1": "Côte",
        "param2": 3,
      }
    `);
  });

  it('a relation count filter and a sort by count', async () => {
    const { statements, errors } = await compile(`{
      networks(where: { membersCount: { gte: 2 } }, orderBy: [{ field: MEMBERS_COUNT, direction: DESC }]) {
        totalCount nodes { key }
      }
    }`);
    expect(errors).toEqual([]);
    expect(statements).toHaveLength(1);
    expect(statements[0]!.cypher).toMatchInlineSnapshot(`
      "CALL () {
        MATCH (this0:Network)
        WHERE COUNT {
          MATCH (this0)<-[this1:(MEMBER_OF)]-(this2:Entity)
          RETURN DISTINCT this2
        } >= $param0
        WITH this0, COUNT {
          MATCH (this0)<-[this3:(MEMBER_OF)]-(this4:Entity)
          RETURN DISTINCT this4
        } AS var5
        WITH this0, var5
        ORDER BY var5 DESC, this0.key ASC
        LIMIT $param1
        WITH this0 { .key, .kind, _trimmed: true, _sort: [var5] } AS var6
        RETURN collect(var6) AS var7
      }
      CALL () {
        MATCH (this8:Network)
        WHERE COUNT {
          MATCH (this8)<-[this9:(MEMBER_OF)]-(this10:Entity)
          RETURN DISTINCT this10
        } >= $param2
        RETURN count(this8) AS var11
      }
      RETURN var7 AS page, var11 AS total"
    `);
  });

  it('a group-by over a relation field, with the count, in the same statement', async () => {
    const { statements, errors } = await compile(`{
      states(where: { spokeAtCount: { gt: 0 } }) { totalCount groupBy(by: REGIONS) { count entity { key } } }
    }`);
    expect(errors).toEqual([]);
    expect(statements).toHaveLength(1);
    expect(statements[0]!.cypher).toMatchInlineSnapshot(`
      "CALL () {
        MATCH (this0:State)
        WHERE COUNT {
          MATCH (this0)-[this1:(SPOKE_AT)]->(this2:Meeting)
          RETURN DISTINCT this2
        } > $param0
        RETURN count(this0) AS var3
      }
      CALL () {
        MATCH (this4:State)
        WHERE COUNT {
          MATCH (this4)-[this5:(SPOKE_AT)]->(this6:Meeting)
          RETURN DISTINCT this6
        } > $param1
        WITH this4, COLLECT {
          MATCH (this4)-[this7:(LOCATED_IN)]->(this8:Region)
          RETURN DISTINCT this8
        } AS var9
        UNWIND CASE
          WHEN size(var9) = 0 THEN [NULL]
          ELSE var9
        END AS this8
        WITH this8, count(this4) AS var10
        ORDER BY var10 DESC, this8.key ASC
        RETURN collect({value: this8.key, entity: this8 { .*, textZh: NULL, textEn: NULL, leadZh: NULL, note: NULL, searchEn: NULL, searchZh: NULL, _trimmed: true }, count: var10}) AS var11
      }
      RETURN var3 AS total, var11 AS group0"
    `);
  });

  it('a derived relation field (several paths) with provenance, as a connection below an entity', async () => {
    const { statements, errors } = await compile(`{
      entity(key: "resolution:cop-untoc-5/7") {
        ... on Resolution { recommendationsConnection(first: 3, includeInferred: false) { totalCount edges { origin node { key } } } }
      }
    }`);
    expect(errors).toEqual([]);
    expect(statements).toHaveLength(1);
    expect(statements[0]!.cypher).toMatchInlineSnapshot(`
      "UNWIND $param0 AS var0
      MATCH (this1:Entity { key: var0 })
      RETURN var0 AS key, this1 { .key, .kind, _trimmed: true, _related: {recommendationsConnection: CASE
        WHEN this1.kind IN ['resolution'] THEN {edges: COLLECT {
          CALL (this1) {
            MATCH (this1)-[this2:(LED_TO)]->(this3:Recommendation)
            WHERE this2.inferred IS NULL
            RETURN this3
            UNION
            MATCH (this1)-[this4:(LED_TO)]->(this5:Meeting)-[this6:(PRODUCED)]->(this3:Recommendation)
            WHERE (this4.inferred IS NULL AND this6.inferred IS NULL)
            RETURN this3
          }
          WITH this3
          WITH this3
          ORDER BY this3.key ASC
          LIMIT $param1
          RETURN {node: this3 { .key, .kind, _trimmed: true }, paths: COLLECT {
            MATCH (this1)-[this7:(LED_TO)]->(this3:Recommendation)
            WHERE this7.inferred IS NULL
            RETURN [this7 { .*, type: type(this7), from: this1.key, to: this3.key }] AS steps
            UNION ALL
            MATCH (this1)-[this8:(LED_TO)]->(this9:Meeting)-[this10:(PRODUCED)]->(this3:Recommendation)
            WHERE (this8.inferred IS NULL AND this10.inferred IS NULL)
            RETURN [this8 { .*, type: type(this8), from: this1.key, to: this9.key }, this10 { .*, type: type(this10), from: this9.key, to: this3.key }] AS steps
          }}
        }, total: COUNT {
          CALL (this1) {
            MATCH (this1)-[this11:(LED_TO)]->(this12:Recommendation)
            WHERE this11.inferred IS NULL
            RETURN this12
            UNION
            MATCH (this1)-[this13:(LED_TO)]->(this14:Meeting)-[this15:(PRODUCED)]->(this12:Recommendation)
            WHERE (this13.inferred IS NULL AND this15.inferred IS NULL)
            RETURN this12
          }
          WITH this12
          RETURN this12
        }}
      END} } AS row"
    `);
  });
});

describe('a row brings the properties its selection reads', () => {
  /** The map projections of the first statement, one per entity the statement returns. */
  async function projections(document: string) {
    const { statements, errors } = await compile(document);
    expect(errors).toEqual([]);
    return [...statements[0]!.cypher.matchAll(/this\d+ \{ (\.[^_]*?)(?:, _|, \w+: NULL| \})/g)].map(
      (match) => match[1],
    );
  }

  it('only those its fields read, key and kind always, below relation fields too', async () => {
    expect(
      await projections('{ states(first: 2) { nodes { names { en } networks { key enStatus } } } }'),
    ).toEqual(['.key, .kind, .nameEn, .nameZh', '.key, .kind, .enStatus']);
    expect(
      await projections('{ entity(key: "network:ejn") { id kind ... on Network { acronym } } }'),
    ).toEqual(['.key, .kind, .acronym']);
  });

  it('every property but the long texts when a field may read any', async () => {
    // Section.heading declares nothing; properties reads everything.
    expect(await projections('{ sections(first: 2) { nodes { key heading } } }')).toEqual(['.*']);
    expect(await projections('{ states(first: 2) { nodes { key properties } } }')).toEqual(['.*']);
  });
});

describe('what a client sends is only ever a parameter', () => {
  const hostile = `x') RETURN 1 // " OR 1=1 \\u0000 *:* title:(a OR b)`;
  for (const [name, where] of [
    ['name', `{ name: { contains: $text } }`],
    ['key', `{ key: { in: [$text] } }`],
    ['property', `{ acronym: { startsWith: $text } }`],
    ['nested', `{ regions: { some: { name: { eq: $text, lang: ZH } } } }`],
  ] as const) {
    it(`${name}: the text is in the parameters, never in the statement`, async () => {
      const { statements, errors } = await compile(
        `query($text: String!) { networks(where: ${where}) { nodes { key } } }`,
        { text: hostile },
      );
      expect(errors).toEqual([]);
      expect(statements[0]!.cypher).not.toContain('RETURN 1');
      expect(statements[0]!.cypher).not.toContain('title:');
      expect(Object.values(statements[0]!.params).flat()).toContain(
        name === 'name' ? hostile.toLowerCase() : hostile,
      );
    });
  }
});

describe('bad input is refused with an error that names it', () => {
  it('a property the kind lacks', async () => {
    const { errors, statements } = await compile(
      `{ states(where: { acronym: { eq: "X" } }) { nodes { key } } }`,
    );
    expect(errors.join()).toContain('acronym');
    expect(statements).toHaveLength(0);
  });

  it('an operator on the wrong type', async () => {
    const { errors } = await compile(
      `{ networks(where: { status: { contains: "act" } }) { nodes { key } } }`,
    );
    expect(errors.join()).toContain('contains');
  });

  it('an unknown enum value', async () => {
    const { errors } = await compile(`{ networks(where: { status: { eq: DORMANT } }) { nodes { key } } }`);
    expect(errors.join()).toContain('DORMANT');
  });

  it('relation conditions nested deeper than the limit', async () => {
    const { errors, statements } = await compile(`{
      states(where: { networks: { some: { regions: { some: { networks: { some: { members: { some: { key: { eq: "x" } } } } } } } } } }) { nodes { key } }
    }`);
    expect(errors.join()).toContain('at most 3 levels deep');
    expect(statements).toHaveLength(0);
  });

  it('a cursor made under another order', async () => {
    const first = await compile(`{ states(first: 1) { pageInfo { endCursor } } }`);
    expect(first.errors).toEqual([]);
    const cursor = Buffer.from(JSON.stringify(['another', 'x', 'state:ARG'])).toString('base64url');
    const { errors } = await compile(
      `query($after: String) { states(orderBy: [{ field: NAME }], after: $after) { nodes { key } } }`,
      {
        after: cursor,
      },
    );
    expect(errors.join()).toContain('made under another orderBy');
  });
});

describe('relationCount', () => {
  it('counts relationships of any type when no type is given, and of the given ones otherwise', async () => {
    const { statements, errors } = await compile(`{
      entity(key: "network:ejn") { all: relationCount members: relationCount(types: [MEMBER_OF], direction: IN) }
    }`);
    expect(errors).toEqual([]);
    expect(statements).toHaveLength(1);
    expect(statements[0]!.cypher).toContain('all: COUNT {\n');
    expect(statements[0]!.cypher).toMatch(
      /members: COUNT \{\n\s+MATCH \(this\d+\)<-\[this\d+:\(MEMBER_OF\)\]-\(this\d+:Entity\)/,
    );
    expect(statements[0]!.cypher).toMatch(
      /all: COUNT \{\n\s+MATCH \(this\d+\)-\[this\d+\]-\(this\d+:Entity\)/,
    );
  });
});
