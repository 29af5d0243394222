// For each request (an entity key with its relationship types, direction and kinds): the keys of the
// entities at the other end, in key order; and each of those entities once, with its properties. One
// statement answers every typed field of every parent at one depth of a request, and an entity that
// several parents share (the paragraph that mentions them all) travels once.
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
WITH request.id AS id, collect(m) AS related
WITH collect({ id: id, keys: [m IN related | m.key] }) AS answers, collect(related) AS lists
CALL (lists) {
  UNWIND lists AS list
  UNWIND list AS m
  RETURN collect(DISTINCT m) AS entities
}
RETURN answers, [m IN entities | properties(m)] AS entities
