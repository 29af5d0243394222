// A paragraph of the report as the report writes it, with coopgraph's unofficial English rendering;
// a relation's quote, where it stands in the paragraph, is marked in the text.
import { h } from './dom.mjs';
import { t } from './strings.mjs';

/**
 * The stretches of `text` that `marks` cover (UTF-16 offsets, end exclusive, as the API's spans give
 * them), in order and merged where they overlap; a mark outside the text is left out.
 */
export function markedStretches(text, marks) {
  const stretches = [];
  const valid = marks
    .filter((mark) => Number.isInteger(mark.start) && Number.isInteger(mark.end))
    .filter((mark) => mark.start >= 0 && mark.end <= text.length && mark.start < mark.end)
    .sort((a, b) => a.start - b.start);
  for (const { start, end } of valid) {
    const last = stretches.at(-1);
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else stretches.push({ start, end });
  }
  return stretches;
}

/** The text with its marked stretches as `<mark>` elements, everything else as text. */
function markedText(lang, text, marks) {
  const pieces = [];
  let at = 0;
  for (const { start, end } of markedStretches(text, marks)) {
    if (start > at) pieces.push(text.slice(at, start));
    pieces.push(h('mark', { class: 'quote', title: t(lang, 'quoteMark') }, text.slice(start, end)));
    at = end;
  }
  if (at < text.length) pieces.push(text.slice(at));
  return pieces;
}

export function paragraphBlock(lang, paragraph, { open = false, marks = [] } = {}) {
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
    h(
      'blockquote',
      { lang: 'zh-Hans', cite: paragraph.key, translate: 'no' },
      paragraph.text ? markedText(lang, paragraph.text, marks) : '—',
    ),
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

/**
 * Several paragraphs, in report order; `spans` (a relation's, from the API) mark its quote in each
 * paragraph that holds it.
 */
export function paragraphList(lang, paragraphs, { spans = [], ...options } = {}) {
  const sorted = [...paragraphs].sort((a, b) => a.key.localeCompare(b.key, 'en', { numeric: true }));
  return h(
    'div',
    { class: 'paragraphs' },
    sorted.map((paragraph) =>
      paragraphBlock(lang, paragraph, {
        ...options,
        marks: spans.filter((span) => span.paragraph?.key === paragraph.key),
      }),
    ),
  );
}
