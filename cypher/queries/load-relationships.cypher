// Creates a batch of relationships between entities, each naming the report that states it. The batch
// comes as columns (row i is type[i], from[i], to[i]…; report[i] indexes $reports, and arrives as a
// float like every JS number): a list of maps per row costs the driver several times more to encode and
// send than the statement costs to run. Span offsets are indexes into a text, so they are stored as
// integers.
UNWIND range(0, size($type) - 1) AS i
MATCH (a:Entity {key: $from[i]})
MATCH (b:Entity {key: $to[i]})
CREATE (a)-[r:$($type[i]) {
  sources: $sources[i], sourceRefs: $sourceRefs[i], origin: $origin[i],
  quote: $quote[i], spanParagraphs: $spanParagraphs[i],
  spanStarts: [offset IN $spanStarts[i] | toInteger(offset)],
  spanEnds: [offset IN $spanEnds[i] | toInteger(offset)],
  report: $reports[toInteger($report[i])]
}]->(b)
SET r += coalesce($extra[i], {})
