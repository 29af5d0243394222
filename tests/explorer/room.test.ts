import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useChromium, nodePoint, openPage, settle } from './browser.ts';
import { useExplorerServer } from './server.ts';

const { url } = useExplorerServer();
const browser = useChromium();

const EJN = 'network:ejn';
const REFCO = 'network:refco';
const RESOLUTION = 'resolution:cop-untoc-5/7';
/** Below 1100 px the details slide over the graph, below 800 px the legend does too. */
const NARROW = { width: 1000, height: 800 };
const NARROWEST = { width: 760, height: 800 };

/** What may lie over the graph: banners, help line, panels, the empty state. */
const OVERLAYS = ['#banner', '#hint', '#details', '#filters', '#empty'];

interface Room {
  nodes: number;
  /** The overlays on screen, and whether each lies over the canvas. */
  overlays: { selector: string; overCanvas: boolean }[];
  /** Nodes drawn (labels included) under an overlay, or framed nodes the canvas's edge cuts. */
  covered: string[];
}

/**
 * Where every visible node is drawn, against the canvas and every overlay on screen. The nodes that
 * `framed` selects (all visible ones by default) must be wholly on the canvas; any node's part on the
 * canvas must be clear of every overlay.
 */
function room(page: Page, framed = ':visible'): Promise<Room> {
  return page.evaluate(
    ([selectors, framedSelector]) => {
      interface Box {
        left: number;
        right: number;
        top: number;
        bottom: number;
      }
      const cy = window.cy;
      const canvas = cy.container()!.getBoundingClientRect();
      const overlap = (a: Box, b: Box) =>
        a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      const clip = (a: Box, b: Box): Box => ({
        left: Math.max(a.left, b.left),
        right: Math.min(a.right, b.right),
        top: Math.max(a.top, b.top),
        bottom: Math.min(a.bottom, b.bottom),
      });
      const overlays = selectors
        .map((selector) => ({ selector, rect: document.querySelector(selector)!.getBoundingClientRect() }))
        .filter(({ rect }) => rect.width > 0 && rect.height > 0);
      const mustFit = new Set(cy.$(framedSelector).map((ele) => ele.id()));
      const covered: string[] = [];
      for (const node of cy.nodes(':visible')) {
        const box = node.renderedBoundingBox({});
        const drawn: Box = {
          left: canvas.left + box.x1,
          right: canvas.left + box.x2,
          top: canvas.top + box.y1,
          bottom: canvas.top + box.y2,
        };
        const inside =
          drawn.left >= canvas.left - 0.5 &&
          drawn.right <= canvas.right + 0.5 &&
          drawn.top >= canvas.top - 0.5 &&
          drawn.bottom <= canvas.bottom + 0.5;
        if (mustFit.has(node.id()) && !inside) covered.push(`${node.id()} cut by the canvas's edge`);
        if (!overlap(drawn, canvas)) continue;
        const onCanvas = clip(drawn, canvas);
        for (const { selector, rect } of overlays) {
          if (overlap(onCanvas, rect)) covered.push(`${node.id()} under ${selector}`);
        }
      }
      return {
        nodes: cy.nodes(':visible').length,
        overlays: overlays.map(({ selector, rect }) => ({ selector, overCanvas: overlap(rect, canvas) })),
        covered,
      };
    },
    [OVERLAYS, framed] as const,
  );
}

const shown = (state: Room) => state.overlays.map((overlay) => overlay.selector);

describe('room to see: banners and panels never lie over a drawn node', () => {
  it('keeps the trace banner off the graph, from the address and from the menu', async () => {
    const fromUrl = await openPage(browser, url(`/explore?trace=${RESOLUTION}&sel=${RESOLUTION}`));
    let state = await room(fromUrl.page);
    expect(state.nodes).toBeGreaterThan(10);
    expect(shown(state)).toEqual(expect.arrayContaining(['#banner', '#details']));
    expect(state.covered).toEqual([]);

    const fromMenu = await openPage(browser, url('/explore'), { viewport: NARROW });
    await fromMenu.page.locator('#trace-select').selectOption(RESOLUTION);
    await settle(fromMenu.page);
    state = await room(fromMenu.page);
    expect(shown(state)).toEqual(expect.arrayContaining(['#banner', '#details']));
    // At this width the details lie over the graph: the nodes are framed beside them.
    expect(state.overlays.find((overlay) => overlay.selector === '#details')?.overCanvas).toBe(true);
    expect(state.covered).toEqual([]);
    expect(fromUrl.errors).toEqual([]);
    expect(fromMenu.errors).toEqual([]);
  });

  it('keeps the path banner off the graph', async () => {
    const { page, errors } = await openPage(
      browser,
      url(`/explore?focus=${EJN}&expand=${REFCO}&path=${EJN},${REFCO}`),
    );
    // The view frames the path; the rest of the graph is around it, faded, and may go past the edges.
    const state = await room(page, '.path');
    expect(await page.evaluate(() => window.cy.nodes('.path').length)).toBeGreaterThan(2);
    expect(shown(state)).toContain('#banner');
    expect(state.covered).toEqual([]);
    // Switching language rewrites the banner, and it may wrap differently: still nothing under it.
    await page.locator('.lang button[data-lang="zh"]').click();
    await settle(page);
    expect((await room(page, '.path')).covered).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('frames the graph beside the details when they slide over it', async () => {
    const restored = await openPage(browser, url(`/explore?focus=${EJN}&sel=${EJN}`), { viewport: NARROW });
    let state = await room(restored.page);
    expect(state.overlays.find((overlay) => overlay.selector === '#details')?.overCanvas).toBe(true);
    expect(state.covered).toEqual([]);

    // A click on a node where the panel is about to open: the graph makes room once it is open.
    const { page, errors } = await openPage(browser, url(`/explore?focus=${EJN}`), { viewport: NARROW });
    expect(await page.locator('#details').isVisible()).toBe(false);
    const right = await page.evaluate(() => {
      const cy = window.cy;
      const nodes = cy.nodes(':visible').sort((a, b) => b.renderedPosition().x - a.renderedPosition().x);
      return nodes[0]!.id();
    });
    const at = await nodePoint(page, right);
    expect(at.x).toBeGreaterThan(NARROW.width - 400);
    await page.mouse.click(at.x, at.y);
    await settle(page);
    state = await room(page);
    expect(await page.locator('#details').isVisible()).toBe(true);
    expect(state.overlays.find((overlay) => overlay.selector === '#details')?.overCanvas).toBe(true);
    expect(state.covered).toEqual([]);
    expect(restored.errors).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('frames the graph beside the legend when it slides over it', async () => {
    const { page, errors } = await openPage(browser, url(`/explore?focus=${EJN}`), { viewport: NARROWEST });
    await page.locator('#filters-toggle').click();
    await settle(page);
    const state = await room(page);
    expect(state.overlays.find((overlay) => overlay.selector === '#filters')?.overCanvas).toBe(true);
    expect(state.covered).toEqual([]);
    expect(errors).toEqual([]);
  });
});
