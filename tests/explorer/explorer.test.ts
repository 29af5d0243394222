import { readFileSync } from 'node:fs';
import { get } from 'node:http';
import path from 'node:path';
import cytoscape from 'cytoscape';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/neo4j/local/paths.ts';
import { t } from '../../src/explorer/public/js/strings.mjs';
import { data } from '../helpers/api.ts';
import { useChromium, nodePoint, openPage, settle, type WatchedPage } from './browser.ts';
import { pixelVariety } from './png.ts';
import { keepScreenshot } from './screenshot.ts';
import { useExplorerServer } from './server.ts';
import { descendants, parseXml } from './xml.ts';

const { query, url } = useExplorerServer();
const browser = useChromium();

const EJN = 'network:ejn';
const REFCO = 'network:refco';
const MEETING = 'meeting:CTOC/COP/WG.3/2012';
const LIMIT = 25;
/** The explorer's own Chinese font (src/explorer/static.ts). */
const FONT_FAMILY = 'Noto Sans SC Variable';

interface Subgraph {
  truncated: boolean;
  nodes: { id: string; kind: string }[];
  edges: { id: string; type: string }[];
}

const SUBGRAPH = 'truncated nodes { id kind } edges { id type }';

async function open(pathAndQuery: string): Promise<WatchedPage> {
  return openPage(browser, url(pathAndQuery));
}

/** Fails on any console error or uncaught exception the page had, and on any request off this server. */
function expectClean(watched: WatchedPage) {
  expect(watched.errors).toEqual([]);
  expect([...watched.hosts]).toEqual([new URL(url('/')).host]);
}

const onScreen = (page: Page) =>
  page.evaluate(() =>
    window.cy
      .nodes()
      .map((node) => node.id())
      .sort(),
  );
const edgesOnScreen = (page: Page) =>
  page.evaluate(() =>
    window.cy
      .edges()
      .map((edge) => edge.id())
      .sort(),
  );
const sorted = (values: Iterable<string>) => [...values].sort();

async function neighborhood(keys: string[], exclude: string[], limit = LIMIT): Promise<Subgraph> {
  const result = await data(
    query<{ neighborhood: Subgraph }>(
      `query ($keys: [String!]!, $exclude: [String!], $limit: Int) {
        neighborhood(keys: $keys, limit: $limit, exclude: $exclude) { ${SUBGRAPH} } }`,
      { keys, exclude, limit },
    ),
  );
  return result.neighborhood;
}

function rawStatus(address: string): Promise<number> {
  const { hostname, port, pathname } = new URL(address);
  return new Promise((resolve, reject) => {
    get({ hostname, port, path: pathname }, (response) => {
      response.resume();
      resolve(response.statusCode!);
    }).on('error', reject);
  });
}

async function doubleClick(page: Page, key: string) {
  const opens = (id: string) =>
    window.explorer.view.ops.filter((op) => op.op === 'open' && op.key === id).length;
  const before = await page.evaluate(opens, key);
  // Cytoscape reports the double tap from its own event handling, which a busy machine may run after
  // this script's next step: wait until the expansion is recorded, then until the view is idle. A node
  // still moving when the pointer arrives is missed: then it is found again and double-clicked again.
  for (let attempt = 1; ; attempt += 1) {
    const at = await nodePoint(page, key);
    await page.mouse.dblclick(at.x, at.y);
    try {
      await page.waitForFunction(
        ([id, count]) =>
          window.explorer.view.ops.filter((op) => op.op === 'open' && op.key === id).length > count,
        [key, before] as const,
        { timeout: 7_000 },
      );
      break;
    } catch (error) {
      if (attempt === 3) throw error;
      await settle(page);
    }
  }
  await settle(page);
}

