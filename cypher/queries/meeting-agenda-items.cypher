// The agenda items of a meeting: those of the reports on it, and those said to be considered at it.
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
RETURN key, collect(properties(a)) AS related
