// The Cytoscape stylesheet: one colour per entity kind, readable labels, and the highlight classes.

/** The page's own font, as for the rest of the page (see explorer.css). */
export const LABEL_FONT = '"Noto Sans SC Variable", system-ui, sans-serif';
const HIGHLIGHT = '#e4572e';

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
    { selector: 'node[more > 0]', style: { 'border-style': 'dashed', 'border-color': '#1f2733' } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#f2b705', 'z-index': 20 } },
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'line-color': '#b7bfcb',
        'target-arrow-shape': 'triangle',
        'target-arrow-color': '#b7bfcb',
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
    { selector: 'edge.labelled, edge:selected', style: { label: 'data(display)', 'z-index': 15 } },
    {
      selector: 'edge:selected',
      style: { 'line-color': '#f2b705', 'target-arrow-color': '#f2b705', width: 3 },
    },
    { selector: 'edge[?inferred]', style: { 'line-style': 'dashed' } },
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
