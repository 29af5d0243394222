/**
 * The coopgraph graph as @neo4j/graphql 7 type definitions: the same labels, properties and relationship
 * types, with the typed relation fields coopgraph offers. This is what a Neo4j user would write to serve
 * the same graph with the library. Numbers are Float because the loader stores JavaScript numbers.
 *
 * Two fields need Cypher the library cannot derive from a relationship: a resolution's recommendations
 * (directly, or through the meeting it led to) and search (four full-text indexes, weighted). Both are
 * `@cypher` fields with the statements coopgraph runs (cypher/queries/resolution-recommendations.cypher
 * and the one src/graph/cypher/search.ts builds), returning nodes so that the library can resolve their
 * types.
 */

/** Fields every entity type has (the Entity interface), with the paragraphs that mention it. */
const ENTITY_FIELDS = `
  key: String!
  kind: String!
  nameEn: String!
  nameZh: String!
  nameEnFold: String!
  enStatus: String
  aliases: [String!]
  mentionedIn: [Paragraph!]! @relationship(type: "MENTIONS", direction: IN)
`;

const RECOMMENDATIONS_OF_RESOLUTION = `
  MATCH (this)-[:LED_TO]->(rec:Recommendation)
  RETURN rec
  UNION
  MATCH (this)-[:LED_TO]->(:Meeting)-[:PRODUCED]->(rec:Recommendation)
  RETURN rec
`;

/** How many entities are members of a network: a scalar the library can sort on. */
const MEMBERS_COUNT = `
  RETURN COUNT { MATCH (this)<-[:MEMBER_OF]-(member:Entity) RETURN DISTINCT member } AS count
`;

const SEARCH = `
  CALL {
    CALL db.index.fulltext.queryNodes('entity_search_en', $query, { limit: $candidates }) YIELD node, score
    RETURN node, score * 2.0 AS score
    UNION ALL
    CALL db.index.fulltext.queryNodes('entity_search_zh', $query, { limit: $candidates }) YIELD node, score
    RETURN node, score * 2.0 AS score
    UNION ALL
    CALL db.index.fulltext.queryNodes('entity_text_en', $query, { limit: $candidates }) YIELD node, score
    RETURN node, score * 0.5 AS score
    UNION ALL
    CALL db.index.fulltext.queryNodes('entity_text_zh', $query, { limit: $candidates }) YIELD node, score
    RETURN node, score * 0.5 AS score
  }
  WITH node, max(score) AS score
  WHERE $kinds IS NULL OR node.kind IN $kinds
  RETURN node
  ORDER BY score DESC, node.key
  LIMIT $limit
`;

