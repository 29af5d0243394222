// The seeds of a neighbourhood and, when it walks at all, its first hop from them (as
// neighborhood-hop.cypher), capped at $rowsPerNode rows per node left in the budget, plus one row to
// tell when the cap cut. One statement instead of two for the first step of every neighbourhood.
UNWIND $keys AS key
MATCH (n:Entity {key: key})
WITH collect(n) AS seeds
CALL (seeds) {
  UNWIND CASE WHEN $walk THEN seeds ELSE [] END AS n
  MATCH (n)-[r]-(m:Entity)
  WHERE ($types IS NULL OR type(r) IN $types)
    AND ($kinds IS NULL OR m.kind IN $kinds OR m.key IN $keep)
  WITH n, r, m
  ORDER BY n.key, type(r), m.key
  RETURN collect({
    rel: { type: type(r), from: startNode(r).key, to: endNode(r).key,
           props: { sources: r.sources, inferred: r.inferred } },
    other: m { .key, .kind, .nameEn, .nameZh, .acronym, .status }
  }) AS rows
}
WITH seeds, rows,
     CASE WHEN $limit - size(seeds) > 1 THEN $limit - size(seeds) ELSE 1 END * $rowsPerNode AS cap
RETURN [n IN seeds | n { .key, .kind, .nameEn, .nameZh, .acronym, .status }] AS seeds, rows[..cap + 1] AS rows
