// A network, the regions it covers, its members, and the networks of its member States.
MATCH (n:Network {key: $key})
RETURN n {
  .key,
  name: n.nameEn,
  regions: COLLECT {
    MATCH (n)-[:COVERS]->(g:Region)
    WITH DISTINCT g ORDER BY g.key
    RETURN g { .key, name: g.nameEn }
  },
  members: COLLECT {
    MATCH (m:Entity)-[:MEMBER_OF]->(n)
    WITH DISTINCT m ORDER BY m.key
    RETURN CASE WHEN m:State
      THEN m {
        .key,
        name: m.nameEn,
        networks: COLLECT {
          MATCH (m)-[:MEMBER_OF]->(o:Network)
          WITH DISTINCT o ORDER BY o.key
          RETURN o { .key, name: o.nameEn }
        }
      }
      ELSE m { .key, name: m.nameEn }
    END
  }
} AS entity
