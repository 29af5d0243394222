// A resolution, the recommendations it led to (directly or through the meeting it led to), and the
// articles they cite.
MATCH (res:Resolution {key: $key})
RETURN res {
  .key,
  name: res.nameEn,
  recommendations: COLLECT {
    CALL (res) {
      MATCH (res)-[:LED_TO]->(rec:Recommendation)
      RETURN rec
      UNION
      MATCH (res)-[:LED_TO]->(:Meeting)-[:PRODUCED]->(rec:Recommendation)
      RETURN rec
    }
    WITH rec ORDER BY rec.key
    RETURN rec {
      .key,
      name: rec.nameEn,
      articles: COLLECT {
        MATCH (rec)-[:CITES]->(a:Article)
        WITH DISTINCT a ORDER BY a.key
        RETURN a { .key, name: a.nameEn }
      }
    }
  }
} AS entity
