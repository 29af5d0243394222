// One page of entities in key order (keyset pagination: the cursor is the last key seen).
MATCH (n:Entity)
WHERE ($kind IS NULL OR n.kind = $kind)
  AND ($after IS NULL OR n.key > $after)
RETURN properties(n) AS node
ORDER BY n.key
LIMIT $limit
