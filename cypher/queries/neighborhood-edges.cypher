// The relationships among a set of entities, for the edges a neighbourhood's hops did not walk.
UNWIND $keys AS key
MATCH (a:Entity {key: key})-[r]->(b:Entity)
WHERE b.key IN $keys AND ($types IS NULL OR type(r) IN $types)
RETURN { type: type(r), from: a.key, to: b.key, props: { sources: r.sources, inferred: r.inferred } } AS rel
LIMIT $limit
