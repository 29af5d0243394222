// The room to see: the part of the graph's canvas that no panel lies over. On narrow screens the
// details and the legend slide over the graph; framing then fits the graph into what they leave, so
// that a panel never hides a node it was opened for.

/** Below this many pixels either way, a panel is ignored: a sliver is no room to draw in. */
const SMALLEST_ROOM = 160;

const overlaysOf = new WeakMap();

/** Names the elements that may lie over `cy`'s canvas (a function, asked each time). */
export function setOverlays(cy, elements) {
  overlaysOf.set(cy, elements);
}

/**
 * The free part of the canvas in rendered coordinates (pixels from its top left corner). Each panel
 * over the canvas takes away the side it covers: the one that costs least room to give up.
 */
export function freeArea(cy) {
  const box = cy.container().getBoundingClientRect();
  const inset = { top: 0, right: 0, bottom: 0, left: 0 };
  for (const element of overlaysOf.get(cy)?.() ?? []) {
    const rect = element.getBoundingClientRect();
    const x1 = Math.max(rect.left, box.left);
    const x2 = Math.min(rect.right, box.right);
    const y1 = Math.max(rect.top, box.top);
    const y2 = Math.min(rect.bottom, box.bottom);
    if (x2 <= x1 || y2 <= y1) continue;
    const sides = [
      ['top', y2 - box.top],
      ['bottom', box.bottom - y1],
      ['left', x2 - box.left],
      ['right', box.right - x1],
    ];
    const [side, amount] = sides.reduce((best, next) => (next[1] < best[1] ? next : best));
    inset[side] = Math.max(inset[side], amount);
  }
  const area = {
    x1: inset.left,
    y1: inset.top,
    x2: box.width - inset.right,
    y2: box.height - inset.bottom,
  };
  if (area.x2 - area.x1 < SMALLEST_ROOM || area.y2 - area.y1 < SMALLEST_ROOM) {
    return { x1: 0, y1: 0, x2: box.width, y2: box.height };
  }
  return area;
}

/** Whether all of `eles` (labels included) is drawn inside the free area. */
export function inRoom(cy, eles, area = freeArea(cy)) {
  if (eles.empty()) return true;
  const box = eles.renderedBoundingBox();
  return box.x1 >= area.x1 && box.x2 <= area.x2 && box.y1 >= area.y1 && box.y2 <= area.y2;
}

/** The visible nodes that are drawn wholly inside the free area. */
export function nodesInRoom(cy) {
  const area = freeArea(cy);
  return cy.nodes(':visible').filter((node) => inRoom(cy, node, area));
}

/**
 * The zoom and pan that fit `eles` into the free area with `padding` pixels around them, the zoom kept
 * within [minZoom, maxZoom] (around the centre of the free area).
 */
export function fitInRoom(cy, eles, { padding, minZoom, maxZoom }) {
  const area = freeArea(cy);
  const box = eles.boundingBox();
  const width = Math.max(area.x2 - area.x1 - 2 * padding, 1);
  const height = Math.max(area.y2 - area.y1 - 2 * padding, 1);
  const fitting = Math.min(width / Math.max(box.w, 1), height / Math.max(box.h, 1));
  const zoom = Math.min(Math.max(fitting, minZoom, cy.minZoom()), maxZoom, cy.maxZoom());
  return {
    zoom,
    pan: {
      x: (area.x1 + area.x2) / 2 - (zoom * (box.x1 + box.x2)) / 2,
      y: (area.y1 + area.y2) / 2 - (zoom * (box.y1 + box.y2)) / 2,
    },
  };
}
