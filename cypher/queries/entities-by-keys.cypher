// Entities by key, for the per-request entity loader.
UNWIND $keys AS key
MATCH (n:Entity {key: key})
RETURN key, properties(n) AS node
