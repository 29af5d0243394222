// Creates or updates a batch of entity nodes and records which report uses each. A node that holds
// these very properties already is left alone: every report writes its shared entities (States,
// networks…) again, and rewriting one re-indexes it, in the full-text indexes too, for nothing.
UNWIND $rows AS row
MATCH (l:LoadedReport {symbol: row.report})
MERGE (n:Entity {key: row.key})
CREATE (l)-[:USES]->(n)
WITH n, row
WHERE NOT coalesce(properties(n) = row.props, false)
SET n = row.props
SET n:$(row.label)
