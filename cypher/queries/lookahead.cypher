// The end of every statement that answers relation fields: it follows a statement whose rows hold `key`
// (what was asked) and `related` (the entities found for it, in order), and fetches in the same
// statement the typed relation fields the request selects below them, two levels down at most ($next:
// each with an id, relationship types, direction, kinds, the kinds of entity it applies to, and the
// fields selected below it in `next`). A request three levels deep costs one statement.
// Returns one row: `answers` (key → keys found), `next` (entity key and spec id → keys found, for both
// levels), and every entity found once, with its properties but the long texts.
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
  CALL (others, spec) {
    UNWIND others AS o
    UNWIND coalesce(spec.next, []) AS below
    WITH o, below
    WHERE below.parentKinds IS NULL OR o.kind IN below.parentKinds
    CALL (o, below) {
      MATCH (o)-[r]-(p:Entity)
      WHERE type(r) IN below.types
        AND (below.direction = 'BOTH' OR (below.direction = 'OUT') = (startNode(r) = o))
        AND (below.kinds IS NULL OR p.kind IN below.kinds)
      RETURN DISTINCT p
      ORDER BY p.key
    }
    WITH o, below, collect(p) AS further
    RETURN collect({ key: o.key, spec: below.id, keys: [p IN further | p.key] }) AS deeper,
           collect(further) AS deeperLists
  }
  RETURN collect({ key: m.key, spec: spec.id, keys: [o IN others | o.key] }) AS found,
         collect(deeper) AS deepers,
         collect(others) + reduce(acc = [], l IN collect(deeperLists) | acc + l) AS lists
}
WITH collect({ key: key, keys: [m IN related | m.key] }) AS answers,
     collect(found) + reduce(acc = [], d IN collect(deepers) | acc + d) AS founds,
     collect(related) + reduce(acc = [], l IN collect(lists) | acc + l) AS lists
CALL (lists) {
  UNWIND lists AS list
  UNWIND list AS m
  RETURN collect(DISTINCT m) AS entities
}
// The long texts (a paragraph's words, notes, search forms) stay behind: a list of entities seldom shows
// them, and they are most of its weight. `_trimmed` tells the resolvers to fetch them when asked.
RETURN answers,
       reduce(acc = [], f IN founds | acc + f) AS next,
       [m IN entities | m { .*, textZh: null, textEn: null, leadZh: null, note: null, searchEn: null,
                            searchZh: null, _trimmed: true }] AS entities
