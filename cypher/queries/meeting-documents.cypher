// The documents of a meeting: those before it (the annex) and the reports on it.
// lookahead.cypher follows (the relation fields selected below, and each entity once).
UNWIND $keys AS key
MATCH (m:Entity {key: key})
CALL {
  WITH m
  MATCH (d:Document)-[:CONSIDERED_AT|REPORTS_ON]->(m)
  RETURN d
}
WITH key, d
ORDER BY d.key
WITH key, collect(DISTINCT d) AS related
