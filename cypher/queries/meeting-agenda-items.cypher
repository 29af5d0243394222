// The agenda items of a meeting: those of the reports on it, and those said to be considered at it.
// lookahead.cypher follows (the relation fields selected below, and each entity once).
UNWIND $keys AS key
MATCH (m:Entity {key: key})
CALL {
  WITH m
  MATCH (m)<-[:REPORTS_ON]-(d:Document)
  MATCH (a:AgendaItem {report: d.symbol})
  RETURN a
  UNION
  WITH m
  MATCH (a:AgendaItem)-[:CONSIDERED_AT]->(m)
  RETURN a
}
WITH key, a
ORDER BY a.key
WITH key, collect(a) AS related