export const typeDefs = /* GraphQL */ `
  interface Entity {
    key: String!
    kind: String!
    nameEn: String!
    nameZh: String!
    nameEnFold: String!
    enStatus: String
    aliases: [String!]
    mentionedIn: [Paragraph!]! @declareRelationship
  }

  type State implements Entity @node(labels: ["State", "Entity"]) {
    ${ENTITY_FIELDS}
    iso3: String
    m49: String
    networks: [Network!]! @relationship(type: "MEMBER_OF", direction: OUT)
    regions: [Region!]! @relationship(type: "LOCATED_IN", direction: OUT)
    statements: [Meeting!]! @relationship(type: "SPOKE_AT", direction: OUT)
  }

  type Region implements Entity @node(labels: ["Region", "Entity"]) {
    ${ENTITY_FIELDS}
    m49: String
    m49Name: String
    networks: [Network!]! @relationship(type: "COVERS", direction: IN)
    states: [State!]! @relationship(type: "LOCATED_IN", direction: IN)
  }

  type Network implements Entity @node(labels: ["Network", "Entity"]) {
    ${ENTITY_FIELDS}
    acronym: String
    status: String
    networkType: String
    regions: [Region!]! @relationship(type: "COVERS", direction: OUT)
    members: [Entity!]! @relationship(type: "MEMBER_OF", direction: IN)
    presenters: [Entity!]! @relationship(type: "PRESENTED", direction: IN)
    supporters: [Entity!]! @relationship(type: "SUPPORTS", direction: IN)
    establishedBy: [Entity!]! @relationship(type: "ESTABLISHED", direction: IN)
    modelledOn: [Network!]! @relationship(type: "MODELLED_ON", direction: OUT)
    models: [Network!]! @relationship(type: "MODELLED_ON", direction: IN)
    membersCount: Int! @cypher(statement: """${MEMBERS_COUNT}""", columnName: "count")
  }

  type Organization implements Entity @node(labels: ["Organization", "Entity"]) {
    ${ENTITY_FIELDS}
    acronym: String
    orgType: String
    parent: [Entity!]! @relationship(type: "PART_OF", direction: OUT)
    parts: [Entity!]! @relationship(type: "PART_OF", direction: IN)
    supports: [Network!]! @relationship(type: "SUPPORTS", direction: OUT)
    requestedBy: [Entity!]! @relationship(type: "REQUESTED", direction: IN)
    addressedBy: [Recommendation!]! @relationship(type: "ADDRESSES", direction: IN)
  }

  type Convention implements Entity @node(labels: ["Convention", "Entity"]) {
    ${ENTITY_FIELDS}
    acronym: String
    articles: [Article!]! @relationship(type: "PART_OF", direction: IN)
  }

  type Article implements Entity @node(labels: ["Article", "Entity"]) {
    ${ENTITY_FIELDS}
    article: Float
    paragraph: Float
    heading: String
    parent: [Article!]! @relationship(type: "PART_OF", direction: OUT)
    children: [Article!]! @relationship(type: "PART_OF", direction: IN)
    recommendations: [Recommendation!]! @relationship(type: "CITES", direction: IN)
    topics: [Topic!]! @relationship(type: "CONCERNS", direction: OUT)
  }

  type Resolution implements Entity @node(labels: ["Resolution", "Entity"]) {
    ${ENTITY_FIELDS}
    symbol: String
    resolutionKind: String
    session: Float
    year: Float
    issuedBy: [Organization!]! @relationship(type: "ISSUED_BY", direction: OUT)
    recommendations: [Recommendation!]!
      @cypher(statement: """${RECOMMENDATIONS_OF_RESOLUTION}""", columnName: "rec")
    ledTo: [Entity!]! @relationship(type: "LED_TO", direction: OUT)
    requested: [Entity!]! @relationship(type: "REQUESTED", direction: OUT)
    established: [Entity!]! @relationship(type: "ESTABLISHED", direction: OUT)
    articles: [Article!]! @relationship(type: "CITES", direction: OUT)
  }

  type Recommendation implements Entity @node(labels: ["Recommendation", "Entity"]) {
    ${ENTITY_FIELDS}
    ref: String
    report: String
    textEn: String
    textZh: String
    paragraph: [Paragraph!]! @relationship(type: "PART_OF", direction: OUT)
    producedBy: [Entity!]! @relationship(type: "PRODUCED", direction: IN)
    articles: [Article!]! @relationship(type: "CITES", direction: OUT)
    cites: [Entity!]! @relationship(type: "CITES", direction: OUT)
    addressees: [Entity!]! @relationship(type: "ADDRESSES", direction: OUT)
    requested: [Entity!]! @relationship(type: "REQUESTED", direction: OUT)
    topics: [Topic!]! @relationship(type: "CONCERNS", direction: OUT)
  }

  type Document implements Entity @node(labels: ["Document", "Entity"]) {
    ${ENTITY_FIELDS}
    symbol: String
    symbols: [String!]
    agendaItems: [AgendaItem!]! @relationship(type: "SUBMITTED_UNDER", direction: OUT)
    meetings: [Meeting!]! @relationship(type: "CONSIDERED_AT", direction: OUT)
    reportsOn: [Meeting!]! @relationship(type: "REPORTS_ON", direction: OUT)
  }

  type AgendaItem implements Entity @node(labels: ["AgendaItem", "Entity"]) {
    ${ENTITY_FIELDS}
    number: String
    report: String
    documents: [Document!]! @relationship(type: "SUBMITTED_UNDER", direction: IN)
    panellists: [Person!]! @relationship(type: "PANELIST_ON", direction: IN)
  }

  type Meeting implements Entity @node(labels: ["Meeting", "Entity"]) {
    ${ENTITY_FIELDS}
    venue: String
    meetingOf: [Organization!]! @relationship(type: "MEETING_OF", direction: OUT)
    produced: [Recommendation!]! @relationship(type: "PRODUCED", direction: OUT)
    speakers: [Entity!]! @relationship(type: "SPOKE_AT", direction: IN)
    observers: [Entity!]! @relationship(type: "OBSERVER_AT", direction: IN)
  }

  type Person implements Entity @node(labels: ["Person", "Entity"]) {
    ${ENTITY_FIELDS}
    affiliations: [Entity!]! @relationship(type: "AFFILIATED_WITH", direction: OUT)
    presented: [Entity!]! @relationship(type: "PRESENTED", direction: OUT)
    panellistOn: [AgendaItem!]! @relationship(type: "PANELIST_ON", direction: OUT)
  }

  type Topic implements Entity @node(labels: ["Topic", "Entity"]) {
    ${ENTITY_FIELDS}
    concernedBy: [Entity!]! @relationship(type: "CONCERNS", direction: IN)
  }

  type Section implements Entity @node(labels: ["Section", "Entity"]) {
    ${ENTITY_FIELDS}
    path: String
    level: Float
    heading: String
    report: String
    parent: [Entity!]! @relationship(type: "PART_OF", direction: OUT)
    paragraphs: [Paragraph!]! @relationship(type: "PART_OF", direction: IN)
    topics: [Topic!]! @relationship(type: "CONCERNS", direction: OUT)
  }

  type Paragraph implements Entity @node(labels: ["Paragraph", "Entity"]) {
    ${ENTITY_FIELDS}
    number: Float
    report: String
    textEn: String
    textZh: String
    section: [Section!]! @relationship(type: "PART_OF", direction: OUT)
    mentions: [Entity!]! @relationship(type: "MENTIONS", direction: OUT)
    recommendations: [Recommendation!]! @relationship(type: "PART_OF", direction: IN)
  }

  type Query {
    search(query: String!, kinds: [String!], limit: Int!, candidates: Int!): [Entity!]!
      @cypher(statement: """${SEARCH}""", columnName: "node")
  }
`;
