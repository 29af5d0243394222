// Entities by key, for a root field that selects relation fields on them: lookahead.cypher follows
// (those fields, two levels down, in the same statement).
UNWIND $keys AS key
MATCH (n:Entity {key: key})
WITH key, [n] AS related
