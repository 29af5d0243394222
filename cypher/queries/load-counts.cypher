// Entities per label and relationships per type, for the load summary.
CALL {
  MATCH (n:Entity)
  RETURN 'node' AS what, n.kind AS name, count(*) AS count
  UNION ALL
  MATCH (:Entity)-[r]->(:Entity)
  RETURN 'relationship' AS what, type(r) AS name, count(*) AS count
}
RETURN what, name, count
ORDER BY what, name
