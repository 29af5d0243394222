// The reports in the database and the fingerprints of the data they were loaded from.
MATCH (l:LoadedReport)
RETURN l.symbol AS symbol, l.fingerprint AS fingerprint
