import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { EDGE_STYLES } from '../../src/explorer/public/js/style.mjs';
import { DEFAULT_WALK_TYPES } from '../../src/graph/subgraph.ts';
import { M49_SOURCE } from '../../src/load/m49Relations.ts';
import { data } from '../helpers/api.ts';
import { useChromium, openPage, settle, type WatchedPage } from './browser.ts';
import { keepScreenshot } from './screenshot.ts';
import { useExplorerServer } from './server.ts';

// The questions a first user asks, answered on the canvas: which States are in Central America, how
// the European Judicial Network reaches Seychelles other than through the meeting, and which entities
// have the most relationships.

const { query, url } = useExplorerServer();
const browser = useChromium();

const CENTRAL_AMERICA = 'region:central-america';
const EJN = 'network:ejn';
const SEYCHELLES = 'state:SYC';
const MEETING = 'meeting:CTOC/COP/WG.3/2012';
const EXTERNAL = EDGE_STYLES.find((style) => style.name === 'external')!;

interface Graph {
  nodes: { id: string }[];
  edges: { id: string; source: string; target: string; origin: string }[];
}
const GRAPH = 'nodes { id } edges { id source target origin }';

async function open(pathAndQuery: string): Promise<WatchedPage> {
  return openPage(browser, url(pathAndQuery));
}

function expectClean(watched: WatchedPage) {
  expect(watched.errors).toEqual([]);
  expect([...watched.hosts]).toEqual([new URL(url('/')).host]);
}

const sorted = (values: Iterable<string>) => [...values].sort();
const ids = (graph: Graph) =>
  sorted([...graph.nodes.map((node) => node.id), ...graph.edges.map((e) => e.id)]);
const highlighted = (page: Page) =>
  page.evaluate(() =>
    window.cy
      .$('.path')
      .map((ele) => ele.id())
      .sort(),
  );

async function apiPaths(avoid: string[] = []): Promise<Graph[]> {
  const { paths } = await data(
    query<{ paths: Graph[] }>(
      `query ($avoid: [String!]) { paths(from: "${EJN}", to: "${SEYCHELLES}", first: 5, avoid: $avoid) { ${GRAPH} } }`,
      { avoid },
    ),
  );
  return paths;
}

