import { describe, expect, it } from 'vitest';
import { readAddress, encodeSegment, entityPath } from '../../src/pages/addresses.ts';
import { documentText, html, jsonScript } from '../../src/pages/html.ts';

// Another name for the tag, so that the formatter leaves these templates' white space alone.
const h = html;
import { linesOf, linkedLine } from '../../src/pages/text.ts';

const body = (markup: ReturnType<typeof h>) =>
  documentText(markup)
    .replace(/^<!doctype html>\n/, '')
    .trim();

describe('the html template', () => {
  it('escapes every interpolated text, in content and in attributes', () => {
    const name = `"'><script>alert(1)</script>&amp;`;
    expect(body(h`<a title="${name}">${name}</a>`)).toBe(
      '<a title="&quot;&#39;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;amp;">&quot;&#39;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;amp;</a>',
    );
  });

  it('keeps markup made by html, flattens lists and drops nothing-values', () => {
    const items = ['<a>', 'b'].map((text) => h`<li>${text}</li>`);
    const list = h`<ul>${items}${null}${undefined}${false}${0}</ul>`;
    expect(body(list)).toBe('<ul><li>&lt;a&gt;</li><li>b</li>0</ul>');
  });

  it('writes JSON that no text can close the script element with, and that parses back the same', () => {
    const value = { name: '</script><!-- \u2028 \u2029 <b>', key: 'x' };
    const text = body(h`${jsonScript(value)}`);
    expect(text).not.toMatch(/<\/?script|<!--|<b>/i);
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('page addresses', () => {
  const keys = [
    'network:ejn',
    'recommendation:CTOC/COP/WG.3/2012/5#37(a)',
    'document:CTOC/COP/WG.2/2012/3-CTOC/COP/WG.3/2012/4',
    'person:x"\'><img/src=x>',
    'organization:javascript:alert(1)//(a)#b',
    'topic:中文 空格',
  ];

  it('encode a key as one segment that reads back to the key, and call it canonical', () => {
    for (const key of keys) {
      const path = entityPath(key);
      expect(path.slice('/entities/'.length)).toMatch(/^[A-Za-z0-9\-._~:%]+$/);
      expect(readAddress(path, '/entities/')).toEqual({ name: key, suffix: undefined, redirect: undefined });
      expect(readAddress(`${path}.jsonld`, '/entities/')).toEqual({
        name: key,
        suffix: '.jsonld',
        redirect: undefined,
      });
    }
    expect(entityPath('network:ejn')).toBe('/entities/network:ejn');
    expect(encodeSegment('CTOC/COP/WG.3/2012/5')).toBe('CTOC%2FCOP%2FWG.3%2F2012%2F5');
  });

  it('redirect any other spelling to the canonical one', () => {
    expect(readAddress('/entities/network%3aejn', '/entities/').redirect).toBe('/entities/network:ejn');
    expect(readAddress('/reports/CTOC/COP/WG.3/2012/5.json', '/reports/').redirect).toBe(
      '/reports/CTOC%2FCOP%2FWG.3%2F2012%2F5.json',
    );
  });

  it('refuse malformed, overlong and control-character names with the status that says so', () => {
    const status = (path: string) => {
      try {
        readAddress(path, '/entities/');
        return 200;
      } catch (error) {
        return (error as { status: number }).status;
      }
    };
    expect(status('/entities/%E0%A4%A')).toBe(400);
    expect(status('/entities/a%00b')).toBe(400);
    expect(status(`/entities/${'a'.repeat(301)}`)).toBe(414);
    expect(status('/entities/')).toBe(404);
  });
});

describe('linked text', () => {
  it('links the spans of each line and leaves the rest as escaped text', () => {
    const text = '检察官<网络>\n(a) 欧洲司法网和伊比利亚美洲网';
    const [lead, item] = linesOf(text);
    expect(item).toEqual({ text: '(a) 欧洲司法网和伊比利亚美洲网', offset: 8, letter: 'a' });
    const spans = [
      { start: 12, end: 17, target: 'ejn' },
      { start: 13, end: 15, target: 'overlapping' },
      { start: 18, end: 24, target: 'iberred' },
      { start: 0, end: 3, target: 'lead' },
    ];
    const link = (words: string, target: string) => h`<a href="/${target}">${words}</a>`;
    expect(body(h`${linkedLine(lead!, spans, link)}`)).toBe('<a href="/lead">检察官</a>&lt;网络&gt;');
    expect(body(h`${linkedLine(item!, spans, link)}`)).toBe(
      '(a) <a href="/ejn">欧洲司法网</a>和<a href="/iberred">伊比利亚美洲</a>网',
    );
  });
});
