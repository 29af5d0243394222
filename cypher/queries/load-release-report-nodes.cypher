// Detaches a report from the nodes it used and returns their keys, so that shared nodes no other
// report uses can be pruned once the report is written again.
MATCH (:LoadedReport {symbol: $report})-[u:USES]->(n:Entity)
DELETE u
RETURN collect(n.key) AS keys
