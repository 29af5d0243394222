// Legend and filters: every entity kind with its colour and every relationship type, each with how
// many are on screen and a checkbox that hides or shows them (and leaves them out of later fetches).
import { clear, h, swatch } from './dom.mjs';
import { t } from './strings.mjs';

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
        h('h2', { class: 'panel-title' }, t(lang, 'legendAndFilters')),
        h(
          'button',
          {
            type: 'button',
            class: 'icon narrow-only',
            'aria-label': t(lang, 'closeFilters'),
            onclick: () => document.body.classList.remove('filters-open'),
          },
          '×',
        ),
      ),
      this.group(t(lang, 'entities'), 'kind', kinds, kindCounts, this.view.hiddenKinds, (item) => [
        swatch(item.colour),
        ` ${item[lang]}`,
      ]),
      this.group(t(lang, 'relationships'), 'type', types, typeCounts, this.view.hiddenTypes, (item) => [
        h('span', { class: 'rel-line', 'aria-hidden': 'true' }),
        ` ${item[lang]}`,
      ]),
      h('p', { class: 'note' }, t(lang, 'filtersNote')),
    );
    if (focused) this.element.querySelector(`[data-filter="${CSS.escape(focused)}"]`)?.focus();
  }

  group(title, field, items, counts, hidden, label) {
    const { lang } = this.view;
    const other = lang === 'zh' ? 'en' : 'zh';
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
          t(lang, 'all'),
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'link',
            onclick: () => items.forEach((item) => setHidden(item.name, true)),
          },
          t(lang, 'none'),
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
              { title: t(lang, 'filterItemTitle', { name: item.name, other: item[other] }) },
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
