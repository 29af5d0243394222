import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, t, type Lang } from '../../src/explorer/public/js/strings.mjs';
import { data } from '../helpers/api.ts';
import { useChromium, openPage, settle, type WatchedPage } from './browser.ts';
import { CJK, collectPageText, notFromGraph, notInTable, type PageText } from './page-text.ts';
import { useExplorerServer } from './server.ts';

const { query, url } = useExplorerServer();
const browser = useChromium();

const EJN = 'network:ejn';
const REFCO = 'network:refco';
const RESOLUTION = 'resolution:cop-untoc-5/7';
const NOWHERE = 'network:nowhere';
const INFERRED_EDGE = `${EJN}|COVERS|region:europe`;
const CENTRAL_AMERICA = 'region:central-america';
const SEYCHELLES = 'state:SYC';
const MEETING = 'meeting:CTOC/COP/WG.3/2012';

interface Paragraph {
  key: string;
  number: number;
  text: string | null;
  textEn: string | null;
}

interface EntityData {
  key: string;
  enStatus: string;
  aliases: string[];
  properties: Record<string, unknown> | null;
  names: { en: string; zh: string };
  mentionedIn: Paragraph[];
  relations: {
    type: string;
    inferred: string | null;
    other: { key: string; names: { en: string; zh: string } };
    sources: Paragraph[];
    externalSource: Record<string, string> | null;
  }[];
}

const PARAGRAPH = 'key number text textEn: text(lang: EN)';

/**
 * Everything the graph holds about the entities on the page, as text: what `translate="no"` may
 * mark. Read from the API here, not from the page.
 */
