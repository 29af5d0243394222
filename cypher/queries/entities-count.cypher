// How many entities there are, of one kind or in all.
MATCH (n:Entity)
WHERE $kind IS NULL OR n.kind = $kind
RETURN count(n) AS total
