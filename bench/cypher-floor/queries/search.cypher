// Full-text search over names and texts in both languages, weighted as coopgraph weighs them.
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
ORDER BY score DESC, node.key
LIMIT $limit
RETURN collect({ score: score, entity: node { .key, name: node.nameEn } }) AS hits
