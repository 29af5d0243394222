// Takes the write lock of a report's marker without changing it; a load of that report then waits at
// its first write to the marker. Run in a transaction that is rolled back (tests/hardening).
MATCH (l:LoadedReport {symbol: $symbol})
SET l.fingerprint = l.fingerprint
RETURN l.symbol AS symbol