async function graphStrings(keys: Iterable<string>, user: string[] = []): Promise<Set<string>> {
  const known = new Set<string>(user);
  const addKey = (key: string) => {
    known.add(key);
    known.add(key.slice(key.indexOf(':') + 1));
  };
  const addParagraph = (paragraph: Paragraph) => {
    known.add(paragraph.key);
    known.add(paragraph.key.replace(/^paragraph:/, '').replace(/#.*$/, ''));
    if (paragraph.text) known.add(paragraph.text);
    if (paragraph.textEn) known.add(paragraph.textEn);
  };
  const addValue = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(addValue);
    if (typeof value === 'object' && value !== null) known.add(JSON.stringify(value));
    else known.add(String(value));
  };
  for (const key of keys) {
    const { entity } = await data(
      query<{ entity: EntityData | null }>(
        `query ($key: String!) { entity(key: $key) {
          key enStatus aliases properties names { en zh } mentionedIn { ${PARAGRAPH} }
          relations(first: 500) { type inferred other { key names { en zh } } sources { ${PARAGRAPH} }
            externalSource { classification publisher version package } } } }`,
        { key },
      ),
    );
    if (!entity) continue;
    addKey(entity.key);
    known.add(entity.names.en).add(entity.names.zh).add(entity.enStatus);
    entity.aliases.forEach((alias) => known.add(alias));
    for (const [name, value] of Object.entries(entity.properties ?? {})) {
      known.add(name);
      addValue(value);
      if (Array.isArray(value)) known.add(value.map(String).join(', '));
    }
    entity.mentionedIn.forEach(addParagraph);
    for (const relation of entity.relations) {
      addKey(relation.other.key);
      known.add(relation.other.names.en).add(relation.other.names.zh);
      if (relation.inferred) known.add(relation.inferred);
      relation.sources.forEach(addParagraph);
      Object.values(relation.externalSource ?? {}).forEach((value) => known.add(value));
    }
  }
  const { entities } = await data(
    query<{ entities: { nodes: { key: string; names: { en: string; zh: string } }[] } }>(
      '{ entities(kind: RESOLUTION, first: 100) { nodes { key names { en zh } } } }',
    ),
  );
  for (const entity of entities.nodes) {
    addKey(entity.key);
    known.add(entity.names.en).add(entity.names.zh);
  }
  return known;
}

const keysOnScreen = (page: Page) => page.evaluate(() => window.cy.nodes().map((node) => node.id()));

/** The page's text is all in `lang`, and what it marks as the graph's is the graph's. */
async function expectPageIn(page: Page, lang: Lang, user: string[] = []): Promise<PageText> {
  const text = await collectPageText(page);
  const selected = await page.evaluate(() => window.cy.$(':selected').map((node) => node.id()));
  const known = await graphStrings(new Set([...(await keysOnScreen(page)), ...selected]), user);
  expect(notInTable(lang, text.own), `texts not in the ${lang} table`).toEqual([]);
  expect(notInTable(lang, text.attributes), `attributes not in the ${lang} table`).toEqual([]);
  expect(notFromGraph(text.data, known), 'texts marked as data that the graph does not hold').toEqual([]);
  if (lang === 'zh') {
    // The brief's own rule, on top of the table's: whatever has letters has Chinese, but for the
    // texts that read the same in every language.
    const same = new Set(['coopgraph', t('zh', 'langEn')]);
    const latinOnly = [...text.own, ...text.attributes].filter(
      ({ text: value }) => /\p{L}/u.test(value) && !CJK.test(value) && !same.has(value),
    );
    expect(latinOnly).toEqual([]);
  }
  return text;
}

async function open(pathAndQuery: string): Promise<WatchedPage> {
  return openPage(browser, url(pathAndQuery));
}

function expectClean(watched: WatchedPage) {
  expect(watched.errors).toEqual([]);
}

const contains = (text: PageText, value: string) =>
  [...text.own, ...text.attributes].some((entry) => entry.text.includes(value));

describe('the explorer in English and in Chinese', () => {
  for (const lang of LANGUAGES) {
    it(`is all in ${lang} on an empty page, with no match and with an error`, async () => {
      const watched = await open(`/explore?lang=${lang}`);
      const { page } = watched;
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang === 'zh' ? 'zh-Hans' : 'en');
      let text = await expectPageIn(page, lang);
      expect(contains(text, t(lang, 'emptyTitle'))).toBe(true);
      expect(contains(text, t(lang, 'searchPlaceholder'))).toBe(true);
      expect(await page.title()).toBe(t(lang, 'pageTitle'));

      await page.locator('#search').fill('qqxzvv');
      await page.waitForSelector('#suggestions li.empty');
      text = await expectPageIn(page, lang, ['qqxzvv']);
      expect(contains(text, t(lang, 'nothingMatches'))).toBe(true);

      const failed = await open(`/explore?lang=${lang}&focus=${NOWHERE}`);
      await expect.poll(() => failed.page.locator('#message').innerText()).not.toBe('');
      text = await expectPageIn(failed.page, lang, [NOWHERE]);
      expect(await failed.page.locator('#message').innerText()).toBe(t(lang, 'noEntity', { key: NOWHERE }));
      expectClean(watched);
      expectClean(failed);
    });

    it(`is all in ${lang} in path mode with an entity avoided, and in the details of an edge from outside the report`, async () => {
      const watched = await open(
        `/explore?lang=${lang}&focus=${CENTRAL_AMERICA}&path=${EJN},${SEYCHELLES}&avoid=${MEETING}`,
      );
      const { page } = watched;
      let text = await expectPageIn(page, lang);
      for (const id of [
        'nextPath',
        'previousPath',
        'avoidThis',
        'avoidNone',
        'sizeByRelations',
        'edgeExternal',
      ]) {
        expect(contains(text, t(lang, id)), id).toBe(true);
      }
      const external = await page.evaluate(() => window.cy.edges('[origin = "external"]').first().id());
      await page.evaluate((id) => {
        window.cy.getElementById(id).emit('tap');
      }, external);
      await settle(page);
      await page.locator('#details .external-source').waitFor();
      text = await expectPageIn(page, lang);
      for (const id of ['externalSource', 'classification', 'publisher', 'edition', 'package']) {
        expect(contains(text, t(lang, id)), id).toBe(true);
      }
      expectClean(watched);
    });

    it(`is all in ${lang} in trace mode, with the details of the resolution`, async () => {
      const watched = await open(`/explore?lang=${lang}&trace=${RESOLUTION}&sel=${RESOLUTION}`);
      const { page } = watched;
      const text = await expectPageIn(page, lang);
      const banner = await page.locator('#banner').innerText();
      expect(banner).toContain(t(lang, 'traceBanner'));
      expect(banner).toContain(t(lang, 'leaveTrace'));
      expect(contains(text, t(lang, 'trace'))).toBe(true);
      expectClean(watched);
    });
  }

  it('switches the whole page from English to Chinese and back without a reload', async () => {
    const watched = await open(`/explore?focus=${EJN}&expand=${REFCO}&path=${EJN},${REFCO}&sel=${EJN}`);
    const { page } = watched;
    await page.evaluate(() => {
      (window as unknown as { stayed: boolean }).stayed = true;
    });
    // Filters with something hidden, the export menu open and a hover message: all of it text.
    await page.locator('#filters input[value="PERSON"]').uncheck();
    await page.locator('#export-menu summary').click();
    await settle(page);
    const english = await expectPageIn(page, 'en');
    expect(contains(english, t('en', 'exportPng'))).toBe(true);
    expect(await page.locator('#banner').innerText()).toMatch(/^Path 1 of \d+ \(\d+ steps\):/);

    await page.locator('.lang button[data-lang="zh"]').click();
    await settle(page);
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
    expect(new URL(page.url()).searchParams.get('lang')).toBe('zh');
    const chinese = await expectPageIn(page, 'zh');
    for (const id of ['exportPng', 'legendAndFilters', 'relayout', 'hint', 'clearPath', 'properties']) {
      expect(contains(chinese, t('zh', id)), id).toBe(true);
    }
    expect(await page.locator('#counts').innerText()).toMatch(/个实体 · \d+ 个关系（筛选隐藏了/);
    // The relationship names in the banner are the schema's, in Chinese.
    expect(await page.locator('#banner .hop').allInnerTexts()).not.toEqual([]);
    for (const hop of await page.locator('#banner .hop').allInnerTexts()) expect(hop).toMatch(CJK);

    // One relationship in the details (an inferred one, with its reason).
    await page.evaluate((id) => {
      window.cy.getElementById(id).emit('tap');
    }, INFERRED_EDGE);
    await settle(page);
    await page.locator('#details .relation').waitFor();
    const relation = await expectPageIn(page, 'zh');
    expect(contains(relation, t('zh', 'statedIn'))).toBe(true);

    await page.locator('.lang button[data-lang="en"]').click();
    await settle(page);
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
    expect(new URL(page.url()).searchParams.get('lang')).toBeNull();
    const back = await expectPageIn(page, 'en');
    expect(contains(back, t('en', 'statedIn'))).toBe(true);
    expectClean(watched);
  });
});
