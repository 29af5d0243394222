import { foldEnglish } from '../src/model/fold.ts';
import { named, storedKind, type Data, type Operation, type Row } from './operation.ts';

/**
 * The operations that use the query layer: a filter two levels down with an order, a count filter with
 * a sort by that count, a group-by count and a name filter. They ask about the whole graph, synthetic
 * reports included, so their answers grow with it (the shared pools of synthetic.ts bound them).
 *
 * The library asks each in its own forms: `where` with `some` and connection aggregates, `sort`, and a
 * connection's `totalCount`. Where it has no form of its own (sorting by a relation count, grouping),
 * its request says what stands in for it.
 */

const NESTED_FIRST = 20;
const COUNT_FIRST = 10;
const CONTAINS_FIRST = 20;
/** Bounded at every size: the synthetic organizations' names ("… Office on Crime") and the report's. */
const CONTAINS_TEXT = 'office';

/** The library's count filter: at least one related node (its `some: {}` is no condition at all). */
const SOME_RELATED = '{ aggregate: { count: { nodes: { gt: 0 } } } }';

/** A connection's `totalCount` and its nodes, in the order they came (that order is the answer). */
function pageOf(total: unknown, nodes: Row[], nameField: string, extra?: (row: Row) => Row) {
  return { total, nodes: nodes.map((row) => ({ ...named(row, nameField), ...extra?.(row) })) };
}

