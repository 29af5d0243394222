// Creates or updates a batch of entity nodes and records that the report uses them.
MATCH (l:LoadedReport {symbol: $report})
UNWIND $rows AS row
MERGE (n:Entity {key: row.key})
SET n = row.props
SET n:$(row.label)
CREATE (l)-[:USES]->(n)
