// Removes the record of a report whose data file is gone (its graph was deleted before).
MATCH (l:LoadedReport {symbol: $report})
DETACH DELETE l
