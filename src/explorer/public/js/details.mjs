// The details panel: an entity's names, kind, key, properties, relations and the paragraphs of the
// report behind each, or one relationship with its sources.
import { DETAILS, EDGE_SOURCES, gql } from './api.mjs';
import { clear, h, swatch } from './dom.mjs';
import { paragraphList } from './paragraphs.mjs';

const EN_STATUS = {
  official: 'official English name',
  translated: 'English name translated by coopgraph (unofficial)',
  untranslated: 'a symbol or reference, the same in both languages',
};

/** Relations the panel lists at most (within the server's limit on `first` of `relations`). */
const RELATIONS_SHOWN = 200;

/** Properties shown under their own heading rather than in the table. */
const TEXT_PROPERTIES = { textZh: 'Text (the report’s words)', textEn: 'Unofficial English rendering' };

export class DetailsPanel {
  constructor(element, { view, vocabulary, actions }) {
    this.element = element;
    this.view = view;
    this.vocabulary = vocabulary;
    this.actions = actions;
    this.cache = new Map();
    this.current = null;
    this.pathStart = null;
    this.token = 0;
  }

  get lang() {
    return this.view.lang;
  }

  hide() {
    this.current = null;
    this.element.hidden = true;
    document.body.classList.remove('details-open');
  }

  open() {
    this.element.hidden = false;
    document.body.classList.add('details-open');
  }

  /** Shows the entity with this key; resolves when its details are on screen. */
  async showNode(key) {
    const token = ++this.token;
    this.current = { type: 'node', key };
    this.open();
    if (!this.cache.has(key)) {
      this.render(h('p', { class: 'loading' }, 'Loading…'));
      // The promise is kept, so the two taps of a double-click ask once.
      const first = Math.min(RELATIONS_SHOWN, this.view.limits.maxRelations);
      const request = gql(DETAILS, { key, first }).then(({ entity }) => entity);
      this.cache.set(key, request);
      request.catch(() => this.cache.delete(key));
    }
    let entity;
    try {
      entity = await this.cache.get(key);
    } catch (error) {
      if (token === this.token) this.render(h('p', { class: 'error' }, error.message));
      return;
    }
    if (token !== this.token) return;
    this.render(
      entity ? this.entityView(entity) : h('p', { class: 'error' }, `No entity has the key ${key}.`),
    );
  }

  async showEdge(edge) {
    const token = ++this.token;
    const data = edge.data();
    this.current = { type: 'edge', id: data.id };
    this.open();
    this.render(h('p', { class: 'loading' }, 'Loading…'));
    let relation;
    try {
      const { entity } = await gql(EDGE_SOURCES, {
        key: data.source,
        types: [data.type],
        first: this.view.limits.maxRelations,
      });
      relation = entity?.relations.find((rel) => rel.other.key === data.target);
    } catch (error) {
      if (token === this.token) this.render(h('p', { class: 'error' }, error.message));
      return;
    }
    if (token !== this.token) return;
    this.render(this.edgeView(edge, relation));
  }

  /** Re-renders what is shown (after a language switch or a change of the view). */
  async refresh() {
    if (this.current?.type === 'node') {
      await this.showNode(this.current.key);
    } else if (this.current?.type === 'edge') {
      const edge = this.view.cy.getElementById(this.current.id);
      if (edge.nonempty()) await this.showEdge(edge);
      else this.hide();
    }
  }

  render(content) {
    // Re-rendering the same thing keeps the reader's place.
    const same = this.rendered === JSON.stringify(this.current);
    const scroll = same ? this.element.scrollTop : 0;
    this.rendered = JSON.stringify(this.current);
    clear(this.element).append(
      h(
        'div',
        { class: 'panel-head' },
        h('h2', { class: 'panel-title' }, 'Details'),
        h(
          'button',
          { type: 'button', class: 'icon', 'aria-label': 'Close details', onclick: () => this.hide() },
          '×',
        ),
      ),
      content,
    );
    this.element.scrollTop = scroll;
  }

