import type { GraphRelationship, ReportGraph } from './graphData.ts';

/** Whether every span of a relationship (at least one) slices its quote out of the text it names. */
export function quoteHolds(relationship: GraphRelationship, textOf: (key: string) => unknown): boolean {
  const { quote, spanParagraphs, spanStarts, spanEnds } = relationship.props;
  if (!quote || spanParagraphs.length === 0) return false;
  return spanParagraphs.every((key, i) => {
    const text = textOf(key);
    return typeof text === 'string' && text.slice(spanStarts[i], spanEnds[i]) === quote;
  });
}

/** How many relationships of a report graph have a quote that their spans slice out of the graph's texts. */
export function verifiedQuotes(graph: ReportGraph): number {
  const texts = new Map(graph.nodes.map((node) => [node.key, node.props.textZh]));
  return graph.relationships.filter((relationship) => quoteHolds(relationship, (key) => texts.get(key)))
    .length;
}
