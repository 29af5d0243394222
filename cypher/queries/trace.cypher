// The trace of a resolution (the bodies it asked, what it led to, the recommendations that came of it
// and the articles they cite) or of a recommendation (back to its resolutions, and what it cites).
MATCH (s:Entity {key: $from})
CALL {
  WITH s
  MATCH p = (s)-[:REQUESTED|LED_TO|ISSUED_BY|ESTABLISHED|CITES]->()
  RETURN p
  UNION
  WITH s
  MATCH p = (s)-[:LED_TO]->(:Meeting)-[:PRODUCED]->(:Recommendation)
  RETURN p
  UNION
  WITH s
  MATCH p = (s)-[:LED_TO]->(:Meeting)-[:PRODUCED]->(:Recommendation)-[:CITES]->()
  RETURN p
  UNION
  WITH s
  MATCH p = (s)-[:LED_TO]->(:Meeting)-[:PRODUCED]->(:Recommendation)-[:CITES]->(:Article)-[:PART_OF*1..2]->()
  RETURN p
  UNION
  WITH s
  MATCH p = (s)-[:LED_TO]->(:Recommendation)-[:CITES]->()
  RETURN p
  UNION
  WITH s
  MATCH p = (s)-[:CITES]->(:Article)-[:PART_OF*1..2]->()
  RETURN p
  UNION
  WITH s
  MATCH p = (:Resolution)-[:LED_TO]->(:Meeting)-[:PRODUCED]->(s)
  RETURN p
  UNION
  WITH s
  MATCH p = (:Resolution)-[:LED_TO]->(s)
  RETURN p
}
RETURN [n IN nodes(p) | n { .key, .kind, .nameEn, .nameZh, .acronym, .status }] AS nodes,
       [r IN relationships(p) | { type: type(r), from: startNode(r).key, to: endNode(r).key,
                                  props: { sources: r.sources, inferred: r.inferred } }] AS rels
LIMIT $limit
