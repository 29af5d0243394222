// The Neo4j version and edition, and how much the graph holds.
CALL dbms.components() YIELD versions, edition
WITH versions[0] AS version, edition
CALL { MATCH (n) RETURN count(n) AS nodes }
CALL { MATCH ()-[r]->() RETURN count(r) AS relationships }
CALL { MATCH (r:LoadedReport) RETURN collect(r.symbol) AS reports }
RETURN version, edition, nodes, relationships, reports
