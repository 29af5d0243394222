import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/neo4j/local/paths.ts';
import { createApp } from '../../src/server/app.ts';
import { data } from '../helpers/api.ts';
import { useChromium, openPage, settle } from '../explorer/browser.ts';
import { REPORT_PATH, get, usePagesServer } from './server.ts';

const { query, url, base, db } = usePagesServer();
const PUBLISHED = 'http://localhost:4000';
const browser = useChromium();

const EJN = '/entities/network:ejn';
/** Five entity pages of different kinds, crawled with the report page. */
const ENTITY_PAGES = [
  EJN,
  '/entities/state:FRA',
  '/entities/recommendation:CTOC%2FCOP%2FWG.3%2F2012%2F5%2337%28a%29',
  '/entities/document:CTOC%2FCOP%2FWG.3%2F2012%2F1',
  '/entities/resolution:cop-untoc-5%2F7',
];

interface Opened {
  page: Page;
  errors: string[];
}

async function open(pathAndQuery: string): Promise<Opened> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  const response = await page.goto(url(pathAndQuery));
  expect(response?.status(), pathAndQuery).toBe(200);
  return { page, errors };
}

/** Every link of a page, as absolute URLs. */
const linksOf = (page: Page) =>
  page.$$eval('a[href]', (links) => links.map((link) => (link as HTMLAnchorElement).href));

