// Creates or updates a batch of entity nodes and records which reports use each. Each row is one key
// (a shared entity that several reports of the batch name comes once, with the indexes of those reports
// in $reports): one MERGE and one comparison per node instead of one per report. A node that holds these
// very properties already is left alone: every report writes its shared entities (States, networks…)
// again, and rewriting one re-indexes it, in the full-text indexes too, for nothing.
UNWIND $reports AS symbol
MATCH (l:LoadedReport {symbol: symbol})
WITH collect(l) AS markers
UNWIND $rows AS row
MERGE (n:Entity {key: row.key})
WITH markers, row, n
CALL (markers, row, n) {
  UNWIND row.uses AS i
  WITH markers[toInteger(i)] AS l, n
  CREATE (l)-[:USES]->(n)
}
WITH n, row
WHERE NOT coalesce(properties(n) = row.props, false)
SET n = row.props
SET n:$(row.label)
