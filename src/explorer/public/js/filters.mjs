// Legend and filters: every entity kind with its colour and every relationship type, each with how
// many are on screen and a checkbox that hides or shows them (and leaves them out of later fetches).
import { clear, h, swatch } from './dom.mjs';

export class FiltersPanel {
  constructor(element, { view, vocabulary }) {
    this.element = element;
    this.view = view;
    this.vocabulary = vocabulary;
  }

  render() {
    const { cy, lang } = this.view;
    const kindCounts = countBy(cy.nodes(), 'kind');
    const typeCounts = countBy(cy.edges(), 'type');
    const kinds = [...this.vocabulary.kinds.values()];
    const types = [...this.vocabulary.relationTypes.values()];
    const focused = document.activeElement?.dataset?.filter;
    clear(this.element).append(
      h(
        'div',
        { class: 'panel-head' },
        h('h2', { class: 'panel-title' }, 'Legend & filters'),
        h(
          'button',
          {
            type: 'button',
            class: 'icon narrow-only',
            'aria-label': 'Close filters',
            onclick: () => document.body.classList.remove('filters-open'),
          },
          '×',
        ),
      ),
      this.group('Entities', 'kind', kinds, kindCounts, this.view.hiddenKinds, (item) => [
        swatch(item.colour),
        ` ${item[lang]}`,
      ]),
      this.group('Relationships', 'type', types, typeCounts, this.view.hiddenTypes, (item) => [
        h('span', { class: 'rel-line', 'aria-hidden': 'true' }),
        ` ${item[lang]}`,
      ]),
      h(
        'p',
        { class: 'note' },
        'Unticked kinds and relationships are hidden and left out of later expansions. Mentions (paragraph → entity) are off by default.',
      ),
    );
    if (focused) this.element.querySelector(`[data-filter="${CSS.escape(focused)}"]`)?.focus();
  }

  group(title, field, items, counts, hidden, label) {
    const setHidden = (name, value) =>
      field === 'kind' ? this.view.setKindHidden(name, value) : this.view.setTypeHidden(name, value);
    return h(
      'section',
      { class: `filter-group ${field}s` },
      h(
        'div',
        { class: 'group-head' },
        h('h3', {}, title),
        h(
          'button',
          {
            type: 'button',
            class: 'link',
            onclick: () => items.forEach((item) => setHidden(item.name, false)),
          },
          'all',
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'link',
            onclick: () => items.forEach((item) => setHidden(item.name, true)),
          },
          'none',
        ),
      ),
      h(
        'ul',
        {},
        items.map((item) =>
          h(
            'li',
            { class: counts.get(item.name) ? 'present' : 'absent' },
            h(
              'label',
              { title: `${item.name}: ${item.en} · ${item.zh}` },
              h('input', {
                type: 'checkbox',
                checked: !hidden.has(item.name),
                value: item.name,
                dataset: { filter: `${field}:${item.name}` },
                onchange: (event) => setHidden(item.name, !event.target.checked),
              }),
              label(item),
              h('span', { class: 'count' }, String(counts.get(item.name) ?? 0)),
            ),
          ),
        ),
      ),
    );
  }
}

function countBy(eles, field) {
  const counts = new Map();
  eles.forEach((ele) => counts.set(ele.data(field), (counts.get(ele.data(field)) ?? 0) + 1));
  return counts;
}