describe('the explorer answers', () => {
  it('draws the States UN M49 places in Central America as external edges, with their source in the details', async () => {
    const watched = await open(`/explore?focus=${CENTRAL_AMERICA}`);
    const { page } = watched;
    const { entity } = await data(
      query<{ entity: { statesConnection: { edges: { node: { key: string } }[] } } }>(
        `{ entity(key: "${CENTRAL_AMERICA}") { ... on Region {
          statesConnection(first: 100, origins: [EXTERNAL]) { edges { node { key } } } } } }`,
      ),
    );
    const states = sorted(entity.statesConnection.edges.map((edge) => edge.node.key));
    expect(states.length).toBeGreaterThanOrEqual(2);

    const drawn = await page.evaluate(() =>
      window.cy.edges('[origin = "external"]').map((edge) => ({
        id: edge.id(),
        source: edge.source().id(),
        target: edge.target().id(),
        line: edge.style('line-style') as string,
        colour: edge.style('line-color') as string,
      })),
    );
    expect(sorted(drawn.map((edge) => edge.source))).toEqual(states);
    const stated = await page.evaluate(() =>
      window.cy
        .edges('[origin != "external"]')
        .map((edge) => [edge.style('line-style'), edge.style('line-color')]),
    );
    expect(stated.length).toBeGreaterThan(0);
    for (const edge of drawn) {
      expect(edge.target).toBe(CENTRAL_AMERICA);
      expect(edge.line).toBe(EXTERNAL.line);
      // A colour of its own: no edge the report states is drawn in it.
      for (const [, colour] of stated) expect(colour).not.toBe(edge.colour);
    }
    // The legend lists them, with how many are on screen.
    const legend = page.locator(`#filters [data-edge-style="external"]`);
    expect(await legend.innerText()).toContain('from outside the report');
    expect(await legend.locator('.count').innerText()).toBe(String(drawn.length));

    // Their details: the classification, its publisher, edition and package, not a paragraph.
    await page.evaluate((id) => {
      window.cy.getElementById(id).emit('tap');
    }, drawn[0]!.id);
    await settle(page);
    const panel = page.locator('#details .relation');
    await panel.waitFor();
    const text = await panel.innerText();
    for (const value of Object.values(M49_SOURCE)) expect(text).toContain(value);
    expect(await panel.locator('h4').innerText()).toMatch(/^source outside the report$/i);
    expect(text.toLowerCase()).not.toContain('stated in');
    expect(await page.locator('#details .paragraph').count()).toBe(0);
    keepScreenshot('explorer-central-america.png', await page.screenshot());
    expectClean(watched);
  });

  it('goes from the EJN to Seychelles by the ranked paths, avoids the meeting when asked, and steps to the next path', async () => {
    const watched = await open(`/explore?focus=${EJN}&path=${EJN},${SEYCHELLES}`);
    const { page } = watched;
    const ranked = await apiPaths();
    expect(ranked.length).toBeGreaterThan(2);
    expect(await highlighted(page)).toEqual(ids(ranked[0]!));

    // Next, path after path, to the first that goes through the meeting (ranked after specific ones).
    const throughMeeting = ranked.findIndex((path) => ids(path).includes(MEETING));
    expect(throughMeeting).toBeGreaterThan(0);
    for (let step = 1; step <= throughMeeting; step += 1) {
      await page.locator('#next-path').click();
      await settle(page);
      expect(await highlighted(page)).toEqual(ids(ranked[step]!));
    }
    expect(await highlighted(page)).toContain(MEETING);
    expect(await page.locator('#banner').innerText()).toMatch(
      new RegExp(`^Path ${throughMeeting + 1} of \\d+`),
    );

    // Avoid the meeting: asked again without it.
    await page.locator(`#banner button[data-avoid="${MEETING}"]`).click();
    await settle(page);
    const avoiding = await apiPaths([MEETING]);
    const first = await highlighted(page);
    expect(first).not.toContain(MEETING);
    expect(first).toEqual(ids(avoiding[0]!));
    const drawnOrder = await page.evaluate(() => window.explorer.view.path!.order);
    expect(drawnOrder[0]).toBe(EJN);
    expect(drawnOrder.at(-1)).toBe(SEYCHELLES);
    expect(new URL(page.url()).searchParams.get('avoid')).toBe(MEETING);
    expect(await page.locator('#banner').innerText()).toContain('Avoiding');

    // Next path: another one, still without the meeting.
    expect(avoiding.length).toBeGreaterThan(1);
    await page.locator('#next-path').click();
    await settle(page);
    const second = await highlighted(page);
    expect(second).not.toEqual(first);
    expect(second).toEqual(ids(avoiding[1]!));
    expect(second).not.toContain(MEETING);
    await page.locator('#previous-path').click();
    await settle(page);
    expect(await highlighted(page)).toEqual(first);
    keepScreenshot('explorer-paths.png', await page.screenshot());
    expectClean(watched);
  });

  it('sizes nodes by their number of relationships when asked, as the API counts them', async () => {
    const watched = await open(`/explore?focus=${EJN}&expand=${MEETING}`);
    const { page } = watched;
    const widths = () =>
      page.evaluate(() => Object.fromEntries(window.cy.nodes().map((node) => [node.id(), node.width()])));
    const plain = await widths();
    await page.locator('#size-toggle').check();
    await settle(page);
    const sized = await widths();
    const keys = Object.keys(sized);
    const { entities } = await data(
      query<{ entities: { nodes: { key: string; relationCount: number }[] } }>(
        `query ($keys: [String!], $types: [RelationType!]) {
          entities(where: { key: { in: $keys } }, first: 100) { nodes { key relationCount(types: $types) } } }`,
        { keys, types: DEFAULT_WALK_TYPES },
      ),
    );
    const counts = new Map(entities.nodes.map((node) => [node.key, node.relationCount]));
    expect(counts.size).toBe(keys.length);
    expect(new Set(counts.values()).size).toBeGreaterThan(2);
    // More relationships, a larger node; the same count, the same size.
    for (const a of keys) {
      for (const b of keys) {
        if (counts.get(a)! < counts.get(b)!) expect(sized[a], `${a} < ${b}`).toBeLessThan(sized[b]!);
        if (counts.get(a) === counts.get(b)) expect(sized[a], `${a} = ${b}`).toBe(sized[b]);
      }
    }
    expect(new URL(page.url()).searchParams.get('size')).toBe('relations');
    // The address restores the sizes.
    const restored = await open(new URL(page.url()).pathname + new URL(page.url()).search);
    expect(await restored.page.locator('#size-toggle').isChecked()).toBe(true);
    expect(
      await restored.page.evaluate(() =>
        Object.fromEntries(window.cy.nodes().map((node) => [node.id(), node.width()])),
      ),
    ).toEqual(sized);
    expectClean(restored);
    await page.locator('#size-toggle').uncheck();
    await settle(page);
    expect(await widths()).toEqual(plain);
    expectClean(watched);
  });
});
