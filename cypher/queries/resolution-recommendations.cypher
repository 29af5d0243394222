// The recommendations a resolution led to: directly, or through the discussion or meeting it led to.
// lookahead.cypher follows (the relation fields selected below, and each entity once).
UNWIND $keys AS key
MATCH (res:Entity {key: key})
CALL {
  WITH res
  MATCH (res)-[:LED_TO]->(rec:Recommendation)
  RETURN rec
  UNION
  WITH res
  MATCH (res)-[:LED_TO]->(:Meeting)-[:PRODUCED]->(rec:Recommendation)
  RETURN rec
}
WITH key, rec
ORDER BY rec.key
WITH key, collect(rec) AS related