describe('the report page', () => {
  it('shows all 43 paragraphs in reading order, headings, items, the note and the annex, without errors', async () => {
    const { page, errors } = await open(REPORT_PATH);
    const numbers = await page.$$eval('.para', (paras) => paras.map((para) => para.id));
    expect(numbers).toEqual(Array.from({ length: 43 }, (_, i) => `para-${i + 1}`));
    const { report } = await data(
      query<{ report: { names: { zh: string } } }>(
        '{ report: entity(key: "document:CTOC/COP/WG.3/2012/5") { names { zh } } }',
      ),
    );
    expect(await page.textContent('h1 [lang="zh-Hans"]')).toBe(report.names.zh);
    // Chapters 一 to 五 as h2, their sections as h3, the subheadings of 三.D as h4.
    expect(await page.$$eval('h2[id^="section-"]', (hs) => hs.length)).toBe(5);
    expect(await page.$$eval('h4[id^="section-3.D."]', (hs) => hs.length)).toBe(5);
    // Every paragraph's Chinese is the API's text.
    const { p14 } = await data(
      query<{ p14: { text: string } }>(
        '{ p14: entity(key: "paragraph:CTOC/COP/WG.3/2012/5#14") { ... on Paragraph { text(lang: ZH) } } }',
      ),
    );
    const shown = await page.$eval('#para-14 .text.zh', (block) =>
      [...block.querySelectorAll('p, li')].map((part) => part.textContent).join('\n'),
    );
    expect(shown).toBe(p14.text);
    // Lettered items have their own anchors: recommendation 37(a) is #para-37-a.
    expect(await page.textContent('#para-37-a')).toMatch(/^\(a\) /);
    // The footnote of paragraph 39, and the annex's seven documents.
    expect(await page.$eval('#para-39 .fnref a', (a) => a.getAttribute('href'))).toBe('#fn-1');
    expect(await page.textContent('#fn-1')).toContain('CTOC/COP/WG.3/2012/1');
    expect(await page.$$eval('.annex tbody tr', (rows) => rows.length)).toBe(7);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('links each mention where its span places it, the link’s words being the mention’s', async () => {
    interface Mentions {
      key: string;
      text: string;
      mentions: {
        other: { key: string };
        quote: string | null;
        spans: { start: number; end: number; paragraph: { key: string } | null }[];
      }[];
    }
    const paragraphs: Mentions[] = [];
    for (let number = 1; number <= 43; number += 1) {
      const { entity } = await data(
        query<{ entity: Mentions }>(
          `query($key: String!) { entity(key: $key) { key ... on Paragraph { text(lang: ZH)
             mentions: relations(direction: OUT, types: [MENTIONS], first: 100) {
               other { key } quote spans { start end paragraph { key } } } } } }`,
          { key: `paragraph:CTOC/COP/WG.3/2012/5#${number}` },
        ),
      );
      paragraphs.push(entity);
    }
    const { page } = await open(REPORT_PATH);
    // Each link's place in the paragraph's Chinese text as the page shows it (lines joined by \n, the
    // footnote markers left out), its words and where it goes; and what is listed under the paragraph.
    const shown = await page.$$eval('.para', (paras) =>
      paras.map((para) => {
        const links: { start: number; end: number; words: string; key: string }[] = [];
        let at = 0;
        let text = '';
        [...para.querySelectorAll('.text.zh p, .text.zh li')].forEach((part, i) => {
          if (i > 0) {
            at += 1;
            text += '\n';
          }
          const walker = document.createTreeWalker(part, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (node.parentElement!.closest('.fnref')) continue;
            const words = node.textContent!;
            const link = node.parentElement!.closest('.mention a');
            if (link) {
              const key = decodeURIComponent(link.getAttribute('href')!.replace(/^\/entities\//, ''));
              links.push({ start: at, end: at + words.length, words, key });
            }
            at += words.length;
            text += words;
          }
        });
        const listed = [...para.querySelectorAll('.mentions li a')].map((a) =>
          decodeURIComponent(a.getAttribute('href')!.replace(/^\/entities\//, '')),
        );
        return { id: para.id, text, links, listed };
      }),
    );
    let linked = 0;
    for (const paragraph of paragraphs) {
      const number = Number(paragraph.key.split('#')[1]);
      const on = shown.find((para) => para.id === `para-${number}`)!;
      // The page shows the paragraph's text from its start (a footnote's text stands in the notes).
      expect(paragraph.text.startsWith(on.text), paragraph.key).toBe(true);
      const spans = paragraph.mentions.flatMap((mention) =>
        mention.spans
          .filter((span) => span.paragraph?.key === paragraph.key)
          .map((span) => {
            const words = paragraph.text.slice(span.start, span.end);
            // The words a span slices out of the paragraph are the mention's own.
            expect(words, `${paragraph.key} ${mention.other.key}`).toBe(mention.quote);
            return { start: span.start, end: span.end, words, key: mention.other.key };
          }),
      );
      // Every link stands where a span of its entity places it, with the span's words.
      for (const link of on.links) expect(spans, paragraph.key).toContainEqual(link);
      // A span left unlinked is one whose words another link already covers (one phrase naming several
      // entities), or one outside the text shown (the footnote's).
      for (const span of spans) {
        const placed = on.links.some((link) => link.start === span.start && link.key === span.key);
        const covered = on.links.some((link) => link.start < span.end && span.start < link.end);
        if (!placed)
          expect(covered || span.start >= on.text.length, `${paragraph.key} ${span.key}`).toBe(true);
      }
      // Nothing is lost: every mentioned entity is linked in the text or listed under it.
      const mentioned = new Set(paragraph.mentions.map((mention) => mention.other.key));
      const reached = new Set([...on.links.map((link) => link.key), ...on.listed]);
      expect(
        [...mentioned].filter((key) => !reached.has(key)),
        paragraph.key,
      ).toEqual([]);
      linked += on.links.length;
    }
    expect(linked).toBeGreaterThan(100);
    await page.close();
  });

  it('says on hover and on focus of a mention link the entity’s kind and both names, outside the text', async () => {
    const { page } = await open(REPORT_PATH);
    const link = page.locator('#para-14 .mention a[href="/entities/network:ejn"]').first();
    const said = 'Network: European Judicial Network · 欧洲司法网';
    const tip = () =>
      link.evaluate((a) => {
        const style = getComputedStyle(a.parentElement!, '::after');
        return { content: style.content, display: style.display };
      });
    expect((await tip()).content).toBe('none');
    await link.hover();
    expect(await tip()).toEqual({ content: `"${said}" / ""`, display: 'block' });
    await page.mouse.move(0, 0);
    expect((await tip()).content).toBe('none');
    await link.focus();
    expect(await tip()).toEqual({ content: `"${said}" / ""`, display: 'block' });
    // Screen readers have it as the link's description; its name stays the report's words.
    const cdp = await page.context().newCDPSession(page);
    const { node } = await cdp.send('DOM.describeNode', {
      objectId: (
        await cdp.send('Runtime.evaluate', {
          expression: `document.querySelector('#para-14 .mention a[href="/entities/network:ejn"]')`,
        })
      ).result.objectId!,
    });
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', {
      backendNodeId: node.backendNodeId,
      fetchRelatives: false,
    });
    expect(nodes[0]?.name?.value).toBe('欧洲司法网');
    expect(nodes[0]?.description?.value).toBe(said);
    await cdp.detach();
    await page.close();
  });

  it('needs no script, says its languages, and carries its canonical address', async () => {
    const { page } = await open(REPORT_PATH);
    expect(await page.$$eval('script', (scripts) => scripts.map((script) => script.type))).toEqual([
      'application/ld+json',
    ]);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.$$eval('.text.zh', (blocks) => blocks.every((b) => b.matches(':lang(zh)')))).toBe(true);
    expect(await page.$$eval('.text.en', (blocks) => blocks.every((b) => b.matches(':lang(en)')))).toBe(true);
    expect(await page.getAttribute('link[rel="canonical"]', 'href')).toBe(`${base()}${REPORT_PATH}`);
    // The English is labelled as unofficial, once per paragraph that has it.
    const labels = await page.$$eval('.text.en .rendering-label', (ls) => ls.map((l) => l.textContent));
    expect(labels.length).toBe(43);
    expect(new Set(labels)).toEqual(new Set(['Unofficial English rendering']));
    await page.close();
  });

  it('switches between both texts, Chinese only and English only', async () => {
    const { page } = await open(REPORT_PATH);
    const counts = () =>
      page.evaluate(() => ({
        zh: document.querySelectorAll('.para .text.zh').length,
        en: document.querySelectorAll('.para .text.en').length,
        current: document.querySelector('.switch [aria-current]')?.getAttribute('data-show'),
      }));
    expect(await counts()).toEqual({ zh: 43, en: 43, current: 'both' });
    await Promise.all([page.waitForURL(/show=en/), page.click('.switch [data-show="en"]')]);
    expect(await counts()).toEqual({ zh: 0, en: 43, current: 'en' });
    await Promise.all([page.waitForURL(/show=zh/), page.click('.switch [data-show="zh"]')]);
    expect(await counts()).toEqual({ zh: 43, en: 0, current: 'zh' });
    expect(await page.getAttribute('link[rel="canonical"]', 'href')).toBe(`${base()}${REPORT_PATH}`);
    await Promise.all([page.waitForURL((u) => u.search === ''), page.click('.switch [data-show="both"]')]);
    expect(await counts()).toEqual({ zh: 43, en: 43, current: 'both' });
    await page.close();
  });

  it('prints the texts without the site’s controls', async () => {
    const { page } = await open(REPORT_PATH);
    await page.emulateMedia({ media: 'print' });
    const shown = (selector: string) =>
      page.$eval(selector, (element) => getComputedStyle(element).display !== 'none');
    expect(await shown('.topbar')).toBe(false);
    expect(await shown('.switch')).toBe(false);
    expect(await shown('#para-14 .text.zh')).toBe(true);
    expect(await shown('#para-14 .text.en')).toBe(true);
    await page.close();
  });
});

describe('links', () => {
  it('resolve, every one on the report page and on five entity pages, anchors included', async () => {
    const pages = [REPORT_PATH, ...ENTITY_PAGES];
    const links = new Set<string>();
    for (const pathAndQuery of pages) {
      const { page, errors } = await open(pathAndQuery);
      (await linksOf(page)).forEach((link) => links.add(link));
      expect(errors).toEqual([]);
      await page.close();
    }
    const own = [...links].filter((link) => link.startsWith(base()));
    // Nothing links elsewhere, and there is plenty to follow.
    expect(own.length).toBe(links.size);
    expect(own.length).toBeGreaterThan(150);
    const bodies = new Map<string, string>();
    const failures: string[] = [];
    const queue = [...new Set(own.map((link) => link.split('#')[0]!))];
    const worker = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const { status, text } = await get(next);
        if (status !== 200) failures.push(`${status} ${next}`);
        else bodies.set(next, text);
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
    expect(failures).toEqual([]);
    const missing = own
      .filter((link) => link.includes('#') && !link.endsWith('#content'))
      .filter((link) => {
        const [page, anchor] = link.split('#') as [string, string];
        return !bodies.get(page)?.includes(`id="${anchor}"`);
      });
    expect(missing).toEqual([]);
  });

  it('lead from the European Judicial Network to every paragraph that speaks of it, and back', async () => {
    const { entity } = await data(
      query<{ entity: { relations: { sources: { number: number }[] }[] } }>(
        '{ entity(key: "network:ejn") { relations(first: 500) { sources { number } } } }',
      ),
    );
    const expected = [...new Set(entity.relations.flatMap((r) => r.sources.map((s) => s.number)))].sort(
      (a, b) => a - b,
    );
    expect(expected).toContain(14);
    const { page } = await open(EJN);
    const hrefs = await page.$$eval('.sources a', (links) => links.map((link) => link.getAttribute('href')));
    const linked = [...new Set(hrefs.map((href) => Number(/#para-(\d+)$/.exec(href!)?.[1])))].sort(
      (a, b) => a - b,
    );
    expect(linked).toEqual(expected);
    expect(await page.textContent('.cite')).toContain(`paras ${expected.join(', ')}`);
    expect(await page.getAttribute('.cite a', 'href')).toBe(`${base()}${EJN}`);
    // From the entity page to paragraph 14 of the report, which links back to the entity.
    await Promise.all([page.waitForURL(/#para-14$/), page.click('.sources a[href$="#para-14"]')]);
    expect(await page.$eval('#para-14', (para) => para.matches(':target'))).toBe(true);
    const back = await page.$$eval('#para-14 a', (links) => links.map((link) => link.getAttribute('href')));
    expect(back).toContain(EJN);
    await page.close();
  });
});

describe('the explorer and the pages', () => {
  it('link both ways: the entity page opens the explorer on it, whose details link back to the page', async () => {
    const { page: entity } = await open(EJN);
    const explore = await entity.getAttribute('.actions a', 'href');
    await entity.close();
    const { page, errors } = await openPage(browser, url(`${explore!}&sel=network:ejn`));
    await settle(page);
    const link = page.locator('#details .page-link a');
    await Promise.all([page.waitForURL((address) => address.pathname === EJN), link.click()]);
    expect(await page.textContent('h1')).toBe('European Judicial Network');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('an entity page', () => {
  it('shows both names, the kind, the properties, the relationships by type and direction, and its explorer link', async () => {
    const { entity } = await data(
      query<{
        entity: { names: { en: string; zh: string }; relations: { type: string; direction: string }[] };
      }>('{ entity(key: "network:ejn") { names { en zh } relations(first: 500) { type direction } } }'),
    );
    const { page, errors } = await open(EJN);
    expect(await page.textContent('h1')).toBe(entity.names.en);
    expect(await page.textContent('.name-zh')).toBe(entity.names.zh);
    expect(await page.$eval('.name-zh', (el) => el.matches(':lang(zh)'))).toBe(true);
    expect(await page.textContent('.kind-line .kind')).toBe('Network');
    const groups = await page.$$eval('.group h3', (hs) => hs.map((h) => h.id));
    const expected = [...new Set(entity.relations.map((r) => `rel-${r.type}-${r.direction}`))];
    expect(groups.sort()).toEqual(expected.sort());
    const items = await page.$$eval('.relations li', (lis) => lis.length);
    expect(items).toBe(entity.relations.length);
    expect(await page.getAttribute('.actions a', 'href')).toBe('/explore?focus=network%3Aejn');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('highlights quotes that stand in the paragraphs they link to', async () => {
    const quoted: { page: string; quote: string; links: string[] }[] = [];
    for (const entityPage of ENTITY_PAGES) {
      const { page } = await open(entityPage);
      const found = await page.$$eval('.relations li', (items) =>
        items.flatMap((item) => {
          const quote = item.querySelector('blockquote.quote mark')?.textContent;
          const links = [...item.querySelectorAll('.sources a')].map((a) => a.getAttribute('href')!);
          return quote ? [{ quote, links }] : [];
        }),
      );
      // Every relationship the report states holds a quote, and the page shows each (one from outside the
      // report, an M49 region, has no paragraph and no quote).
      expect(found.length, entityPage).toBe(await page.locator('.relations li:has(.sources a)').count());
      quoted.push(...found.map((item) => ({ page: entityPage, ...item })));
      await page.close();
    }
    expect(quoted.length).toBeGreaterThan(30);
    const report = await browser.context.newPage();
    await report.goto(url(REPORT_PATH));
    const texts = new Map(
      await report.$$eval('.para', (paras) =>
        paras.map((para) => [
          `#${para.id}`,
          [...para.querySelectorAll('.text.zh p, .text.zh li')].map((part) => part.textContent).join('\n'),
        ]),
      ),
    );
    const headings = await report.$$eval('.section h2, .section h3, .section h4, .section h5', (hs) =>
      hs.map((heading) => heading.querySelector('.heading-zh')?.textContent ?? ''),
    );
    const notes = await report.$$eval('.footnotes li', (lis) => lis.map((li) => li.textContent ?? ''));
    for (const { page: entityPage, quote, links } of quoted) {
      expect(links.length, `${entityPage}: ${quote}`).toBeGreaterThan(0);
      const paragraphs = links.map((link) => texts.get(link.slice(link.indexOf('#'))) ?? '');
      // In one of the paragraphs linked to, or in the heading or note that stands for them.
      const found =
        paragraphs.some((text) => text.includes(quote)) ||
        headings.some((heading) => heading.includes(quote)) ||
        notes.some((note) => note.includes(quote));
      expect(found, `${entityPage}: ${quote} in ${links.join(' ')}`).toBe(true);
    }
    await report.close();
  });

  it('gives a paragraph what it states, each relationship with both ends linked, as Paragraph.facts has them', async () => {
    const key = 'paragraph:CTOC/COP/WG.3/2012/5#14';
    const { entity } = await data(
      query<{
        entity: {
          facts: {
            totalCount: number;
            nodes: { type: string; from: { key: string }; to: { key: string } }[];
          };
        };
      }>(
        `query($key: String!) { entity(key: $key) { ... on Paragraph { facts(first: 200) {
           totalCount nodes { type from { key } to { key } } } } } }`,
        { key },
      ),
    );
    const stated = entity.facts.nodes.filter((fact) => fact.type !== 'MENTIONS');
    expect(stated.length).toBeGreaterThan(20);
    const { page, errors } = await open(`/entities/${encodeURIComponent(key).replace(/%3A/g, ':')}`);
    const shown = await page.$$eval('.facts li', (items) =>
      items.map((item) => {
        const [from, to] = [...item.querySelectorAll('a')].map((a) =>
          decodeURIComponent(a.getAttribute('href')!.replace(/^\/entities\//, '')),
        );
        return `${from}|${item.querySelector('code.type')!.textContent}|${to}`;
      }),
    );
    expect(shown).toEqual(stated.map((fact) => `${fact.from.key}|${fact.type}|${fact.to.key}`));
    expect(await page.textContent('#facts-heading')).toContain(`(${stated.length})`);
    // The European Judicial Network's page is one click away, as the report page's link to it is.
    expect(shown.some((fact) => fact.startsWith('network:ejn|DISCUSSED_UNDER|'))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('gives a document its UN symbol as text, and the report its reading page', async () => {
    const { page } = await open('/entities/document:CTOC%2FCOP%2FWG.3%2F2012%2F5');
    expect(await page.textContent('.symbol code')).toBe('CTOC/COP/WG.3/2012/5');
    expect(await page.getAttribute('.symbol a', 'href')).toBe(REPORT_PATH);
    await page.close();
  });

  it('is accessible: landmarks, one h1, headings in order, named links and inputs, readable contrast', async () => {
    for (const pathAndQuery of [EJN, REPORT_PATH, '/search?q=network']) {
      const { page } = await open(pathAndQuery);
      const report = await page.evaluate(() => {
        const levels = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) =>
          Number(h.tagName[1]),
        );
        const skips = levels.filter((level, i) => i > 0 && level > levels[i - 1]! + 1);
        const unnamed = [...document.querySelectorAll('a[href], button, input')].filter((el) => {
          const label = el.id ? document.querySelector(`label[for="${el.id}"]`) : null;
          const name = el.getAttribute('aria-label') ?? label?.textContent ?? el.textContent ?? '';
          return name.trim() === '' && (el as HTMLInputElement).type !== 'submit';
        });
        // The contrast of every element's own text against the background it is drawn on (WCAG 2).
        const rgb = (colour: string) => (colour.match(/[\d.]+/g) ?? []).map(Number);
        const luminance = ([r, g, b]: number[]) => {
          const channel = (v: number) => {
            const s = v / 255;
            return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
          };
          return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
        };
        const background = (el: Element | null): number[] => {
          for (let at = el; at; at = at.parentElement) {
            const colour = rgb(getComputedStyle(at).backgroundColor);
            if (colour.length === 3 || colour[3] === 1) return colour.slice(0, 3);
          }
          return [255, 255, 255];
        };
        const low: string[] = [];
        for (const el of document.querySelectorAll('body *')) {
          const style = getComputedStyle(el);
          if (style.display === 'none' || style.visibility === 'hidden') continue;
          const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim() !== '');
          if (!own || (el as HTMLElement).offsetParent === null) continue;
          const [a, b] = [luminance(rgb(style.color)), luminance(background(el))];
          const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
          if (ratio < 4.5) low.push(`${el.tagName}.${el.className}: ${ratio.toFixed(2)}`);
        }
        return {
          h1: document.querySelectorAll('h1').length,
          first: levels[0],
          skips,
          unnamed: unnamed.length,
          landmarks: ['header', 'nav', 'main', 'footer'].map(
            (tag) => document.querySelectorAll(tag).length > 0,
          ),
          low,
        };
      });
      expect(report, pathAndQuery).toEqual({
        h1: 1,
        first: 1,
        skips: [],
        unnamed: 0,
        landmarks: [true, true, true, true],
        low: [],
      });
      await page.close();
    }
  });

  it('is kept as screenshots in docs/, with the report page', async () => {
    // Drawn as published at http://localhost:4000 (the README's address), so that the cite lines in the
    // pictures do not carry the test server's port: the browser's requests there go to an app of the same
    // graph, in this process.
    const published = createApp({ db, publicUrl: PUBLISHED });
    await browser.context.route(`${PUBLISHED}/**`, async (route) => {
      const request = route.request();
      const response = await published.fetch(request.url(), {
        method: request.method(),
        headers: request.headers(),
      });
      await route.fulfill({
        status: response.status,
        headers: Object.fromEntries(response.headers),
        body: Buffer.from(await response.arrayBuffer()),
      });
    });
    const folder = path.join(PROJECT_ROOT, 'docs');
    mkdirSync(folder, { recursive: true });
    try {
      const report = await browser.context.newPage();
      await report.setViewportSize({ width: 1200, height: 900 });
      await report.goto(`${PUBLISHED}${REPORT_PATH}#para-14`);
      await report.screenshot({ path: path.join(folder, 'report-page.png') });
      const entity = await browser.context.newPage();
      await entity.setViewportSize({ width: 1200, height: 1100 });
      await entity.goto(`${PUBLISHED}${EJN}`);
      expect(await entity.textContent('.cite a')).toBe(`${PUBLISHED}${EJN}`);
      await entity.screenshot({ path: path.join(folder, 'entity-page.png') });
      await report.close();
      await entity.close();
    } finally {
      await browser.context.unroute(`${PUBLISHED}/**`);
    }
  });
});

describe('search', () => {
  it('answers with the API’s hits, each a link to its page', async () => {
    const { search } = await data(
      query<{ search: { entity: { key: string } }[] }>(
        '{ search(text: "judicial network", first: 30) { entity { key } } }',
      ),
    );
    expect(search.length).toBeGreaterThan(3);
    const { page } = await open('/search?q=judicial%20network');
    const hrefs = await page.$$eval('.hits li > a', (links) =>
      links.map((link) => link.getAttribute('href')),
    );
    expect(hrefs).toEqual(
      search.map(
        ({ entity }) =>
          `/entities/${encodeURIComponent(entity.key)
            .replace(/%3A/g, ':')
            .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`,
      ),
    );
    expect(await page.inputValue('#q')).toBe('judicial network');
    await page.close();
  });

  it('finds by the Chinese name and goes to the page', async () => {
    const { page } = await open('/search');
    await page.fill('#q', '欧洲司法网');
    await Promise.all([page.waitForURL(/\/search\?q=/), page.press('#q', 'Enter')]);
    await Promise.all([page.waitForURL(/\/entities\/network:ejn$/), page.click('.hits li:first-child > a')]);
    expect(await page.textContent('h1')).toBe('European Judicial Network');
    await page.close();
  });
});
