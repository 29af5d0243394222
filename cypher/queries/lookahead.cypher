// The end of every statement that answers relation fields: it follows a statement whose rows hold `key`
// (what was asked) and `related` (the entities found for it, in order), and fetches in the same
// statement the typed relation fields the request selects one level further down ($next: each with an
// id, relationship types, direction, kinds, and the kinds of entity it applies to). One statement
// answers two levels of a request.
// Returns one row: `answers` (key → keys found), `next` (entity key and spec id → keys found), and every
// entity of both levels once, with its properties.
WITH key, related
CALL (related) {
  UNWIND related AS m
  UNWIND $next AS spec
  WITH m, spec
  WHERE spec.parentKinds IS NULL OR m.kind IN spec.parentKinds
  CALL (m, spec) {
    MATCH (m)-[r]-(o:Entity)
    WHERE type(r) IN spec.types
      AND (spec.direction = 'BOTH' OR (spec.direction = 'OUT') = (startNode(r) = m))
      AND (spec.kinds IS NULL OR o.kind IN spec.kinds)
    RETURN DISTINCT o
    ORDER BY o.key
  }
  WITH m, spec, collect(o) AS others
  RETURN collect({ key: m.key, spec: spec.id, keys: [o IN others | o.key] }) AS found, collect(others) AS lists
}
WITH collect({ key: key, keys: [m IN related | m.key] }) AS answers,
     collect(found) AS founds,
     collect(related) + reduce(acc = [], l IN collect(lists) | acc + l) AS lists
CALL (lists) {
  UNWIND lists AS list
  UNWIND list AS m
  RETURN collect(DISTINCT m) AS entities
}
RETURN answers, reduce(acc = [], f IN founds | acc + f) AS next, [m IN entities | properties(m)] AS entities
