// For each key: its relationships (type, direction, the entity at the other end, the paragraphs that
// state it, the quote and where it stands), filtered and capped per key.
UNWIND $keys AS key
MATCH (n:Entity {key: key})
CALL {
  WITH n
  MATCH (n)-[r]-(m:Entity)
  WHERE ($types IS NULL OR type(r) IN $types)
    AND ($direction = 'BOTH' OR ($direction = 'OUT') = (startNode(r) = n))
    AND ($kinds IS NULL OR m.kind IN $kinds)
  WITH r, m, startNode(r) = n AS outgoing
  ORDER BY type(r), outgoing DESC, m.key
  LIMIT $first
  RETURN collect({
    type: type(r), outgoing: outgoing, other: properties(m), sources: r.sources, quote: r.quote,
    spans: [i IN range(0, size(coalesce(r.spanParagraphs, [])) - 1) |
            { paragraph: r.spanParagraphs[i], start: r.spanStarts[i], end: r.spanEnds[i] }],
    props: properties(r)
  }) AS relations
}
RETURN key, relations
