// The shortest path between two entities over relationships of the given types (the length cap is
// applied by the caller; 8 is the most any request may ask for).
MATCH (a:Entity {key: $from})
MATCH (b:Entity {key: $to})
MATCH p = shortestPath((a)-[*..8]-(b))
WHERE all(r IN relationships(p) WHERE type(r) IN $types)
RETURN [n IN nodes(p) | n { .key, .kind, .nameEn, .nameZh, .acronym, .status }] AS nodes,
       [r IN relationships(p) | { type: type(r), from: startNode(r).key, to: endNode(r).key,
                                  props: { sources: r.sources, inferred: r.inferred } }] AS rels
