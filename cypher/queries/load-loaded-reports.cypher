// Which of the given reports the database holds already (a new report has nothing to remove).
UNWIND $reports AS report
MATCH (:LoadedReport {symbol: report})
RETURN collect(report) AS loaded
