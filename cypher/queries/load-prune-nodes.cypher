// Deletes shared nodes that no loaded report uses any more.
UNWIND $keys AS key
MATCH (n:Entity {key: key})
WHERE NOT EXISTS { (:LoadedReport)-[:USES]->(n) }
DETACH DELETE n
RETURN count(*) AS deleted
