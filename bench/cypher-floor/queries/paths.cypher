// The ranked paths between two entities over the given relationship types: every path of the five
// shortest lengths (five is the operation's `first`; a path selector takes no parameter), at most
// 1,000 of them, the simple ones, once per sequence of entities, costed by the sum over their interior
// entities of log2(1 + relationships, mentions and the loader's USES aside), the first five by length,
// cost and keys.
MATCH (a:Entity {key: $from}), (b:Entity {key: $to})
CALL (a, b) {
  MATCH SHORTEST 5 GROUPS (a) (()-[r]-(x:Entity WHERE type(r) IN $types)){1,6} (b)
  WITH r, x
  LIMIT 1000
  WITH r AS rels, [a] + x AS nodes
  WHERE all(i IN range(1, size(nodes) - 1) WHERE NOT nodes[i] IN nodes[..i])
  WITH rels, nodes, [n IN nodes | n.key] AS keys
  ORDER BY keys, [rel IN rels | type(rel)]
  WITH keys, head(collect({rels: rels, nodes: nodes})) AS path
  CALL (path) {
    UNWIND path.nodes[1..-1] AS n
    RETURN sum(log(1 + COUNT { (n)--() } - COUNT { (n)-[:MENTIONS]-() } - COUNT { (n)-[:USES]-() }) / log(2)) AS cost
  }
  WITH path, keys, cost
  ORDER BY size(path.rels), cost, keys
  LIMIT 5
  RETURN collect({
    length: size(path.rels),
    cost: cost,
    nodes: keys,
    edges: [rel IN path.rels | startNode(rel).key + '|' + type(rel) + '|' + endNode(rel).key]
  }) AS paths
}
RETURN paths
