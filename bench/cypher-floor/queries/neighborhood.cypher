// The entities within two hops of a seed over the given relationship types, and every relationship of
// those types among them, grouped by (start, type, end) with the paragraphs that state it.
MATCH (s:Entity {key: $key})
CALL (s) {
  OPTIONAL MATCH (s)-[r]-(m:Entity)
  WHERE type(r) IN $types
  RETURN collect(DISTINCT m) AS hop1
}
CALL (s, hop1) {
  UNWIND hop1 AS h
  MATCH (h)-[r]-(m:Entity)
  WHERE type(r) IN $types AND m <> s AND NOT m IN hop1
  RETURN collect(DISTINCT m) AS hop2
}
WITH [s] + hop1 + hop2 AS nodes
CALL (nodes) {
  UNWIND nodes AS a
  MATCH (a)-[r]->(b:Entity)
  WHERE type(r) IN $types AND b IN nodes
  WITH a.key AS source, type(r) AS type, b.key AS target, collect(r.sources) AS sources
  RETURN collect({ source: source, type: type, target: target, sources: sources }) AS edges
}
RETURN [n IN nodes | n { .key, .kind, .nameEn }] AS nodes, edges
