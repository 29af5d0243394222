// Wires the explorer together: the graph view, its panels, the search box, the URL and the keyboard.
// `window.cy` is the Cytoscape instance and `window.explorer` the page's API for scripts and tests.
import { gql, RESOLUTIONS } from './api.mjs';
import { DetailsPanel } from './details.mjs';
import { clear, h } from './dom.mjs';
import { cytoscapeJson, exportView, graphml, httpExportUrl, png, visibleElements } from './exports.mjs';
import { FiltersPanel } from './filters.mjs';
import { frame, LAYOUTS } from './layout.mjs';
import { SearchBox } from './search.mjs';
import { readUrlState, writeUrlState } from './url-state.mjs';
import { GraphView } from './view.mjs';
import { Vocabulary } from './vocabulary.mjs';

const $ = (id) => document.getElementById(id);
const EXAMPLES = ['EJN', '司法网', 'resolution 5/7', 'article 18', 'extradition'];

async function boot() {
  const vocabulary = new Vocabulary();
  await vocabulary.load();
  const view = new GraphView($('cy'), vocabulary);
  const cy = view.cy;
  let restoring = false;
  let detailsTask = Promise.resolve();

  const selectedKey = () => {
    const nodes = cy.nodes(':selected');
    return nodes.length === 1 ? nodes.id() : null;
  };

  const details = new DetailsPanel($('details'), {
    view,
    vocabulary,
    actions: {
      expand: (key) => expandAndSelect(key),
      collapse: (key) => view.collapse(key),
      centre: (key) => frame(cy, cy.getElementById(key).closedNeighborhood()),
      trace: (key) => startTrace(key),
      path: (from, to) => showPath(from, to),
      open: (key) =>
        cy.getElementById(key).nonempty() ? select(key, { centre: true }) : expandAndSelect(key),
      select: (key) => select(key, { centre: true }),
    },
  });
  const filters = new FiltersPanel($('filters'), { view, vocabulary });

  function showDetails(task) {
    detailsTask = task.catch(() => undefined);
    return detailsTask;
  }

  function select(key, { centre = false } = {}) {
    const node = cy.getElementById(key);
    if (node.empty()) return Promise.resolve();
    cy.elements(':selected').unselect();
    node.select();
    // The panel opens first, so that framing fits the graph into the room that is left.
    const shown = showDetails(details.showNode(key));
    if (centre) void frame(cy, node.closedNeighborhood());
    return shown;
  }

  async function expandAndSelect(key) {
    await view.expand(key);
    await select(key, { centre: true });
  }

  async function startTrace(key) {
    await view.startTrace(key);
    await select(key);
    await frame(cy, null, { animate: false });
  }

  async function showPath(from, to) {
    const path = await view.shortestPath(from, to);
    if (path && !path.found) message('No path links them within 8 steps under the current filters.');
  }

  // ---- the graph's events ----

  cy.on('tap', 'node', (event) => void showDetails(details.showNode(event.target.id())));
  cy.on('tap', 'edge', (event) => void showDetails(details.showEdge(event.target)));
  cy.on('dbltap', 'node', (event) => void view.expand(event.target.id()));
  cy.on('cxttap', 'node', (event) => void view.collapse(event.target.id()));
  cy.on('select unselect', () => {
    updatePathButton();
    if (!restoring) writeUrlState(view, selectedKey());
  });
  cy.on('mouseover', 'node', (event) => {
    const data = event.target.data();
    event.target.connectedEdges().addClass('labelled');
    message(`${data.nameEn} · ${data.nameZh} · ${data.id}`, 'hover');
  });
  cy.on('mouseout', 'node', (event) => {
    event.target.connectedEdges().removeClass('labelled');
    message('', 'hover');
  });

  view.addEventListener('change', (event) => {
    const { reason } = event.detail;
    $('busy').hidden = view.pending === 0;
    if (reason === 'busy') return;
    filters.render();
    updateCounts();
    updateBanner();
    updateEmpty();
    updatePathButton();
    updateExportLinks();
    if (['expand', 'collapse', 'lang', 'path', 'clear'].includes(reason)) void showDetails(details.refresh());
    if (!restoring)
      writeUrlState(view, selectedKey(), {
        push: ['expand', 'collapse', 'path', 'trace', 'clear', 'show'].includes(reason),
      });
  });
  view.addEventListener('failure', (event) => message(event.detail.error.message, 'error'));

  // ---- the controls ----

  const search = new SearchBox($('search'), $('suggestions'), {
    vocabulary,
    view,
    onChoose: (key) =>
      void (cy.getElementById(key).nonempty() && cy.getElementById(key).hasClass('anchor')
        ? select(key, { centre: true })
        : expandAndSelect(key)),
  });

  const pathButton = $('path-button');
  function updatePathButton() {
    const selected = cy.nodes(':selected');
    pathButton.disabled = selected.length !== 2;
    pathButton.title =
      selected.length === 2
        ? `Shortest path: ${selected[0].data('label')} → ${selected[1].data('label')} (P)`
        : 'Select two entities (Shift+click), then press P';
  }
  function pathBetweenSelected() {
    const selected = cy.nodes(':selected');
    if (selected.length === 2) void showPath(selected[0].id(), selected[1].id());
  }
  pathButton.addEventListener('click', pathBetweenSelected);

  const traceSelect = $('trace-select');
  gql(RESOLUTIONS)
    .then(({ entities }) => {
      entities.nodes.forEach((entity) =>
        traceSelect.append(
          h(
            'option',
            { value: entity.key },
            `${entity.key.replace(/^resolution:/, '')} — ${entity.names.en}`,
          ),
        ),
      );
    })
    .catch((error) => message(error.message, 'error'));
  traceSelect.addEventListener('change', () => {
    if (traceSelect.value) void startTrace(traceSelect.value);
    traceSelect.value = '';
  });

  const layoutSelect = $('layout-select');
  layoutSelect.addEventListener('change', () => {
    void view.relayout(layoutSelect.value);
  });
  $('relayout-button').addEventListener('click', () => void view.relayout());
  $('fit-button').addEventListener('click', () => void frame(cy));
  $('clear-button').addEventListener('click', () => {
    details.hide();
    void view.clear();
  });
  $('filters-toggle').addEventListener('click', () => document.body.classList.toggle('filters-open'));

  function setLang(lang) {
    view.setLang(lang);
    document.querySelectorAll('.lang button').forEach((button) => {
      button.setAttribute('aria-pressed', String(button.dataset.lang === view.lang));
    });
    search.draw();
  }
  document
    .querySelectorAll('.lang button')
    .forEach((button) => button.addEventListener('click', () => setLang(button.dataset.lang)));

  const exportMenu = $('export-menu');
  exportMenu.querySelectorAll('[data-export]').forEach((button) =>
    button.addEventListener('click', () => {
      exportMenu.open = false;
      if (cy.nodes(':visible').empty()) return message('Nothing to export yet.');
      exportView(cy, button.dataset.export);
    }),
  );
  function updateExportLinks() {
    for (const format of ['graphml', 'json', 'statements.csv', 'entities.csv']) {
      const url = httpExportUrl(cy, format);
      const link = $(`export-http-${format.replace('.', '-')}`);
      link.hidden = !url;
      if (url) link.href = url;
    }
  }

  const examples = $('examples');
  EXAMPLES.forEach((text) =>
    examples.append(
      h(
        'button',
        {
          type: 'button',
          class: 'link',
          onclick: () => {
            $('search').value = text;
            $('search').focus();
            void search.lookup(text);
          },
        },
        text,
      ),
      ' ',
    ),
  );

  document.addEventListener('keydown', (event) => {
    const typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement;
    if (typing || event.ctrlKey || event.metaKey || event.altKey) return;
    const key = selectedKey();
    switch (event.key) {
      case '/':
        event.preventDefault();
        $('search').focus();
        break;
      case 'Escape':
        cy.elements(':selected').unselect();
        details.hide();
        document.body.classList.remove('filters-open');
        break;
      case 'e':
        if (key) void view.expand(key);
        break;
      case 'c':
        if (key) void view.collapse(key);
        break;
      case 'p':
        pathBetweenSelected();
        break;
      case 'f':
        void frame(cy);
        break;
      case 'l':
        setLang(view.lang === 'en' ? 'zh' : 'en');
        break;
      default:
        return;
    }
  });

  // ---- status ----

  const messages = { hover: '', error: '', info: '' };
  function message(text, channel = 'info') {
    messages[channel] = text;
    if (channel !== 'hover' && text)
      setTimeout(() => messages[channel] === text && message('', channel), 8000);
    const shown = messages.hover || messages.error || messages.info;
    const element = $('message');
    element.textContent = shown;
    element.className = messages.error && shown === messages.error ? 'error' : '';
  }

  function updateCounts() {
    const hiddenNodes = cy.nodes('.filtered').length;
    const hiddenEdges = cy.edges().length - cy.edges(':visible').length;
    const hidden =
      hiddenNodes + hiddenEdges > 0 ? ` (${hiddenNodes} + ${hiddenEdges} hidden by filters)` : '';
    $('counts').textContent = `${cy.nodes().length} entities · ${cy.edges().length} relationships${hidden}`;
  }

  function updateEmpty() {
    $('empty').hidden = cy.nodes().nonempty() || view.pending > 0;
  }

  function updateBanner() {
    const banner = $('banner');
    clear(banner);
    const name = (key) => {
      const node = cy.getElementById(key);
      return node.nonempty() ? (view.lang === 'zh' ? node.data('nameZh') : node.data('nameEn')) : key;
    };
    if (view.trace) {
      banner.append(
        h('strong', {}, 'Trace: '),
        `${name(view.trace)} → the bodies it asked to act, the discussion it led to, the recommendations that came of it and the articles they cite. `,
        h(
          'button',
          {
            type: 'button',
            onclick: () => {
              const key = view.trace;
              void view.clear().then(() => expandAndSelect(key));
            },
          },
          'Leave trace',
        ),
      );
    } else if (view.path?.found) {
      const hops = [];
      view.path.order.forEach((key, index) => {
        if (index > 0) {
          const previous = view.path.order[index - 1];
          const edge = cy
            .edges('.path')
            .filter(
              (e) =>
                (e.source().id() === previous && e.target().id() === key) ||
                (e.source().id() === key && e.target().id() === previous),
            )[0];
          const forward = edge?.source().id() === previous;
          const rel = edge ? vocabulary.relationName(edge.data('type'), view.lang) : '';
          hops.push(h('span', { class: 'hop' }, forward ? ` —${rel}→ ` : ` ←${rel}— `));
        }
        hops.push(
          h(
            'button',
            { type: 'button', class: 'link', onclick: () => void select(key, { centre: true }) },
            name(key),
          ),
        );
      });
      banner.append(
        h('strong', {}, `Shortest path (${view.path.order.length - 1} steps): `),
        ...hops,
        ' ',
        h('button', { type: 'button', onclick: () => void view.clearPath() }, 'Clear path'),
      );
    }
    banner.hidden = banner.childElementCount === 0;
  }

  // ---- the URL ----

  async function restore() {
    restoring = true;
    try {
      const state = readUrlState(location.search);
      details.hide();
      await view.clear();
      view.setLang(state.lang);
      document
        .querySelectorAll('.lang button')
        .forEach((button) => button.setAttribute('aria-pressed', String(button.dataset.lang === view.lang)));
      if (state.hide) {
        view.hiddenKinds.clear();
        view.hiddenTypes.clear();
        state.hide.forEach((name) => {
          if (vocabulary.relationTypes.has(name)) view.hiddenTypes.add(name);
          else view.hiddenKinds.add(name);
        });
      }
      if (state.layout && LAYOUTS.includes(state.layout)) view.layoutName = state.layout;
      layoutSelect.value = view.layoutName;
      if (state.trace) await view.startTrace(state.trace);
      for (const key of state.show) await view.show(key);
      for (const key of state.open) await view.expand(key);
      if (state.path) await view.shortestPath(...state.path);
      if (state.selected && cy.getElementById(state.selected).nonempty()) await select(state.selected);
      const marked = cy.$('.path');
      await frame(cy, marked.nonempty() ? marked : null, { animate: false });
    } finally {
      restoring = false;
    }
    view.changed('restored');
  }
  window.addEventListener('popstate', () => void restore());

  const explorer = {
    cy,
    view,
    vocabulary,
    /** Resolves when every fetch, layout and panel update started so far has finished. */
    async idle() {
      await view.idle();
      await detailsTask;
      await view.idle();
    },
    expand: (key) => view.expand(key),
    collapse: (key) => view.collapse(key),
    shortestPath: (from, to) => view.shortestPath(from, to),
    trace: (key) => startTrace(key),
    select: (key) => select(key),
    setLang,
    exports: {
      graphml: () => graphml(cy),
      json: () => cytoscapeJson(cy),
      elements: () => visibleElements(cy),
      png: () => png(cy),
    },
  };
  window.cy = cy;
  window.explorer = explorer;
  updateEmpty();
  await restore();
  explorer.ready = true;
  document.body.dataset.ready = 'true';
}

boot().catch((error) => {
  document.body.append(h('p', { class: 'fatal' }, `The explorer could not start: ${error.message}`));
  throw error;
});
