// States in a region that an active network covers: how many, and the first of them by folded name.
MATCH (s:State)
WHERE EXISTS { MATCH (s)-[:LOCATED_IN]->(:Region)<-[:COVERS]-(n:Network) WHERE n.status = $status }
WITH s ORDER BY s.nameEnFold, s.key
WITH collect(s { .key, name: s.nameEn }) AS states
RETURN size(states) AS total, states[0..$first] AS nodes
