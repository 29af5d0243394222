// Exports of the view as it is on screen (hidden elements left out): PNG, Cytoscape JSON, GraphML.
import { toGraphml } from './formats.mjs';

export function visibleElements(cy) {
  return {
    nodes: cy.nodes(':visible').map((node) => ({ data: node.data(), position: { ...node.position() } })),
    edges: cy.edges(':visible').map((edge) => ({ data: edge.data() })),
  };
}

export function graphml(cy) {
  return toGraphml(visibleElements(cy), { name: 'coopgraph view' });
}

/** `cy.json()` (style, zoom, pan and elements with positions), restricted to what is visible. */
export function cytoscapeJson(cy) {
  const json = cy.json();
  json.elements = { nodes: cy.nodes(':visible').jsons(), edges: cy.edges(':visible').jsons() };
  return json;
}

export function png(cy) {
  return cy.png({ full: true, scale: 2, bg: '#ffffff', output: 'blob', maxWidth: 8000, maxHeight: 8000 });
}

export function download(blob, filename) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function exportView(cy, format) {
  const stamp = new Date().toISOString().slice(0, 10);
  if (format === 'png') return download(png(cy), `coopgraph-${stamp}.png`);
  if (format === 'json') {
    const text = JSON.stringify(cytoscapeJson(cy), null, 2);
    return download(new Blob([text], { type: 'application/json' }), `coopgraph-${stamp}.cyjs`);
  }
  const text = graphml(cy);
  return download(new Blob([text], { type: 'application/graphml+xml' }), `coopgraph-${stamp}.graphml`);
}

/**
 * The HTTP export (GraphML, JSON, CSV tables) of the entities on screen with their neighbours, for scripts
 * (`maxKeys`: the server's seed limit).
 */
export function httpExportUrl(cy, format, maxKeys) {
  const keys = cy.nodes('.anchor').map((node) => node.id());
  const seeds = keys.length > 0 ? keys : cy.nodes().map((node) => node.id());
  if (seeds.length === 0) return null;
  return `/export/neighborhood.${format}?keys=${seeds.slice(0, maxKeys).map(encodeURIComponent).join(',')}`;
}
