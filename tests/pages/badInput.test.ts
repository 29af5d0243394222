import { describe, expect, it } from 'vitest';
import { useChromium } from '../explorer/browser.ts';
import { REPORT_PATH, get, usePagesServer } from './server.ts';

/** Entities whose keys, names and relationship texts try to become markup, script or a link elsewhere. */
const HOSTILE = {
  key: `person:x"'><img/src=x/onerror=alert(1)>`,
  nameEn: '</script><script>alert("name")</script>',
  nameZh: `"'<b>粗</b>&amp;<!--`,
};
const SCHEME = {
  key: 'organization:javascript:alert(1)//(a)#b',
  nameEn: 'javascript:alert(2)',
  nameZh: '=HYPERLINK("http://example.invalid","点")',
};
const QUOTE = '</script><!-- <a href="javascript:alert(3)">quote</a>';

const { url, base } = usePagesServer(async (db) => {
  const plain = `MERGE (n:Entity {key: $key})
    SET n += { kind: $kind, nameEn: $nameEn, nameZh: $nameZh, enStatus: 'translated', aliases: [$nameEn],
      searchEn: $nameEn, searchZh: $nameZh }`;
  await db.write(`${plain} SET n:Person`, { ...HOSTILE, kind: 'person' });
  await db.write(`${plain} SET n:Organization`, { ...SCHEME, kind: 'organization' });
  await db.write(
    `MATCH (a:Entity {key: $a}), (b:Entity {key: 'network:ejn'}), (c:Entity {key: $c})
     CREATE (a)-[:MEMBER_OF {sources: ['paragraph:CTOC/COP/WG.3/2012/5#14'], sourceRefs: ['14'], origin: 'curated',
       quote: $quote, inferred: '<i>inferred</i>', report: 'CTOC/COP/WG.3/2012/5'}]->(b)
     CREATE (c)-[:SUPPORTS {sources: ['paragraph:CTOC/COP/WG.3/2012/5#14'], sourceRefs: ['14'], origin: 'curated',
       report: 'CTOC/COP/WG.3/2012/5'}]->(b)`,
    { a: HOSTILE.key, c: SCHEME.key, quote: QUOTE },
  );
});

const browser = useChromium();

const encode = (key: string) =>
  encodeURIComponent(key)
    .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%3A/g, ':');

/** Markup that must never come back as it was sent. */
const RAW = ['<script>alert', '<img/src', '<img src', '<b>粗', '<a href="javascript', '<i>inferred'];

function expectInert(text: string, where: string) {
  for (const raw of RAW) expect(text.includes(raw), `${where} holds ${raw}`).toBe(false);
}

