// The resolutions a recommendation came from: directly, or through the discussion they led to.
// lookahead.cypher follows (the relation fields selected below, and each entity once).
UNWIND $keys AS key
MATCH (rec:Entity {key: key})
CALL {
  WITH rec
  MATCH (res:Resolution)-[:LED_TO]->(rec)
  RETURN res
  UNION
  WITH rec
  MATCH (res:Resolution)-[:LED_TO]->(:Meeting)-[:PRODUCED]->(rec)
  RETURN res
}
WITH key, res
ORDER BY res.key
WITH key, collect(res) AS related
