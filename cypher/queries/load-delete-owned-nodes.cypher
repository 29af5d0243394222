// Deletes the nodes that belong to one report only (its paragraphs, sections, recommendations…).
MATCH (n:Entity {report: $report})
DETACH DELETE n
RETURN count(*) AS deleted
