// A paragraph of the report as the report writes it, with coopgraph's unofficial English rendering.
import { h } from './dom.mjs';
import { t } from './strings.mjs';

export function paragraphBlock(lang, paragraph, { open = false } = {}) {
  const report = paragraph.key.replace(/^paragraph:/, '').replace(/#.*$/, '');
  const snippet = (paragraph.text ?? '').slice(0, 36);
  return h(
    'details',
    { class: 'paragraph', open },
    h(
      'summary',
      { title: t(lang, 'paragraphTitle', { report, number: paragraph.number }) },
      h('span', { class: 'para-number' }, `¶${paragraph.number}`),
      h(
        'span',
        { class: 'snippet', lang: 'zh-Hans', translate: 'no' },
        snippet + ((paragraph.text ?? '').length > 36 ? '…' : ''),
      ),
    ),
    h('blockquote', { lang: 'zh-Hans', cite: paragraph.key, translate: 'no' }, paragraph.text ?? '—'),
    paragraph.textEn
      ? h(
          'p',
          { class: 'rendering' },
          h('span', { class: 'tag' }, t(lang, 'textEn')),
          ' ',
          h('span', { lang: 'en', translate: 'no' }, paragraph.textEn),
        )
      : h('p', { class: 'rendering none' }, t(lang, 'noRendering')),
  );
}

/** Several paragraphs, in report order. */
export function paragraphList(lang, paragraphs, options) {
  const sorted = [...paragraphs].sort((a, b) => a.key.localeCompare(b.key, 'en', { numeric: true }));
  return h(
    'div',
    { class: 'paragraphs' },
    sorted.map((paragraph) => paragraphBlock(lang, paragraph, options)),
  );
}
