// One page of entities in key order (keyset pagination: the cursor is the last key seen). Each branch
// reads an index in key order and stops after the page, whatever the size of the graph: without a kind,
// the unique index on key (its range made empty when a kind is given); with one, the (kind, key) index
// (which finds nothing when no kind is given). lookahead.cypher follows (the relation fields selected
// on the page's entities, and each entity once).
CALL {
  MATCH (n:Entity)
  WHERE n.key > CASE WHEN $kind IS NULL THEN coalesce($after, '') ELSE '\uffff' END
  RETURN n
  ORDER BY n.key
  LIMIT $limit
  UNION
  MATCH (n:Entity)
  WHERE n.kind = $kind AND n.key > coalesce($after, '')
  RETURN n
  ORDER BY n.kind, n.key
  LIMIT $limit
}
WITH n
ORDER BY n.key
LIMIT $limit
WITH 'page' AS key, collect(n) AS related
