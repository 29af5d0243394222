// The Cytoscape stylesheet: one colour per entity kind, readable labels, and the highlight classes.

/** The page's own font, as for the rest of the page (see explorer.css). */
export const LABEL_FONT = '"Noto Sans SC Variable", system-ui, sans-serif';
const HIGHLIGHT = '#e4572e';
const EDGE_COLOUR = '#b7bfcb';

/**
 * How an edge is drawn by how coopgraph knows it, for the canvas and the legend alike: stated in the
 * report (solid), inferred from it (dashed), or from a classification outside it (dotted, in a colour
 * of its own, so that UN M49 membership never passes for something the report says).
 */
export const EDGE_STYLES = [
  { name: 'stated', text: 'edgeStated', colour: EDGE_COLOUR, line: 'solid' },
  { name: 'inferred', text: 'edgeInferred', colour: EDGE_COLOUR, line: 'dashed' },
  { name: 'external', text: 'edgeExternal', colour: '#2a9d8f', line: 'dotted' },
];
const [, INFERRED, EXTERNAL] = EDGE_STYLES;

/**
 * A node's size by its number of relationships, when the explorer sizes them: the area grows with the
 * logarithm of the count, so a hub stands out without swallowing the canvas.
 */
export const nodeSize = (count) => 16 + 8 * Math.log2(1 + Math.max(0, count));

/** Which of EDGE_STYLES an edge is drawn in, from its data (as the rules below select it). */
export const drawnAs = (data) =>
  data.origin === 'external' ? 'external' : data.inferred ? 'inferred' : 'stated';

export function stylesheet(vocabulary) {
  const kindRules = [...vocabulary.kinds.values()].map((kind) => ({
    selector: `node[kind = "${kind.name}"]`,
    style: { 'background-color': kind.colour },
  }));
  return [
    {
      selector: 'node',
      style: {
        width: 24,
        height: 24,
        'background-color': '#8a94a3',
        'border-width': 2,
        'border-color': '#ffffff',
        label: 'data(display)',
        'font-family': LABEL_FONT,
        'font-size': 12,
        color: '#1f2733',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': 120,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'text-background-padding': 1,
        'text-background-shape': 'roundrectangle',
        'min-zoomed-font-size': 6,
      },
    },
    ...kindRules,
    // Opened or expanded: its neighbours are on screen.
    {
      selector: 'node.anchor',
      style: { width: 32, height: 32, 'border-width': 3, 'border-color': '#1f2733' },
    },
    { selector: 'node.sized', style: { width: 'data(size)', height: 'data(size)' } },
    { selector: 'node[more > 0]', style: { 'border-style': 'dashed', 'border-color': '#1f2733' } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#f2b705', 'z-index': 20 } },
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'line-color': EDGE_COLOUR,
        'target-arrow-shape': 'triangle',
        'target-arrow-color': EDGE_COLOUR,
        'arrow-scale': 0.8,
        'curve-style': 'bezier',
        'font-family': LABEL_FONT,
        'font-size': 9,
        color: '#4a5361',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': 1,
        'min-zoomed-font-size': 7,
      },
    },
    { selector: 'edge[?inferred]', style: { 'line-style': INFERRED.line } },
    {
      selector: 'edge[origin = "external"]',
      style: {
        'line-style': EXTERNAL.line,
        'line-color': EXTERNAL.colour,
        'target-arrow-color': EXTERNAL.colour,
        width: 2,
      },
    },
    { selector: 'edge.labelled, edge:selected', style: { label: 'data(display)', 'z-index': 15 } },
    {
      selector: 'edge:selected',
      style: { 'line-color': '#f2b705', 'target-arrow-color': '#f2b705', width: 3 },
    },
    {
      selector: 'node.path',
      style: { 'border-width': 4, 'border-color': HIGHLIGHT, 'z-index': 30 },
    },
    {
      selector: 'edge.path',
      style: {
        width: 4,
        'line-color': HIGHLIGHT,
        'target-arrow-color': HIGHLIGHT,
        label: 'data(display)',
        color: HIGHLIGHT,
        'z-index': 30,
      },
    },
    { selector: '.faded', style: { opacity: 0.18, 'text-opacity': 0.25 } },
    { selector: 'node.trace-root', style: { shape: 'diamond', width: 38, height: 38 } },
    { selector: '.filtered', style: { display: 'none' } },
  ];
}
