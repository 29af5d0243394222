// The nodes that record loaded reports, their fingerprints and what they hold.
UNWIND $reports AS report
MERGE (l:LoadedReport {symbol: report.symbol})
SET l.fingerprint = report.fingerprint, l.loadedAt = datetime(), l.nodes = report.nodes,
    l.relationships = report.relationships
