// Entities whose folded English name or Chinese name contains the text: how many, and the first by key.
CALL () {
  MATCH (n:Entity)
  WHERE n.nameEnFold CONTAINS $folded OR n.nameZh CONTAINS $text
  RETURN count(n) AS total
}
CALL () {
  MATCH (n:Entity)
  WHERE n.nameEnFold CONTAINS $folded OR n.nameZh CONTAINS $text
  WITH n ORDER BY n.key
  LIMIT $first
  RETURN collect(n { .key, .kind, name: n.nameEn }) AS nodes
}
RETURN total, nodes