/** Code-point order, as Cypher's ORDER BY on strings; null last. */
function compareValues(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

interface Group {
  value: string | null;
  count: number;
}

const SPOKE = `{ statementsConnection: ${SOME_RELATED} }`;

export const QUERY_OPERATIONS: Operation[] = [
  {
    name: 'nestedFilter',
    title: `States in a region an active network covers, by name, first ${NESTED_FIRST}`,
    keyBased: false,
    variables: { first: NESTED_FIRST, status: 'active' },
    coopgraph: `query NestedFilter($first: Int!) {
  states(
    where: { regions: { some: { networks: { some: { status: { eq: ACTIVE } } } } } }
    orderBy: [{ field: NAME }]
    first: $first
  ) {
    totalCount
    nodes { key name }
  }
}`,
    // The folded English name is the stored property coopgraph sorts on; the library sorts on it too.
    neo4jGraphql: {
      query: `query NestedFilter($first: Int!, $status: String!) {
  statesConnection(
    where: { regions: { some: { networks: { some: { status: { eq: $status } } } } } }
    sort: [{ nameEnFold: ASC }, { key: ASC }]
    first: $first
  ) {
    totalCount
    edges { node { key nameEn } }
  }
}`,
      variables: { first: NESTED_FIRST, status: 'active' },
    },
    normalise: (data) => {
      const states = data.states as { totalCount: number; nodes: Row[] };
      return pageOf(states.totalCount, states.nodes, 'name');
    },
    normaliseNeo4jGraphql: (data) => {
      const states = data.statesConnection as { totalCount: number; edges: { node: Row }[] };
      return pageOf(
        states.totalCount,
        states.edges.map((edge) => edge.node),
        'nameEn',
      );
    },
  },
  {
    name: 'countOrder',
    title: `networks with members, most members first, first ${COUNT_FIRST}`,
    keyBased: false,
    variables: { first: COUNT_FIRST },
    coopgraph: `query CountOrder($first: Int!) {
  networks(
    where: { membersCount: { gt: 0 } }
    orderBy: [{ field: MEMBERS_COUNT, direction: DESC }]
    first: $first
  ) {
    totalCount
    nodes { key name membersConnection { totalCount } }
  }
}`,
    // The library sorts only on properties and @cypher scalars: `membersCount` is a @cypher field
    // (typeDefs.ts) counting the members, the one way it has to sort by a relation count.
    neo4jGraphql: {
      query: `query CountOrder($first: Int!) {
  networksConnection(
    where: { membersConnection: ${SOME_RELATED} }
    sort: [{ membersCount: DESC }, { key: ASC }]
    first: $first
  ) {
    totalCount
    edges { node { key nameEn membersCount } }
  }
}`,
      variables: { first: COUNT_FIRST },
    },
    normalise: (data) => {
      const networks = data.networks as { totalCount: number; nodes: Row[] };
      return pageOf(networks.totalCount, networks.nodes, 'name', (row) => ({
        members: (row.membersConnection as { totalCount: number }).totalCount,
      }));
    },
    normaliseNeo4jGraphql: (data) => {
      const networks = data.networksConnection as { totalCount: number; edges: { node: Row }[] };
      return pageOf(
        networks.totalCount,
        networks.edges.map((edge) => edge.node),
        'nameEn',
        (row) => ({ members: row.membersCount }),
      );
    },
  },
  {
    name: 'groupBy',
    title: 'States that spoke, counted per region',
    keyBased: false,
    variables: {},
    coopgraph: `query GroupBy {
  states(where: { spokeAtCount: { gt: 0 } }) {
    totalCount
    groupBy(by: REGIONS) { value count }
  }
}`,
    // No group-by: the regions with a State that spoke, each with how many did, beside the States that
    // spoke and those of them in no region, in one request of three root fields. A relation
    // connection's `totalCount` counts relationships (each report has its own), its aggregate counts
    // the States. The library answers the regions in its own order; the comparison puts them in
    // coopgraph's (count, then key).
    neo4jGraphql: {
      query: `query GroupBy {
  spoke: statesConnection(where: ${SPOKE}) { totalCount }
  inNoRegion: statesConnection(
    where: { AND: [${SPOKE}, { regionsConnection: { aggregate: { count: { nodes: { eq: 0 } } } } }] }
  ) { totalCount }
  regions(where: { states: { some: ${SPOKE} } }) {
    key
    statesConnection(where: { node: ${SPOKE} }) { aggregate { count { nodes } } }
  }
}`,
      variables: {},
    },
    normalise: (data) => {
      const states = data.states as { totalCount: number; groupBy: Group[] };
      return {
        total: states.totalCount,
        groups: states.groupBy.map(({ value, count }) => ({ value, count })),
      };
    },
    normaliseNeo4jGraphql: (data) => {
      const none = (data.inNoRegion as { totalCount: number }).totalCount;
      const regions = data.regions as {
        key: string;
        statesConnection: { aggregate: { count: { nodes: number } } };
      }[];
      const groups: Group[] = regions.map((region) => ({
        value: region.key,
        count: region.statesConnection.aggregate.count.nodes,
      }));
      if (none > 0) groups.push({ value: null, count: none });
      groups.sort((a, b) => b.count - a.count || compareValues(a.value, b.value));
      return { total: (data.spoke as { totalCount: number }).totalCount, groups };
    },
  },
  {
    name: 'nameContains',
    title: `entities whose name contains "${CONTAINS_TEXT}", in key order, first ${CONTAINS_FIRST}`,
    keyBased: false,
    variables: { text: CONTAINS_TEXT, first: CONTAINS_FIRST },
    coopgraph: `query NameContains($text: String!, $first: Int!) {
  entities(where: { name: { contains: $text } }, first: $first) {
    totalCount
    nodes { key kind name }
  }
}`,
    // Both languages, as coopgraph compares by default: the English name folded (by the client, as
    // coopgraph folds it), the Chinese as written.
    neo4jGraphql: {
      query: `query NameContains($folded: String!, $text: String!, $first: Int!) {
  entitiesConnection(
    where: { OR: [{ nameEnFold: { contains: $folded } }, { nameZh: { contains: $text } }] }
    sort: [{ key: ASC }]
    first: $first
  ) {
    totalCount
    edges { node { key kind nameEn } }
  }
}`,
      variables: { folded: foldEnglish(CONTAINS_TEXT), text: CONTAINS_TEXT, first: CONTAINS_FIRST },
    },
    normalise: (data) => {
      const entities = data.entities as { totalCount: number; nodes: Row[] };
      return pageOf(entities.totalCount, entities.nodes, 'name', (row) => ({
        kind: storedKind(row.kind as string),
      }));
    },
    normaliseNeo4jGraphql: (data: Data) => {
      const entities = data.entitiesConnection as { totalCount: number; edges: { node: Row }[] };
      return pageOf(
        entities.totalCount,
        entities.edges.map((edge) => edge.node),
        'nameEn',
        (row) => ({ kind: row.kind }),
      );
    },
  },
];
