// For each key: the entities at the other end of relationships of the given types and direction,
// optionally of the given kinds. One statement answers every parent of a typed field.
UNWIND $keys AS key
MATCH (n:Entity {key: key})
CALL {
  WITH n
  MATCH (n)-[r]-(m:Entity)
  WHERE type(r) IN $types
    AND ($direction = 'BOTH' OR ($direction = 'OUT') = (startNode(r) = n))
    AND ($kinds IS NULL OR m.kind IN $kinds)
  RETURN DISTINCT m
  ORDER BY m.key
}
RETURN key, collect(properties(m)) AS related
