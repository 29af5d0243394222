// Each loaded report with what its marker says it holds and what the graph holds for it, to check
// after a failed load that every report is whole (tests/hardening/loaderFaults.test.ts).
MATCH (l:LoadedReport)
RETURN l.symbol AS symbol, l.fingerprint AS fingerprint, toString(l.loadedAt) AS loadedAt,
       l.nodes AS nodes, COUNT { (l)-[:USES]->(:Entity) } AS usedNodes,
       l.relationships AS relationships,
       COUNT { (:Entity)-[r]->(:Entity) WHERE r.report = l.symbol } AS reportRelationships
ORDER BY symbol
