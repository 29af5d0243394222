// The node that records a loaded report, its fingerprint and what it holds.
MERGE (l:LoadedReport {symbol: $report})
SET l.fingerprint = $fingerprint, l.loadedAt = datetime(), l.nodes = $nodes, l.relationships = $relationships
