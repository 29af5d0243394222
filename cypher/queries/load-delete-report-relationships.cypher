// Deletes the relationships a report created. Each starts at a node the report uses, so they are
// found by expanding from those nodes rather than by scanning every relationship.
MATCH (:LoadedReport {symbol: $report})-[:USES]->(n:Entity)-[r]->()
WHERE r.report = $report
DELETE r
RETURN count(r) AS deleted
