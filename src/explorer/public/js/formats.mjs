// Formats of a subgraph shared by the page and the server's /export routes: Cytoscape.js elements,
// a Cytoscape JSON document and GraphML. No DOM and no Node API here, so both sides import it as is.

/**
 * Cytoscape.js elements from a GraphQL `Subgraph`. `data.kind` is the GraphQL `EntityKind` (`NETWORK`)
 * rather than the internal name the API's `data` carries, so that filters, legends and files all speak
 * the schema's vocabulary.
 */
export function toElements(subgraph) {
  return {
    nodes: subgraph.nodes.map((node) => ({
      data: { ...node.data, id: node.id, kind: node.kind, label: node.label },
    })),
    edges: subgraph.edges.map((edge) => ({
      data: {
        ...edge.data,
        id: edge.id,
        source: edge.source,
        target: edge.target,
        type: edge.type,
        sources: edge.sources,
      },
    })),
  };
}

/** A document in the form Cytoscape desktop and `cytoscape({ elements })` read (`.cyjs`). */
export function cytoscapeDocument(elements, meta = {}) {
  return {
    format_version: '1.0',
    generated_by: 'coopgraph',
    target_cytoscapejs_version: '~3.35',
    data: { name: meta.name ?? 'coopgraph', truncated: Boolean(meta.truncated) },
    elements,
  };
}

/** GraphML attributes, in file order: [key id, domain, attribute name, type, how to read it from data]. */
const NODE_KEYS = [
  ['kind', 'node', 'kind', 'string', (d) => d.kind],
  ['label', 'node', 'label', 'string', (d) => d.label],
  ['nameEn', 'node', 'nameEn', 'string', (d) => d.nameEn],
  ['nameZh', 'node', 'nameZh', 'string', (d) => d.nameZh],
  ['acronym', 'node', 'acronym', 'string', (d) => d.acronym],
  ['status', 'node', 'status', 'string', (d) => d.status],
];
const POSITION_KEYS = [
  ['x', 'node', 'x', 'double', (_d, position) => position?.x],
  ['y', 'node', 'y', 'double', (_d, position) => position?.y],
];
const EDGE_KEYS = [
  ['type', 'edge', 'type', 'string', (d) => d.type],
  ['edgeLabel', 'edge', 'label', 'string', (d) => d.label ?? d.type],
  // Paragraph keys hold no spaces, so one space separates them.
  [
    'sources',
    'edge',
    'sources',
    'string',
    (d) => (Array.isArray(d.sources) ? d.sources.join(' ') : undefined),
  ],
  ['origin', 'edge', 'origin', 'string', (d) => d.origin],
  ['inferred', 'edge', 'inferred', 'string', (d) => d.inferred],
];

// XML 1.0 forbids most control characters and unpaired surrogates even when escaped.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text safe inside an XML attribute or element. */
export function escapeXml(value) {
  return String(value)
    .replace(NOT_XML_CHAR, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function dataLines(keys, data, position, indent) {
  const lines = [];
  for (const [id, , , , read] of keys) {
    const value = read(data, position);
    if (value === undefined || value === null || value === '') continue;
    if (typeof value === 'number' && !Number.isFinite(value)) continue;
    lines.push(`${indent}<data key="${id}">${escapeXml(value)}</data>`);
  }
  return lines;
}

/**
 * GraphML of Cytoscape elements (`{ nodes: [{ data, position? }], edges: [{ data }] }`), readable by
 * Gephi, yEd and Cytoscape desktop. Positions are written when every node has one.
 */
export function toGraphml(elements, meta = {}) {
  const withPositions = elements.nodes.length > 0 && elements.nodes.every((node) => node.position);
  const keys = [...NODE_KEYS, ...(withPositions ? POSITION_KEYS : []), ...EDGE_KEYS];
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    // Node ids are entity keys, which the GraphML schema's NMTOKEN would not allow (`/`, `#`), so the
    // file names the namespace without claiming that schema; Gephi, yEd and Cytoscape read it as is.
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    '  <key id="truncated" for="graph" attr.name="truncated" attr.type="boolean"/>',
    ...keys.map(
      ([id, domain, name, type]) =>
        `  <key id="${id}" for="${domain}" attr.name="${name}" attr.type="${type}"/>`,
    ),
    `  <graph id="${escapeXml((meta.name ?? 'coopgraph').replace(/\s+/g, '-'))}" edgedefault="directed">`,
    `    <data key="truncated">${meta.truncated ? 'true' : 'false'}</data>`,
  ];
  for (const node of elements.nodes) {
    out.push(`    <node id="${escapeXml(node.data.id)}">`);
    out.push(
      ...dataLines(
        keys.filter((key) => key[1] === 'node'),
        node.data,
        node.position,
        '      ',
      ),
    );
    out.push('    </node>');
  }
  for (const edge of elements.edges) {
    const { id, source, target } = edge.data;
    out.push(`    <edge id="${escapeXml(id)}" source="${escapeXml(source)}" target="${escapeXml(target)}">`);
    out.push(...dataLines(EDGE_KEYS, edge.data, undefined, '      '));
    out.push('    </edge>');
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
