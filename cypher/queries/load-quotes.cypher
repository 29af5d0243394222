// The relationships between entities; those taken from outside the report (origin external, e.g. UN
// M49), which carry their source instead of a quote; and those with a verified quote: a quote, at least
// one span, and every span slicing the quote out of the text (textZh) of the node it names.
MATCH (:Entity)-[r]->(:Entity)
CALL {
  WITH r
  UNWIND range(0, size(coalesce(r.spanParagraphs, [])) - 1) AS i
  OPTIONAL MATCH (n:Entity {key: r.spanParagraphs[i]})
  RETURN count(i) AS spans,
         count(CASE WHEN substring(n.textZh, r.spanStarts[i], r.spanEnds[i] - r.spanStarts[i]) = r.quote
                    THEN 1 END) AS sliced
}
RETURN count(r) AS relationships,
       count(CASE WHEN r.origin = 'external' THEN 1 END) AS external,
       count(CASE WHEN r.quote IS NOT NULL AND spans > 0 AND sliced = spans THEN 1 END) AS verified
