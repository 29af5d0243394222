// Creates a batch of relationships between entities; each row's properties name the report that
// states it.
UNWIND $rows AS row
MATCH (a:Entity {key: row.from})
MATCH (b:Entity {key: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
