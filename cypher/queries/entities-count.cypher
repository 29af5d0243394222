// How many entities there are, of one kind (counted in the (kind, key) index) or in all (read from
// Neo4j's count store, without touching a node).
CALL {
  WITH $kind AS kind
  WHERE kind IS NULL
  CALL {
    MATCH (n:Entity)
    RETURN count(n) AS total
  }
  RETURN total
  UNION ALL
  MATCH (n:Entity)
  WHERE n.kind = $kind AND n.key IS NOT NULL
  RETURN count(n) AS total
}
RETURN sum(total) AS total
