// The details panel: an entity's names, kind, key, properties, relations and the paragraphs of the
// report behind each, or one relationship with its sources.
import { DETAILS, EDGE_SOURCES, gql } from './api.mjs';
import { clear, data, h, swatch } from './dom.mjs';
import { paragraphList } from './paragraphs.mjs';
import { errorParts, PageError, parts, t } from './strings.mjs';

/** The text that explains each `enStatus`. */
const EN_STATUS = { official: 'enOfficial', translated: 'enTranslated', untranslated: 'enUntranslated' };

/** Relations the panel lists at most (within the server's limit on `first` of `relations`). */
const RELATIONS_SHOWN = 200;

/** Properties shown under their own heading (the text of that name) rather than in the table. */
const TEXT_PROPERTIES = { textZh: 'textZh', textEn: 'textEn' };

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

  /** The page's text `id` in the label language. */
  say(id, values) {
    return t(this.lang, id, values);
  }

  failure(error) {
    return h('p', { class: 'error' }, errorParts(this.lang, error, data));
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
      this.render(h('p', { class: 'loading' }, this.say('loadingDetails')));
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
      if (token === this.token) this.render(this.failure(error));
      return;
    }
    if (token !== this.token) return;
    this.render(entity ? this.entityView(entity) : this.failure(new PageError('noEntity', { key })));
  }

  async showEdge(edge) {
    const token = ++this.token;
    const { id, source, target, type } = edge.data();
    this.current = { type: 'edge', id };
    this.open();
    // An edge from outside the report carries its source; no paragraph states it.
    if (edge.data('externalSource')) return this.render(this.edgeView(edge, null));
    this.render(h('p', { class: 'loading' }, this.say('loadingDetails')));
    let relation;
    try {
      const { entity } = await gql(EDGE_SOURCES, {
        key: source,
        types: [type],
        first: this.view.limits.maxRelations,
      });
      relation = entity?.relations.find((rel) => rel.other.key === target);
    } catch (error) {
      if (token === this.token) this.render(this.failure(error));
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
        h('h2', { class: 'panel-title' }, this.say('details')),
        h(
          'button',
          {
            type: 'button',
            class: 'icon',
            'aria-label': this.say('closeDetails'),
            onclick: () => this.hide(),
          },
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
    const other = this.lang === 'zh' ? 'en' : 'zh';
    return h('p', { class: 'kind' }, swatch(info.colour), ' ', data(`${info[this.lang]} · ${info[other]}`));
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
          this.say(onScreen ? 'expandNeighbours' : 'showWithNeighbours'),
          () => this.actions.expand(entity.key),
          'primary',
        ),
      );
    } else if (more > 0) {
      actions.push(
        this.button(this.say('showMore', { count: more }), () => this.actions.expand(entity.key), 'primary'),
      );
    }
    if (expanded) actions.push(this.button(this.say('collapse'), () => this.actions.collapse(entity.key)));
    if (onScreen) actions.push(this.button(this.say('centre'), () => this.actions.centre(entity.key)));
    if (entity.kind === 'RESOLUTION' || entity.kind === 'RECOMMENDATION') {
      actions.push(this.button(this.say('trace'), () => this.actions.trace(entity.key)));
    }
    const path = this.view.path;
    if (path?.found && path.order.slice(1, -1).includes(entity.key)) {
      actions.push(this.button(this.say('avoidInPath'), () => this.actions.avoid(entity.key)));
    }
    if (this.pathStart && this.pathStart !== entity.key) {
      actions.push(this.button(this.say('pathHere'), () => this.actions.path(this.pathStart, entity.key)));
    }
    actions.push(
      this.button(this.say(this.pathStart === entity.key ? 'pathStartSet' : 'setPathStart'), () => {
        this.pathStart = this.pathStart === entity.key ? null : entity.key;
        void this.refresh();
      }),
    );

    // The API may spell the status as its enum value (OFFICIAL) or as stored (official).
    const status = EN_STATUS[String(entity.enStatus).toLowerCase()];
    const relations = entity.relations.filter((rel) => !(rel.type === 'MENTIONS' && rel.direction === 'IN'));
    return h(
      'article',
      { class: 'entity', 'data-key': entity.key },
      this.kindLine(entity.kind),
      h(
        'h3',
        { class: 'name', lang: this.lang === 'zh' ? 'zh-Hans' : 'en', translate: 'no' },
        this.name(entity.names),
      ),
      h(
        'p',
        { class: 'other-name', lang: this.lang === 'zh' ? 'en' : 'zh-Hans', translate: 'no' },
        this.otherName(entity.names),
      ),
      // The server sends any spelling of the key to the page's canonical address.
      h(
        'p',
        { class: 'page-link' },
        h('a', { href: `/entities/${encodeURIComponent(entity.key)}` }, this.say('entityPage')),
      ),
      h(
        'dl',
        { class: 'facts' },
        h('dt', {}, this.say('key')),
        h('dd', {}, h('code', { translate: 'no' }, entity.key)),
        h('dt', {}, this.say('chinese')),
        h('dd', { lang: 'zh-Hans', translate: 'no' }, entity.names.zh),
        h('dt', {}, this.say('english')),
        h(
          'dd',
          {},
          data(entity.names.en, { lang: 'en' }),
          ' ',
          h('span', { class: 'note' }, '(', status ? this.say(status) : data(entity.enStatus), ')'),
        ),
        entity.aliases.length > 0 && [
          h('dt', {}, this.say('also')),
          h('dd', { translate: 'no' }, entity.aliases.join(' · ')),
        ],
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
          entity.mentionedIn.length === 1
            ? this.say('mentionedInOne')
            : this.say('mentionedInMany', { count: entity.mentionedIn.length }),
        ),
        entity.mentionedIn.length > 0
          ? paragraphList(this.lang, entity.mentionedIn, { open: entity.mentionedIn.length <= 2 })
          : h('p', { class: 'note' }, this.say('noParagraph')),
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
      h('h4', {}, this.say('properties')),
      texts.map(([name, value]) =>
        h(
          'div',
          { class: `text-property ${name}` },
          h('p', { class: 'tag' }, this.say(TEXT_PROPERTIES[name])),
          h('p', { lang: name === 'textZh' ? 'zh-Hans' : 'en', translate: 'no' }, String(value)),
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
              // Property names are the data's own, as the API gives them.
              h('tr', { translate: 'no' }, h('th', { scope: 'row' }, name), h('td', {}, formatValue(value))),
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
      h('h4', {}, this.say('relations', { count: relations.length })),
      relations.length === 0 && h('p', { class: 'note' }, this.say('noRelations')),
      [...groups.values()].map((rels) => {
        const { type, direction } = rels[0];
        const name = this.vocabulary.relationName(type, this.lang);
        const heading = direction === 'OUT' ? [name, ' →'] : ['← ', name];
        const explain = this.say(direction === 'OUT' ? 'relationOut' : 'relationIn', {
          type,
          relation: name,
        });
        return h(
          'div',
          { class: 'relation-group' },
          h('h5', { title: explain }, heading, ' ', data(type, { class: 'type' })),
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
                    title: this.say(
                      this.view.cy.getElementById(rel.other.key).empty()
                        ? 'openWithNeighbours'
                        : 'openOnScreen',
                      { key: rel.other.key },
                    ),
                    onclick: () => this.actions.open(rel.other.key),
                  },
                  swatch(this.vocabulary.colour(rel.other.kind)),
                  ' ',
                  data(this.name(rel.other.names)),
                ),
                rel.inferred && [
                  ' ',
                  h(
                    'span',
                    { class: 'inferred', title: this.say('inferredTitle') },
                    ...parts(this.lang, 'inferred', { reason: data(rel.inferred) }),
                  ),
                ],
                rel.sources.length > 0 && paragraphList(this.lang, rel.sources, { spans: rel.spans }),
              ),
            ),
          ),
        );
      }),
    );
  }

  /** A quote that stands in a section's heading, which no paragraph shown holds: given as it is. */
  headingQuote(relation) {
    if (!relation.quote || !relation.spans?.some((span) => span.section)) return null;
    return h(
      'p',
      { class: 'heading-quote' },
      ...parts(this.lang, 'quoteInHeading', {
        quote: h('mark', { class: 'quote', lang: 'zh-Hans', translate: 'no' }, relation.quote),
      }),
    );
  }

  edgeView(edge, relation) {
    const edgeData = edge.data();
    const source = edge.source().data();
    const target = edge.target().data();
    const type = this.vocabulary.relationType(edgeData.type);
    const nameOf = (node) => (this.lang === 'zh' ? node.nameZh : node.nameEn);
    return h(
      'article',
      { class: 'relation', 'data-id': edgeData.id },
      h('p', { class: 'kind' }, ...parts(this.lang, 'relationship', { type: data(edgeData.type) })),
      h(
        'h3',
        { class: 'name', translate: 'no' },
        `${nameOf(source)} → ${type[this.lang]} → ${nameOf(target)}`,
      ),
      h('p', { class: 'other-name', translate: 'no' }, `${type.en} · ${type.zh}`),
      h(
        'div',
        { class: 'actions' },
        this.button(this.say('showSource'), () => this.actions.select(source.id)),
        this.button(this.say('showTarget'), () => this.actions.select(target.id)),
      ),
      relation?.inferred &&
        h('p', { class: 'inferred' }, ...parts(this.lang, 'inferred', { reason: data(relation.inferred) })),
      edgeData.externalSource
        ? this.externalSourceView(edgeData.externalSource)
        : h(
            'section',
            {},
            h('h4', {}, this.say('statedIn')),
            relation && relation.sources.length > 0
              ? paragraphList(this.lang, relation.sources, {
                  open: relation.sources.length <= 2,
                  spans: relation.spans,
                })
              : h('p', { class: 'note' }, this.say('noSource')),
            relation && this.headingQuote(relation),
          ),
    );
  }

  /** The classification outside the report that an external edge comes from, as the API names it. */
  externalSourceView(source) {
    const row = (label, value) => [h('dt', {}, this.say(label)), h('dd', {}, data(value))];
    return h(
      'section',
      { class: 'external-source' },
      h('h4', {}, this.say('externalSource')),
      h('p', { class: 'note' }, this.say('externalNote')),
      h(
        'dl',
        { class: 'facts' },
        row('classification', source.classification),
        row('publisher', source.publisher),
        row('edition', source.version),
        row('package', source.package),
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