describe('hostile names, keys and quotes', () => {
  it('stay text on every page that shows them, in the browser too', async () => {
    const pages: [string, (typeof HOSTILE)[]][] = [
      [`/entities/${encode(HOSTILE.key)}`, [HOSTILE]],
      [`/entities/${encode(SCHEME.key)}`, [SCHEME]],
      ['/entities/network:ejn', [HOSTILE, SCHEME]],
    ];
    for (const [path, shown] of pages) {
      const { status, text } = await get(url(path));
      expect(status, path).toBe(200);
      expectInert(text, path);
      const page = await browser.context.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.goto(url(path));
      const seen = await page.evaluate(() => ({
        scripts: [...document.scripts].map((script) => script.type),
        injected: document.querySelectorAll('main img, main b, main i, main script').length,
        hrefs: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!),
        text: document.querySelector('main')!.textContent!,
        jsonld: JSON.parse(document.querySelector('script[type="application/ld+json"]')!.textContent!),
      }));
      expect(dialogs).toEqual([]);
      expect(seen.scripts).toEqual(['application/ld+json']);
      expect(seen.injected).toBe(0);
      expect(seen.hrefs.filter((href) => !/^(\/|#|http:\/\/127\.0\.0\.1:)/.test(href))).toEqual([]);
      for (const entity of shown) {
        expect(seen.text).toContain(entity.nameEn);
        expect(seen.text).toContain(entity.nameZh);
      }
      // The embedded JSON-LD still reads back to the very names and addresses.
      const jsonld = JSON.stringify(seen.jsonld);
      expect(jsonld).toContain(JSON.stringify(`${base()}/entities/${encode(shown[0]!.key)}`));
      await page.close();
    }
  });

  it('give keys that are addresses of their own pages, whatever they hold', async () => {
    const { text } = await get(url('/entities/network:ejn'));
    expect(text).toContain(`href="/entities/${encode(HOSTILE.key)}"`);
    expect(text).toContain(`href="/entities/${encode(SCHEME.key)}"`);
    const page = await get(url(`/entities/${encode(SCHEME.key)}`));
    expect(page.text).toContain(`<link rel="canonical" href="${base()}/entities/${encode(SCHEME.key)}" />`);
  });

  it('keep the quote as text, in the page and in JSON-LD', async () => {
    const page = await browser.context.newPage();
    await page.goto(url(`/entities/${encode(HOSTILE.key)}`));
    expect(await page.textContent('.quote mark')).toBe(QUOTE);
    await page.close();
    const jsonld = JSON.parse((await get(url(`/entities/${encode(HOSTILE.key)}.jsonld`))).text);
    expect(jsonld.relation.map((r: { quote?: string }) => r.quote)).toContain(QUOTE);
  });

  it('cannot become formulas in a spreadsheet', async () => {
    const { text } = await get(url('/export/neighborhood.entities.csv?keys=network:ejn'));
    expect(text).toContain(`"'=HYPERLINK(""http://example.invalid"",""点"")"`);
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
  });
});

interface Case {
  name: string;
  path: string;
  headers?: Record<string, string>;
  method?: string;
  status: number;
}

const HUGE_ACCEPT = Array.from({ length: 3000 }, (_, i) => `application/x-${i}`).join(',');

const CASES: Case[] = [
  { name: 'unknown key', path: '/entities/network:nowhere', status: 404 },
  { name: 'unknown kind', path: '/entities/planet:mars', status: 404 },
  { name: 'unknown key as JSON-LD', path: '/entities/network:nowhere.jsonld', status: 404 },
  { name: 'unknown report', path: '/reports/CTOC%2FCOP%2FWG.9%2F2099%2F1', status: 404 },
  {
    name: 'a document that is not a loaded report',
    path: '/reports/CTOC%2FCOP%2FWG.3%2F2012%2F1',
    status: 404,
  },
  { name: 'nothing after the prefix', path: '/entities/', status: 404 },
  { name: 'truncated percent-encoding', path: '/entities/network:%E0%A4%A', status: 400 },
  { name: 'invalid percent-encoding', path: '/entities/%ZZnetwork', status: 400 },
  { name: 'overlong UTF-8', path: '/reports/%C0%AF', status: 400 },
  { name: 'an encoded control character', path: '/entities/network:ejn%00', status: 400 },
  { name: 'an overlong key', path: `/entities/network:${'a'.repeat(1_000)}`, status: 414 },
  { name: 'a path past what the server reads', path: `/entities/${'a'.repeat(20_000)}`, status: 431 },
  {
    name: 'an Accept header that takes nothing offered',
    path: '/entities/network:ejn',
    headers: { accept: 'image/png' },
    status: 406,
  },
  {
    name: 'an Accept header that refuses everything',
    path: '/entities/network:ejn',
    headers: { accept: '*/*;q=0' },
    status: 406,
  },
  {
    name: 'a huge Accept header',
    path: '/entities/network:ejn',
    headers: { accept: HUGE_ACCEPT.slice(0, 6_000) },
    status: 400,
  },
  { name: 'a garbled Accept header', path: REPORT_PATH, headers: { accept: ';;;,,,q=x;q=;=' }, status: 406 },
  {
    name: 'a bad q value',
    path: '/entities/network:ejn',
    headers: { accept: 'application/ld+json;q=abc' },
    status: 406,
  },
  {
    name: 'markup in the search',
    path: '/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E%3Cimg%20src%3Dx%3E',
    status: 200,
  },
  { name: 'an overlong search', path: `/search?q=${'%3Cscript%3Ealert'.repeat(40)}`, status: 400 },
  { name: 'markup in show', path: `${REPORT_PATH}?show=%3Cscript%3Ealert(1)%3C%2Fscript%3E`, status: 400 },
  { name: 'markup as a parameter name', path: `${REPORT_PATH}?%3Cimg%20src%3Dx%3E=1`, status: 400 },
  { name: 'markup in an unknown search parameter', path: '/search?q=x&%3Cscript%3Ealert=1', status: 400 },
  { name: 'markup in a key', path: '/entities/network:%3Cscript%3Ealert%281%29%3C%2Fscript%3E', status: 404 },
  { name: 'a write', path: '/entities/network:ejn', method: 'POST', status: 405 },
];

describe('bad requests', () => {
  it.each(CASES)(
    '$name: a clear $status, nothing reflected as markup',
    async ({ path, headers, method, status }) => {
      const response = await fetch(url(path), { headers, method: method ?? 'GET', redirect: 'manual' });
      const text = await response.text();
      expect(response.status).toBe(status);
      expectInert(text, path);
      if (status !== 431 && status !== 405 && status !== 200) {
        const type = response.headers.get('content-type') ?? '';
        if (type.startsWith('text/html')) expect(text).toMatch(/role="alert"|<h1>Not found<\/h1>/);
        else expect(JSON.parse(text).error).toMatch(/\w/);
      }
    },
  );

  it('say on a 404 page what was not found, and offer the search for it', async () => {
    const { status, text } = await get(url('/entities/network:%3Cb%3Enowhere'));
    expect(status).toBe(404);
    expect(text).toContain('The graph has no entity with the key “network:&lt;b&gt;nowhere”.');
    expect(text).toContain('<input id="again" name="q" type="search" value="&lt;b&gt;nowhere" />');
  });

  it('send other spellings of an address to the canonical one', async () => {
    const cases: [string, string][] = [
      ['/reports/CTOC/COP/WG.3/2012/5', REPORT_PATH],
      ['/reports/CTOC%2fCOP%2fWG.3%2f2012%2f5?show=zh', `${REPORT_PATH}?show=zh`],
      ['/entities/network%3Aejn', '/entities/network:ejn'],
      [
        '/entities/recommendation:CTOC/COP/WG.3/2012/5%2337(a)',
        '/entities/recommendation:CTOC%2FCOP%2FWG.3%2F2012%2F5%2337%28a%29',
      ],
      ['/entities/network%3Aejn.jsonld', '/entities/network:ejn.jsonld'],
    ];
    for (const [from, to] of cases) {
      const response = await fetch(url(from), { redirect: 'manual' });
      expect(response.status, from).toBe(301);
      expect(
        new URL(response.headers.get('location')!, base()).pathname +
          new URL(response.headers.get('location')!, base()).search,
      ).toBe(to);
    }
  });
});
