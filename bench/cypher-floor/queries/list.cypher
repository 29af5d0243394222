// The first page of entities in key order, each with the paragraphs that mention it. The range on key
// lets the unique index hand the entities over in key order, so the page costs the same at any size.
MATCH (n:Entity)
WHERE n.key > ''
WITH n ORDER BY n.key LIMIT $first
RETURN collect(n {
  .key,
  name: n.nameEn,
  mentionedIn: COLLECT {
    MATCH (p:Paragraph)-[:MENTIONS]->(n)
    WITH DISTINCT p ORDER BY p.key
    RETURN p { .key }
  }
}) AS nodes
