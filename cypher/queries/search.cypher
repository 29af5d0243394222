// Full-text search over names, aliases, acronyms and symbols in both languages, then over the report's
// own words. A hit on a name counts more than a hit in a text; each entity keeps its best score.
CALL {
  CALL db.index.fulltext.queryNodes('entity_search_en', $query, { limit: $candidates }) YIELD node, score
  RETURN node, score * 2.0 AS score
  UNION ALL
  CALL db.index.fulltext.queryNodes('entity_search_zh', $query, { limit: $candidates }) YIELD node, score
  RETURN node, score * 2.0 AS score
  UNION ALL
  CALL db.index.fulltext.queryNodes('entity_text_en', $query, { limit: $candidates }) YIELD node, score
  RETURN node, score * 0.5 AS score
  UNION ALL
  CALL db.index.fulltext.queryNodes('entity_text_zh', $query, { limit: $candidates }) YIELD node, score
  RETURN node, score * 0.5 AS score
}
WITH node, max(score) AS score
WHERE $kinds IS NULL OR node.kind IN $kinds
RETURN properties(node) AS node, score
ORDER BY score DESC, node.key
LIMIT $limit