  name(names) {
    return this.lang === 'zh' ? names.zh : names.en;
  }

  otherName(names) {
    return this.lang === 'zh' ? names.en : names.zh;
  }

  kindLine(kind) {
    const info = this.vocabulary.kind(kind);
    return h('p', { class: 'kind' }, swatch(info.colour), ` ${info.en} · ${info.zh}`);
  }

  entityView(entity) {
    const node = this.view.cy.getElementById(entity.key);
    const onScreen = node.nonempty();
    const expanded = onScreen && node.hasClass('anchor');
    const more = onScreen ? (node.data('more') ?? 0) : 0;
    const actions = [];
    if (!expanded) {
      actions.push(
        this.button(
          onScreen ? 'Expand neighbours' : 'Show with neighbours',
          () => this.actions.expand(entity.key),
          'primary',
        ),
      );
    } else if (more > 0) {
      actions.push(this.button(`Show more (+${more})`, () => this.actions.expand(entity.key), 'primary'));
    }
    if (expanded) actions.push(this.button('Collapse', () => this.actions.collapse(entity.key)));
    if (onScreen) actions.push(this.button('Centre', () => this.actions.centre(entity.key)));
    if (entity.kind === 'RESOLUTION' || entity.kind === 'RECOMMENDATION') {
      actions.push(this.button('Trace', () => this.actions.trace(entity.key)));
    }
    if (this.pathStart && this.pathStart !== entity.key) {
      actions.push(
        this.button('Shortest path from start to here', () => this.actions.path(this.pathStart, entity.key)),
      );
    }
    actions.push(
      this.button(this.pathStart === entity.key ? 'Path start ✓' : 'Set as path start', () => {
        this.pathStart = this.pathStart === entity.key ? null : entity.key;
        void this.refresh();
      }),
    );

    const relations = entity.relations.filter((rel) => !(rel.type === 'MENTIONS' && rel.direction === 'IN'));
    return h(
      'article',
      { class: 'entity', 'data-key': entity.key },
      this.kindLine(entity.kind),
      h('h3', { class: 'name', lang: this.lang === 'zh' ? 'zh-Hans' : 'en' }, this.name(entity.names)),
      h(
        'p',
        { class: 'other-name', lang: this.lang === 'zh' ? 'en' : 'zh-Hans' },
        this.otherName(entity.names),
      ),
      h(
        'dl',
        { class: 'facts' },
        h('dt', {}, 'Key'),
        h('dd', {}, h('code', {}, entity.key)),
        h('dt', {}, 'Chinese'),
        h('dd', { lang: 'zh-Hans' }, entity.names.zh),
        h('dt', {}, 'English'),
        h(
          'dd',
          {},
          entity.names.en,
          h('span', { class: 'note' }, ` (${EN_STATUS[entity.enStatus] ?? entity.enStatus})`),
        ),
        entity.aliases.length > 0 && [h('dt', {}, 'Also'), h('dd', {}, entity.aliases.join(' · '))],
      ),
      h('div', { class: 'actions' }, actions),
      this.propertiesView(entity.properties),
      this.relationsView(entity, relations),
      h(
        'section',
        {},
        h(
          'h4',
          {},
          `Mentioned in ${entity.mentionedIn.length} paragraph${entity.mentionedIn.length === 1 ? '' : 's'}`,
        ),
        entity.mentionedIn.length > 0
          ? paragraphList(entity.mentionedIn, { open: entity.mentionedIn.length <= 2 })
          : h('p', { class: 'note' }, 'No paragraph names it.'),
      ),
    );
  }

  button(label, onclick, variant = '') {
    return h('button', { type: 'button', class: variant, onclick }, label);
  }

