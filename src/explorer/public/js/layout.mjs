// Where new nodes go and how the view is laid out. Positions are computed, never random, so the same
// URL gives the same picture.
import { fitInRoom } from './room.mjs';

export const LAYOUTS = ['cose', 'breadthfirst', 'concentric'];

/** Those who ask their system for less motion get the graph's changes without animation. */
const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');

/**
 * Puts `added` nodes on an arc around `anchor`, facing away from the rest of the graph so that an
 * expansion opens outwards instead of on top of what is there.
 */
export function placeAround(cy, anchor, added) {
  if (added.length === 0) return;
  const centre = anchor?.nonempty() ? { ...anchor.position() } : { x: 0, y: 0 };
  const others = cy
    .nodes()
    .difference(added)
    .difference(anchor ?? cy.collection());
  let facing = 0;
  let spread = 2 * Math.PI;
  if (others.nonempty()) {
    const box = others.boundingBox({ includeLabels: false });
    const dx = centre.x - (box.x1 + box.x2) / 2;
    const dy = centre.y - (box.y1 + box.y2) / 2;
    if (Math.hypot(dx, dy) > 1) {
      facing = Math.atan2(dy, dx);
      spread = Math.min(2 * Math.PI, Math.PI * (0.6 + added.length / 12));
    }
  }
  // Room for each node and its label along the arc.
  const radius = Math.max(130, (added.length * 70) / spread);
  const step = spread >= 2 * Math.PI ? spread / added.length : spread / Math.max(added.length - 1, 1);
  const start = spread >= 2 * Math.PI ? facing : facing - spread / 2;
  added.forEach((node, index) => {
    const angle = added.length === 1 ? facing : start + index * step;
    node.position({ x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) });
  });
}

function layoutOptions(name, roots) {
  switch (name) {
    case 'breadthfirst':
      return { name, directed: false, roots, spacingFactor: 1.05, avoidOverlap: true, padding: 40 };
    case 'concentric':
      return { name, minNodeSpacing: 28, avoidOverlap: true, padding: 40 };
    default:
      return {
        name: 'cose',
        randomize: false,
        padding: 40,
        nodeOverlap: 12,
        nodeDimensionsIncludeLabels: true,
        idealEdgeLength: () => 70,
        nodeRepulsion: () => 9000,
        edgeElasticity: () => 80,
        gravity: 1.2,
        numIter: 1200,
        componentSpacing: 80,
      };
  }
}

/**
 * Runs a layout over the visible graph and resolves when it has stopped. `fixed` nodes keep their
 * place (an expansion moves only what it added); `roots` start a breadth-first layout.
 */
export function runLayout(cy, name, { fixed, roots, animate = true } = {}) {
  const eles = cy.elements(':visible');
  if (eles.empty()) return Promise.resolve();
  const locked = fixed ? fixed.filter((node) => !node.locked()) : cy.collection();
  locked.lock();
  const layout = eles.layout({
    ...layoutOptions(name, roots && roots.nonempty() ? roots : undefined),
    fit: false,
    animate: animate && !reducedMotion.matches ? 'end' : false,
    animationDuration: 280,
  });
  const stopped = layout.promiseOn('layoutstop');
  layout.run();
  return stopped.then(() => {
    locked.unlock();
  });
}

const framed = new WeakMap();

/** How many times `cy` was framed so far: whoever means to frame later can tell if someone did since. */
export function framings(cy) {
  return framed.get(cy) ?? 0;
}

/**
 * Frames `eles` (everything by default) in the part of the canvas no panel covers, never zooming in
 * further than is comfortable to read nor out so far that labels vanish.
 */
export function frame(cy, eles, { animate = true } = {}) {
  framed.set(cy, framings(cy) + 1);
  // Panels open and close beside the graph: measure the container before fitting into it.
  cy.resize();
  const target = eles && eles.nonempty() ? eles : cy.elements(':visible');
  if (target.empty()) return Promise.resolve();
  cy.stop(true, true);
  const next = fitInRoom(cy, target, { padding: 48, minZoom: 0.25, maxZoom: 1.5 });
  if (!animate || reducedMotion.matches) {
    cy.viewport(next);
    return Promise.resolve();
  }
  return cy
    .animation({ zoom: next.zoom, pan: next.pan, duration: 260, easing: 'ease-in-out-cubic' })
    .play()
    .promise();
}

/**
 * Follows the container's size (a panel opens or closes beside it). The pan stays, so nothing moves
 * under the pointer: a click that opens the details must not shift the node a double-click aims at.
 */
export function followResize(cy, container) {
  new ResizeObserver(() => cy.resize()).observe(container);
}
