// The states of a region: those the report places in it, and those UN M49 classifies under it.
// lookahead.cypher follows (the relation fields selected below, and each entity once).
UNWIND $keys AS key
MATCH (g:Entity {key: key})
CALL {
  WITH g
  MATCH (s:State)-[:LOCATED_IN]->(g)
  RETURN s
  UNION
  WITH g
  MATCH (s:State)
  WHERE g.m49 IS NOT NULL AND g.m49 IN s.m49Path
  RETURN s
}
WITH key, s
ORDER BY s.key
WITH key, collect(s) AS related
