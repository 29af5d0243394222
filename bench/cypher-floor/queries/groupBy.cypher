// States that spoke at a meeting, counted per region they lie in (once under each; under null for none).
MATCH (s:State)
WHERE EXISTS { MATCH (s)-[:SPOKE_AT]->(:Meeting) }
WITH collect(s) AS states
CALL (states) {
  UNWIND states AS s
  OPTIONAL MATCH (s)-[:LOCATED_IN]->(g:Region)
  WITH DISTINCT s, g
  WITH g.key AS value, count(s) AS count
  ORDER BY count DESC, value
  RETURN collect({ value: value, count: count }) AS groups
}
RETURN size(states) AS total, groups