  propertiesView(properties) {
    const entries = Object.entries(properties ?? {}).filter(([, value]) => value !== null && value !== '');
    if (entries.length === 0) return null;
    const texts = entries.filter(([name]) => TEXT_PROPERTIES[name]);
    const rest = entries.filter(([name]) => !TEXT_PROPERTIES[name]).sort(([a], [b]) => a.localeCompare(b));
    return h(
      'section',
      {},
      h('h4', {}, 'Properties'),
      texts.map(([name, value]) =>
        h(
          'div',
          { class: `text-property ${name}` },
          h('p', { class: 'tag' }, TEXT_PROPERTIES[name]),
          h('p', { lang: name === 'textZh' ? 'zh-Hans' : 'en' }, String(value)),
        ),
      ),
      rest.length > 0 &&
        h(
          'table',
          { class: 'properties' },
          h(
            'tbody',
            {},
            rest.map(([name, value]) =>
              h('tr', {}, h('th', { scope: 'row' }, name), h('td', {}, formatValue(value))),
            ),
          ),
        ),
    );
  }

  relationsView(entity, relations) {
    const groups = new Map();
    for (const rel of relations) {
      const id = `${rel.direction}:${rel.type}`;
      if (!groups.has(id)) groups.set(id, []);
      groups.get(id).push(rel);
    }
    return h(
      'section',
      {},
      h('h4', {}, `Relations (${relations.length})`),
      relations.length === 0 && h('p', { class: 'note' }, 'None besides mentions.'),
      [...groups.values()].map((rels) => {
        const { type, direction } = rels[0];
        const name = this.vocabulary.relationName(type, this.lang);
        const heading = direction === 'OUT' ? `${name} →` : `← ${name}`;
        const explain =
          direction === 'OUT'
            ? `this entity ${name} the entities below`
            : `the entities below ${name} this entity`;
        return h(
          'div',
          { class: 'relation-group' },
          h('h5', { title: `${type}: ${explain}` }, heading, h('span', { class: 'type' }, ` ${type}`)),
          h(
            'ul',
            {},
            rels.map((rel) =>
              h(
                'li',
                {},
                h(
                  'button',
                  {
                    type: 'button',
                    class: 'link',
                    title: `${rel.other.key}: show it${this.view.cy.getElementById(rel.other.key).empty() ? ' with its neighbours' : ''}`,
                    onclick: () => this.actions.open(rel.other.key),
                  },
                  swatch(this.vocabulary.colour(rel.other.kind)),
                  ' ',
                  this.name(rel.other.names),
                ),
                rel.inferred &&
                  h(
                    'span',
                    { class: 'inferred', title: 'The sources state it without naming both ends' },
                    ` inferred: ${rel.inferred}`,
                  ),
                rel.sources.length > 0 && paragraphList(rel.sources),
              ),
            ),
          ),
        );
      }),
    );
  }

  edgeView(edge, relation) {
    const data = edge.data();
    const source = edge.source().data();
    const target = edge.target().data();
    const type = this.vocabulary.relationType(data.type);
    const nameOf = (node) => (this.lang === 'zh' ? node.nameZh : node.nameEn);
    return h(
      'article',
      { class: 'relation', 'data-id': data.id },
      h('p', { class: 'kind' }, `Relationship · ${data.type}`),
      h('h3', { class: 'name' }, `${nameOf(source)} → ${type[this.lang]} → ${nameOf(target)}`),
      h('p', { class: 'other-name' }, `${type.en} · ${type.zh}`),
      h(
        'div',
        { class: 'actions' },
        this.button('Show source', () => this.actions.select(source.id)),
        this.button('Show target', () => this.actions.select(target.id)),
      ),
      relation?.inferred && h('p', { class: 'inferred' }, `Inferred: ${relation.inferred}`),
      h(
        'section',
        {},
        h('h4', {}, 'Stated in'),
        relation && relation.sources.length > 0
          ? paragraphList(relation.sources, { open: relation.sources.length <= 2 })
          : h('p', { class: 'note' }, 'No paragraph is recorded for it.'),
      ),
    );
  }
}

function formatValue(value) {
  if (Array.isArray(value))
    return value.map((item) => (typeof item === 'object' ? JSON.stringify(item) : String(item))).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
