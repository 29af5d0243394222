// One hop of a neighbourhood: the relationships of the frontier's entities, of the given types, to
// entities of the given kinds. Capped; the caller says when the cap cut. Only what a subgraph shows of
// each relationship and entity comes back.
UNWIND $frontier AS key
MATCH (n:Entity {key: key})-[r]-(m:Entity)
WHERE ($types IS NULL OR type(r) IN $types)
  AND ($kinds IS NULL OR m.kind IN $kinds OR m.key IN $keep)
WITH n, r, m
ORDER BY n.key, type(r), m.key
LIMIT $limit
RETURN { type: type(r), from: startNode(r).key, to: endNode(r).key,
         props: { sources: r.sources, inferred: r.inferred } } AS rel,
       m { .key, .kind, .nameEn, .nameZh, .acronym, .status } AS other
