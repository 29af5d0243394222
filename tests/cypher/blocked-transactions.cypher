// Transactions waiting for a lock that another transaction holds.
SHOW TRANSACTIONS YIELD transactionId, status, currentQuery
WHERE status STARTS WITH 'Blocked'
RETURN transactionId, status, currentQuery
