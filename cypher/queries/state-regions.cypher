// The regions of a state: those the report places it in, and the regions of the graph whose UN M49
// area contains it.
// lookahead.cypher follows (the relation fields selected below, and each entity once).
UNWIND $keys AS key
MATCH (s:Entity {key: key})
CALL {
  WITH s
  MATCH (s)-[:LOCATED_IN]->(g:Region)
  RETURN g
  UNION
  WITH s
  MATCH (g:Region)
  WHERE g.m49 IS NOT NULL AND g.m49 IN s.m49Path
  RETURN g
}
WITH key, g
ORDER BY g.key
WITH key, collect(g) AS related
