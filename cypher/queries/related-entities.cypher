// For each request (an entity key with its relationship types, direction and kinds): the entities at
// the other end, in key order. One statement answers every typed field of every parent at one depth of
// a request; lookahead.cypher follows it (the relation fields selected below, and each entity once).
UNWIND $requests AS request
MATCH (n:Entity {key: request.key})
CALL (n, request) {
  MATCH (n)-[r]-(m:Entity)
  WHERE type(r) IN request.types
    AND (request.direction = 'BOTH' OR (request.direction = 'OUT') = (startNode(r) = n))
    AND (request.kinds IS NULL OR m.kind IN request.kinds)
  RETURN DISTINCT m
  ORDER BY m.key
}
WITH request.id AS key, collect(m) AS related
