// A paragraph of the report as the report writes it, with coopgraph's unofficial English rendering.
import { h } from './dom.mjs';

export function paragraphBlock(paragraph, { open = false } = {}) {
  const report = paragraph.key.replace(/^paragraph:/, '').replace(/#.*$/, '');
  const snippet = (paragraph.text ?? '').slice(0, 36);
  return h(
    'details',
    { class: 'paragraph', open },
    h(
      'summary',
      { title: `${report}, paragraph ${paragraph.number}` },
      h('span', { class: 'para-number' }, `¶${paragraph.number}`),
      h(
        'span',
        { class: 'snippet', lang: 'zh-Hans' },
        snippet + ((paragraph.text ?? '').length > 36 ? '…' : ''),
      ),
    ),
    h('blockquote', { lang: 'zh-Hans', cite: paragraph.key }, paragraph.text ?? '—'),
    paragraph.textEn
      ? h(
          'p',
          { class: 'rendering', lang: 'en' },
          h('span', { class: 'tag' }, 'Unofficial English rendering'),
          ' ',
          paragraph.textEn,
        )
      : h('p', { class: 'rendering none' }, 'No English rendering of this paragraph.'),
  );
}

/** Several paragraphs, in report order. */
export function paragraphList(paragraphs, options) {
  const sorted = [...paragraphs].sort((a, b) => a.key.localeCompare(b.key, 'en', { numeric: true }));
  return h(
    'div',
    { class: 'paragraphs' },
    sorted.map((paragraph) => paragraphBlock(paragraph, options)),
  );
}