describe('the explorer page', () => {
  it('is served at /explore with its modules and Cytoscape, and / leads there', async () => {
    const root = await fetch(url('/?focus=network:ejn'), { redirect: 'manual' });
    expect(root.status).toBe(302);
    expect(root.headers.get('location')).toBe('/explore?focus=network:ejn');
    const page = await fetch(url('/explore'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await page.text();
    expect(html).not.toMatch(/https?:\/\//);
    const cytoscapeFile = await fetch(url('/explore/vendor/cytoscape.esm.min.mjs'));
    expect(cytoscapeFile.status).toBe(200);
    expect(cytoscapeFile.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await cytoscapeFile.text()).toBe(
      readFileSync(path.join(PROJECT_ROOT, 'node_modules/cytoscape/dist/cytoscape.esm.min.mjs'), 'utf8'),
    );
    // The Chinese font from node_modules: its stylesheet and the slices it names, nothing else of the package.
    const fontCss = await fetch(url('/explore/fonts/noto-sans-sc/index.css'));
    expect(fontCss.status).toBe(200);
    expect(fontCss.headers.get('content-type')).toMatch(/^text\/css/);
    const slice = (await fontCss.text()).match(/url\(\.\/(files\/[^)]+\.woff2)\)/)?.[1];
    expect(slice).toBeDefined();
    const sliceFile = await fetch(url(`/explore/fonts/noto-sans-sc/${slice}`));
    expect(sliceFile.status).toBe(200);
    expect(sliceFile.headers.get('content-type')).toBe('font/woff2');
    expect(
      Buffer.from(await sliceFile.arrayBuffer())
        .subarray(0, 4)
        .toString('latin1'),
    ).toBe('wOF2');
    for (const denied of [
      '/explore/fonts/noto-sans-sc/package.json',
      '/explore/fonts/noto-sans-sc/LICENSE',
    ]) {
      expect((await fetch(url(denied))).status, denied).toBe(404);
    }
    const module = await fetch(url('/explore/js/main.mjs'), { headers: { 'accept-encoding': 'gzip' } });
    expect(module.status).toBe(200);
    const again = await fetch(url('/explore/js/main.mjs'), {
      headers: { 'if-none-match': module.headers.get('etag')! },
    });
    expect(again.status).toBe(304);
    // Raw paths: a client would normalise `..` away before sending.
    for (const denied of [
      '/explore/..%2fpackage.json',
      '/explore/js/..%2f..%2fstatic.ts',
      '/explore/js/formats.d.mts',
    ]) {
      expect(await rawStatus(url(denied)), denied).toBe(404);
    }
    expect((await fetch(url('/explore'), { method: 'POST' })).status).toBe(405);
    // The kinds and relation types for servers without introspection: the schema's own enums.
    const vocabulary = await (await fetch(url('/explore/vocabulary.json'))).json();
    expect(vocabulary).toEqual(
      await data(
        query(`{ kinds: __type(name: "EntityKind") { enumValues { name description } }
                 relationTypes: __type(name: "RelationType") { enumValues { name description } } }`),
      ),
    );
    // The GraphQL app still answers everything else.
    expect((await fetch(url('/health'))).status).toBe(200);
  });

  it('loads without errors, suggests search hits in English and Chinese, and opens a hit with its neighbours', async () => {
    const watched = await open('/explore');
    const { page } = watched;
    expect(await onScreen(page)).toEqual([]);
    await expect.poll(() => page.locator('#empty').isVisible()).toBe(true);

    await page.keyboard.press('/');
    await page.keyboard.type('欧洲司法网');
    await page.waitForSelector(`#suggestions[data-for="欧洲司法网"] li[data-key="${EJN}"]`);
    await page.locator('#search').fill('');
    await page.keyboard.type('EJN');
    await page.waitForSelector(`#suggestions[data-for="EJN"] li[data-key="${EJN}"]`);
    expect(await page.locator('#suggestions li').first().getAttribute('data-key')).toBe(EJN);
    await page.keyboard.press('Enter');
    await settle(page);

    const api = await neighborhood([EJN], []);
    expect(await onScreen(page)).toEqual(sorted(api.nodes.map((node) => node.id)));
    expect(await edgesOnScreen(page)).toEqual(sorted(api.edges.map((edge) => edge.id)));
    const hit = await page.evaluate((key) => {
      const node = window.cy.getElementById(key);
      const at = node.renderedPosition();
      return { selected: node.selected(), x: at.x / window.cy.width(), y: at.y / window.cy.height() };
    }, EJN);
    expect(hit.selected).toBe(true);
    expect(hit.x).toBeGreaterThan(0.1);
    expect(hit.x).toBeLessThan(0.9);
    expect(hit.y).toBeGreaterThan(0.1);
    expect(hit.y).toBeLessThan(0.9);
    expect(new URL(page.url()).searchParams.get('focus')).toBe(EJN);
    expectClean(watched);
  });

  it('shows names, kind, key, properties and the paragraphs behind an entity on click', async () => {
    const watched = await open(`/explore?focus=${EJN}`);
    const { page } = watched;
    const at = await nodePoint(page, EJN);
    await page.mouse.click(at.x, at.y);
    await settle(page);
    const panel = page.locator('#details');
    await expect.poll(() => panel.isVisible()).toBe(true);
    const text = await panel.innerText();
    const { entity } = await data(
      query<{
        entity: {
          names: { en: string; zh: string };
          mentionedIn: { number: number; text: string }[];
          relations: { type: string; direction: string; other: { names: { en: string } } }[];
        };
      }>(
        `{ entity(key: "${EJN}") { names { en zh } mentionedIn { number text }
           relations { type direction other { names { en } } } } }`,
      ),
    );
    expect(text).toContain(entity.names.en);
    expect(text).toContain(entity.names.zh);
    expect(text).toContain(EJN);
    expect(text).toContain('Network · 网络');
    expect(text).toMatch(/acronym\s+EJN/);
    for (const relation of entity.relations.filter((rel) => rel.type !== 'MENTIONS')) {
      expect(text).toContain(relation.other.names.en);
    }
    // The paragraphs in the report's words, each with the unofficial English rendering, labelled.
    const quoted = await panel.locator('.paragraph blockquote').allTextContents();
    for (const paragraph of entity.mentionedIn) expect(quoted).toContain(paragraph.text);
    expect(await panel.locator('.paragraph .rendering .tag').first().textContent()).toBe(
      'Unofficial English rendering',
    );
    expectClean(watched);
  });

  it('marks a relationship’s quote in the paragraph that states it, where the API’s span places it', async () => {
    const ROSA = 'person:rosa-ana-moran-martinez';
    const edgeId = `${ROSA}|PRESENTED|${EJN}`;
    // The data file's quote for the relation, and where the API says it stands.
    const QUOTE =
      'Rosa Ana Morán Martinez，她介绍了欧洲司法网、伊比利亚美洲国际司法合作网和伊比利亚美洲检察院协会的活动';
    const { entity } = await data(
      query<{
        entity: {
          relations: {
            other: { key: string };
            quote: string;
            spans: { start: number; end: number; paragraph: { key: string; text: string } | null }[];
          }[];
        };
      }>(
        `query($key: String!) { entity(key: $key) { relations(direction: OUT, types: [PRESENTED]) {
           other { key } quote spans { start end paragraph { key text(lang: ZH) } } } } }`,
        { key: ROSA },
      ),
    );
    const relation = entity.relations.find((rel) => rel.other.key === EJN)!;
    expect(relation.quote).toBe(QUOTE);
    const [span] = relation.spans;
    expect(relation.spans).toHaveLength(1);
    expect(span!.paragraph!.key).toBe('paragraph:CTOC/COP/WG.3/2012/5#14');
    expect(span!.paragraph!.text.slice(span!.start, span!.end)).toBe(QUOTE);

    const watched = await open(`/explore?focus=${EJN}`);
    const { page } = watched;
    // The edge is selected with the mouse, at the middle of its line.
    const at = await page.evaluate((id) => {
      const edge = window.cy.getElementById(id);
      if (edge.empty()) throw new Error(`${id} is not on screen`);
      const middle = edge.renderedMidpoint();
      const box = window.cy.container()!.getBoundingClientRect();
      return { x: box.left + middle.x, y: box.top + middle.y };
    }, edgeId);
    await page.mouse.click(at.x, at.y);
    await settle(page);
    const details = page.locator(`#details .relation[data-id="${edgeId}"]`);
    await details.waitFor();
    const block = details.locator(`.paragraph blockquote[cite="${span!.paragraph!.key}"]`);
    expect(await block.locator('mark.quote').allTextContents()).toEqual([QUOTE]);
    // The mark is inside the paragraph's text, which stays the whole text, at the span's place.
    expect(await block.textContent()).toBe(span!.paragraph!.text);
    const before = await block.evaluate((quote) => {
      const mark = quote.querySelector('mark.quote')!;
      const range = document.createRange();
      range.setStart(quote, 0);
      range.setEndBefore(mark);
      return range.toString().length;
    });
    expect(before).toBe(span!.start);
    expect(await block.locator('mark.quote').getAttribute('title')).toBe(t('en', 'quoteMark'));
    expect(await block.locator('mark.quote').isVisible()).toBe(true);

    // The entity's own details mark the same words under the relation.
    const node = await nodePoint(page, EJN);
    await page.mouse.click(node.x, node.y);
    await settle(page);
    await page.locator('#details .entity').waitFor();
    const marked = await page
      .locator('#details li', { has: page.locator(`button[title*="${ROSA}"]`) })
      .locator('mark.quote')
      .allTextContents();
    expect(marked).toContain(QUOTE);
    expectClean(watched);
  });

  it('gives a quote that stands in a heading as it is, beside the paragraphs under the heading', async () => {
    const SECTION = 'section:CTOC/COP/WG.3/2012/5#3.A';
    const TOPIC = 'topic:synergies';
    const edgeId = `${SECTION}|CONCERNS|${TOPIC}`;
    const { entity } = await data(
      query<{
        entity: {
          relations: {
            other: { key: string };
            quote: string;
            sources: { key: string }[];
            spans: {
              start: number;
              end: number;
              paragraph: { key: string } | null;
              section: { key: string; heading: string } | null;
            }[];
          }[];
        };
      }>(
        `query($key: String!) { entity(key: $key) { relations(direction: OUT, types: [CONCERNS]) {
           other { key } quote sources { key }
           spans { start end paragraph { key } section { key heading(lang: ZH) } } } } }`,
        { key: SECTION },
      ),
    );
    const relation = entity.relations.find((rel) => rel.other.key === TOPIC)!;
    expect(relation.quote).toBe('可能产生的协同作用');
    expect(relation.spans.map((span) => span.section?.key)).toEqual([SECTION]);
    const [span] = relation.spans;
    expect(span!.section!.heading.slice(span!.start, span!.end)).toBe(relation.quote);
    expect(relation.sources.length).toBeGreaterThan(0);

    const watched = await open(`/explore?focus=${TOPIC}`);
    const { page } = watched;
    await page.evaluate((id) => {
      const edge = window.cy.getElementById(id);
      if (edge.empty()) throw new Error(`${id} is not on screen`);
      edge.emit('tap');
    }, edgeId);
    await settle(page);
    const details = page.locator(`#details .relation[data-id="${edgeId}"]`);
    await details.waitFor();
    expect(await details.locator('.heading-quote').textContent()).toBe(
      t('en', 'quoteInHeading', { quote: relation.quote }),
    );
    expect(await details.locator('.heading-quote mark.quote').textContent()).toBe(relation.quote);
    // The paragraphs under the heading are shown whole, with nothing marked in them.
    expect(await details.locator('.paragraph blockquote').count()).toBe(relation.sources.length);
    expect(await details.locator('.paragraph mark').count()).toBe(0);
    expectClean(watched);
  });

  it('expands on double-click with the API’s neighbours, capped with “+N more”, and collapses again', async () => {
    const watched = await open(`/explore?focus=${EJN}`);
    const { page } = watched;
    const before = await onScreen(page);

    const asked: { keys: string[]; exclude: string[] }[] = [];
    page.on('request', (request) => {
      const body = request.postDataJSON() as {
        query?: string;
        variables?: { keys: string[]; exclude: string[] };
      };
      if (body?.query?.includes('ExplorerNeighborhood')) asked.push(body.variables!);
    });
    await doubleClick(page, MEETING);
    const after = await onScreen(page);
    expect(after.length).toBeGreaterThan(before.length);
    const api = await neighborhood([MEETING], before);
    expect(sorted(after.filter((key) => !before.includes(key)))).toEqual(
      sorted(api.nodes.map((node) => node.id).filter((key) => !before.includes(key))),
    );
    expect(asked.map((vars) => sorted(vars.exclude))).toEqual([before]);

    // The meeting has more neighbours than one expansion brings: the label says how many are left.
    expect(api.truncated).toBe(true);
    const all = await neighborhood([MEETING], [], 500);
    const left = all.nodes.filter((node) => node.id !== MEETING && !after.includes(node.id)).length;
    const label = await page.evaluate(
      (key) => window.cy.getElementById(key).data('display') as string,
      MEETING,
    );
    expect(label).toContain(`+${left} more`);

    // Again: the next neighbours, never what is already on screen.
    await doubleClick(page, MEETING);
    const next = await onScreen(page);
    expect(asked.map((vars) => sorted(vars.exclude))).toEqual([before, after]);
    expect(next.length).toBeGreaterThan(after.length);
    const second = await neighborhood([MEETING], after);
    expect(sorted(next.filter((key) => !after.includes(key)))).toEqual(
      sorted(second.nodes.map((node) => node.id).filter((key) => !after.includes(key))),
    );

    // Right-click collapses: what the expansions brought goes, what was there stays.
    const at = await nodePoint(page, MEETING);
    await page.mouse.click(at.x, at.y, { button: 'right' });
    await settle(page);
    expect(await onScreen(page)).toEqual(before);
    expect(new URL(page.url()).searchParams.get('expand')).toBeNull();
    expectClean(watched);
  });

  it('filters kinds and relationship types, with a legend in the colours of the graph', async () => {
    const watched = await open(`/explore?focus=${EJN}&expand=${MEETING}`);
    const { page } = watched;
    const { kinds } = await data(
      query<{ kinds: { enumValues: { name: string }[] } }>(
        `{ kinds: __type(name: "EntityKind") { enumValues { name } } }`,
      ),
    );
    const legend = await page
      .locator('#filters .kinds input')
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    expect(legend).toEqual(kinds.enumValues.map((value) => value.name));

    // Each kind's swatch has the colour its nodes are drawn in.
    const colours = await page.evaluate(() =>
      window.cy.nodes().map((node) => {
        const swatch = document.querySelector(`#filters input[value="${node.data('kind')}"] ~ .swatch`)!;
        return [getComputedStyle(swatch).backgroundColor.replace(/\s/g, ''), node.style('background-color')];
      }),
    );
    for (const [swatch, drawn] of colours) expect(swatch).toBe(drawn!.replace(/\s/g, ''));

    await page.locator('#filters input[value="DOCUMENT"]').uncheck();
    await page.locator('#filters input[value="SPOKE_AT"]').uncheck();
    await settle(page);
    const state = await page.evaluate(() => ({
      documents: window.cy.nodes('[kind = "DOCUMENT"]').map((node) => node.visible()),
      others: window.cy.nodes('[kind != "DOCUMENT"]').map((node) => node.visible()),
      spoke: window.cy.edges('[type = "SPOKE_AT"]').map((edge) => edge.visible()),
      otherEdges: window.cy
        .edges('[type != "SPOKE_AT"]')
        .filter(
          (edge) => edge.source().data('kind') !== 'DOCUMENT' && edge.target().data('kind') !== 'DOCUMENT',
        )
        .map((edge) => edge.visible()),
    }));
    expect(state.documents.length).toBeGreaterThan(0);
    expect(state.documents.every((visible) => !visible)).toBe(true);
    expect(state.others.every((visible) => visible)).toBe(true);
    expect(state.spoke.length).toBeGreaterThan(0);
    expect(state.spoke.every((visible) => !visible)).toBe(true);
    expect(state.otherEdges.every((visible) => visible)).toBe(true);
    expect(new URL(page.url()).searchParams.get('hide')).toBe('DOCUMENT,MENTIONS,SPOKE_AT');

    await page.locator('#filters input[value="DOCUMENT"]').check();
    await settle(page);
    expect(await page.evaluate(() => window.cy.nodes(':hidden').length)).toBe(0);
    expectClean(watched);
  });

  it('highlights the shortest path between two selected entities, the first the API ranks', async () => {
    const watched = await open(`/explore?focus=${EJN}&expand=${REFCO}`);
    const { page } = watched;
    const a = await nodePoint(page, EJN);
    await page.mouse.click(a.x, a.y);
    const b = await nodePoint(page, REFCO);
    await page.keyboard.down('Shift');
    await page.mouse.click(b.x, b.y);
    await page.keyboard.up('Shift');
    await expect.poll(() => page.locator('#path-button').isEnabled()).toBe(true);
    await page.locator('#path-button').click();
    await settle(page);

    const [from, to] = new URL(page.url()).searchParams.get('path')!.split(',');
    expect(sorted([from!, to!])).toEqual(sorted([EJN, REFCO]));
    const { paths, shortestPath } = await data(
      query<{ paths: Subgraph[]; shortestPath: Subgraph }>(
        `{ paths(from: "${from}", to: "${to}", first: 5) { ${SUBGRAPH} }
           shortestPath(from: "${from}", to: "${to}") { ${SUBGRAPH} } }`,
      ),
    );
    const [first] = paths;
    expect(first!.edges.length).toBeGreaterThan(1);
    expect(first!.edges.length).toBe(shortestPath.edges.length);
    const highlighted = await page.evaluate(() => window.cy.$('.path').map((ele) => ele.id()));
    expect(sorted(highlighted)).toEqual(
      sorted([...first!.nodes.map((node) => node.id), ...first!.edges.map((edge) => edge.id)]),
    );
    expect(await page.locator('#banner').innerText()).toContain(
      `Path 1 of ${paths.length} (${first!.edges.length} steps)`,
    );
    expectClean(watched);
  });

  it('traces a resolution to its recommendations and the articles they cite', async () => {
    const watched = await open('/explore');
    const { page } = watched;
    const resolution = 'resolution:cop-untoc-5/7';
    await page.locator('#trace-select').selectOption(resolution);
    await settle(page);
    const { trace } = await data(
      query<{ trace: Subgraph }>(`{ trace(from: "${resolution}") { ${SUBGRAPH} } }`),
    );
    expect(await onScreen(page)).toEqual(sorted(trace.nodes.map((node) => node.id)));
    expect(await edgesOnScreen(page)).toEqual(sorted(trace.edges.map((edge) => edge.id)));
    const kinds = new Set(trace.nodes.map((node) => node.kind));
    expect(kinds.has('RECOMMENDATION') && kinds.has('ARTICLE')).toBe(true);
    expect(
      await page.evaluate((key) => window.cy.getElementById(key).hasClass('trace-root'), resolution),
    ).toBe(true);
    expect(new URL(page.url()).searchParams.get('trace')).toBe(resolution);
    expect(await page.locator('#banner').innerText()).toContain('Trace');
    expectClean(watched);
  });

  it('keeps the view in the URL and restores it, labels in Chinese included', async () => {
    const first = await open(`/explore?focus=${EJN}`);
    await doubleClick(first.page, 'region:europe');
    await first.page.locator('#filters input[value="PERSON"]').uncheck();
    await first.page.locator('.lang button[data-lang="zh"]').click();
    const at = await nodePoint(first.page, 'region:europe');
    await first.page.mouse.click(at.x, at.y);
    await settle(first.page);
    const labels = await first.page.evaluate(() =>
      window.cy.nodes().map((node) => [node.data('label'), node.data('nameZh')]),
    );
    for (const [label, zh] of labels) expect(label).toBe(zh);
    const shared = first.page.url();
    const params = new URL(shared).searchParams;
    expect(params.get('focus')).toBe(EJN);
    expect(params.get('expand')).toBe('region:europe');
    expect(params.get('lang')).toBe('zh');
    expect(params.get('sel')).toBe('region:europe');

    const second = await open(new URL(shared).pathname + new URL(shared).search);
    // What one sees: a kind hidden before an expansion is not fetched at all, one hidden after is
    // fetched and hidden, so the two pages may differ only in what neither shows.
    const view = (page: Page) =>
      page.evaluate(() => ({
        nodes: window.cy
          .nodes(':visible')
          .map((node) => node.id())
          .sort(),
        edges: window.cy
          .edges(':visible')
          .map((edge) => edge.id())
          .sort(),
        labels: window.cy
          .nodes(':visible')
          .map((node) => node.data('display') as string)
          .sort(),
        selected: window.cy.$(':selected').map((ele) => ele.id()),
        hiddenKinds: [...window.explorer.view.hiddenKinds].sort(),
      }));
    const restored = await view(second.page);
    expect(restored).toEqual(await view(first.page));
    expect(restored.selected).toEqual(['region:europe']);
    expect(await second.page.locator('#details').innerText()).toContain('欧洲');
    expectClean(first);
    expectClean(second);
  });

  it('draws Chinese in its own font, whatever fonts the system has, and no character as a box', async () => {
    const watched = await open(`/explore?focus=${EJN}&expand=${MEETING}&lang=zh&sel=${EJN}`);
    const { page } = watched;
    const labels = await page.evaluate(() =>
      window.cy
        .nodes()
        .map((node) => node.data('display') as string)
        .join(''),
    );
    const characters = [...new Set(labels.match(/\p{Script=Han}/gu) ?? [])];
    expect(characters.length).toBeGreaterThan(20);
    const font = await page.evaluate(() => window.cy.nodes().first().style('font-family') as string);
    expect(font).toContain(FONT_FAMILY);

    // The font's slices for every character of the labels are loaded, as the canvas needs before it draws.
    const state = await page.evaluate(
      ([family, font, text]) => ({
        loaded: [...document.fonts].filter((face) => face.family === family && face.status === 'loaded')
          .length,
        ready: document.fonts.check(`12px ${font}`, text),
      }),
      [FONT_FAMILY, font, labels] as const,
    );
    expect(state.loaded).toBeGreaterThan(0);
    expect(state.ready).toBe(true);

    // Drawn as Cytoscape draws them (canvas text in the labels' font): each character has a picture of its
    // own (a missing glyph is the same box for every character), and it is the web font's picture.
    const glyphs = await page.evaluate(
      ([family, font, chars]) => {
        const canvas = document.createElement('canvas');
        canvas.width = 48;
        canvas.height = 48;
        const context = canvas.getContext('2d', { willReadFrequently: true })!;
        const picture = (fontFamily: string, char: string) => {
          context.clearRect(0, 0, 48, 48);
          context.font = `40px ${fontFamily}`;
          context.fillText(char, 2, 40);
          return Array.from(context.getImageData(0, 0, 48, 48).data.filter((_, i) => i % 4 === 3)).join(',');
        };
        return chars.map((char) => ({
          char,
          picture: picture(font, char),
          own: picture(font, char) === picture(`"${family}"`, char),
        }));
      },
      [FONT_FAMILY, font, characters] as const,
    );
    expect(glyphs.filter((glyph) => !glyph.own).map((glyph) => glyph.char)).toEqual([]);
    expect(new Set(glyphs.map((glyph) => glyph.picture)).size).toBe(characters.length);

    // Text on the page: the fonts Chromium used for the Chinese name in the details panel and for the
    // page's own Chinese texts (a disabled button, a menu with a symbol after its name).
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    for (const selector of ['#details h3.name[lang="zh-Hans"]', '#path-button', '#export-menu summary']) {
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
      expect(nodeId, selector).toBeGreaterThan(0);
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      // A web font (custom), and this one: Chromium names it by the font file's own name.
      expect(fonts.length, selector).toBeGreaterThan(0);
      for (const used of fonts) {
        expect(used, selector).toMatchObject({ isCustomFont: true, familyName: /^Noto Sans SC/ });
      }
    }
    await cdp.detach();
    expectClean(watched);
  });

  it('offers CSV of the view in its export menu: the statements and entities of what is on screen', async () => {
    const watched = await open(`/explore?focus=${EJN}&expand=${MEETING}`);
    const { page } = watched;
    const visible = await page.evaluate(() => ({
      nodes: window.cy.nodes(':visible').map((node) => node.id()),
      edges: window.cy
        .edges(':visible')
        .map((edge) => `${edge.source().id()}|${edge.data('type')}|${edge.target().id()}`),
    }));
    expect(visible.edges.length).toBeGreaterThan(5);
    await page.locator('#export-menu summary').click();
    const csvOf = async (id: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`#${id}`).click()]);
      const text = readFileSync((await download.path())!, 'utf8');
      const [header, ...rows] = parse(text, { bom: true }) as string[][];
      return { href: (await page.locator(`#${id}`).getAttribute('href'))!, header: header!, rows };
    };
    const statements = await csvOf('export-http-statements-csv');
    expect(statements.header.slice(0, 5)).toEqual(['fromKey', 'fromNameEn', 'fromNameZh', 'type', 'toKey']);
    const rows = new Set(statements.rows.map((row) => `${row[0]}|${row[3]}|${row[4]}`));
    // Every relationship on screen is a row, with the names the view shows.
    expect(visible.edges.filter((edge) => !rows.has(edge))).toEqual([]);
    const names = await page.evaluate(() =>
      Object.fromEntries(window.cy.nodes().map((node) => [node.id(), node.data('nameZh') as string])),
    );
    for (const row of statements.rows.filter((r) => names[r[0]!] !== undefined)) {
      expect(row[2], row[0]).toBe(names[row[0]!]);
    }
    // And the rows are the API's neighbourhood of the entities the view was opened on.
    const keys = new URL(statements.href, url('/')).searchParams.get('keys')!.split(',');
    expect(sorted(keys)).toEqual(sorted([EJN, MEETING]));
    const around = await neighborhood(keys, [], 500);
    expect(rows).toEqual(new Set(around.edges.map((edge) => edge.id)));
    const entities = await csvOf('export-http-entities-csv');
    expect(entities.header.slice(0, 4)).toEqual(['key', 'kind', 'nameEn', 'nameZh']);
    const entityKeys = new Set(entities.rows.map((row) => row[0]!));
    expect(visible.nodes.filter((key) => !entityKeys.has(key))).toEqual([]);
    expectClean(watched);
  });

  it('exports the view as PNG, Cytoscape JSON and GraphML', async () => {
    const watched = await open(`/explore?focus=${EJN}&expand=${MEETING}`);
    const { page } = watched;
    await page.locator('#filters input[value="DOCUMENT"]').uncheck();
    const visible = await page.evaluate(() => ({
      nodes: window.cy
        .nodes(':visible')
        .map((node) => node.id())
        .sort(),
      edges: window.cy
        .edges(':visible')
        .map((edge) => edge.id())
        .sort(),
    }));
    expect(visible.nodes.length).toBeLessThan((await onScreen(page)).length);

    // PNG, through the menu as a user gets it.
    await page.locator('#export-menu summary').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-export="png"]').click(),
    ]);
    const png = readFileSync((await download.path())!);
    const variety = pixelVariety(png);
    expect(variety.colours).toBeGreaterThan(50);
    expect(variety.inked).toBeGreaterThan(0.01);

    // Cytoscape JSON loads into Cytoscape as it is.
    const json = await page.evaluate(() => JSON.parse(JSON.stringify(window.explorer.exports.json())));
    const headless = cytoscape({ headless: true, elements: json.elements });
    expect(
      headless
        .nodes()
        .map((node) => node.id())
        .sort(),
    ).toEqual(visible.nodes);
    expect(
      headless
        .edges()
        .map((edge) => edge.id())
        .sort(),
    ).toEqual(visible.edges);

    // GraphML parses back, in the browser and here, with the same nodes and edges.
    const graphml = await page.evaluate(() => window.explorer.exports.graphml());
    const parsedInBrowser = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      return {
        error: doc.getElementsByTagName('parsererror').length,
        nodes: doc.getElementsByTagName('node').length,
        edges: doc.getElementsByTagName('edge').length,
      };
    }, graphml);
    expect(parsedInBrowser).toEqual({ error: 0, nodes: visible.nodes.length, edges: visible.edges.length });
    const root = parseXml(graphml);
    expect(sorted(descendants(root, 'node').map((node) => node.attributes.id!))).toEqual(visible.nodes);
    expect(sorted(descendants(root, 'edge').map((edge) => edge.attributes.id!))).toEqual(visible.edges);
    expectClean(watched);
  });

  for (const [lang, name] of [
    ['en', 'explorer.png'],
    ['zh', 'explorer.zh.png'],
  ] as const) {
    it(`draws a picture that is not blank, and makes the screenshot docs/${name} of docs/explorer.md`, async () => {
      const watched = await open(
        `/explore?focus=${EJN}&expand=person:rosa-ana-moran-martinez,network:iberred&sel=${EJN}${lang === 'zh' ? '&lang=zh' : ''}`,
      );
      const { page } = watched;
      const graph = pixelVariety(await page.locator('#cy').screenshot());
      expect(graph.colours).toBeGreaterThan(50);
      expect(graph.inked).toBeGreaterThan(0.01);
      keepScreenshot(name, await page.screenshot());
      expectClean(watched);
    });
  }
});
