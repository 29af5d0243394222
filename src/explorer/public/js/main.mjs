// Wires the explorer together: the graph view, its panels, the search box, the URL and the keyboard.
// `window.cy` is the Cytoscape instance and `window.explorer` the page's API for scripts and tests.
import { gql, LIMITS, RESOLUTIONS } from './api.mjs';
import { translatePage } from './chrome.mjs';
import { DetailsPanel } from './details.mjs';
import { clear, data, h } from './dom.mjs';
import { cytoscapeJson, exportView, graphml, httpExportUrl, png, visibleElements } from './exports.mjs';
import { FiltersPanel } from './filters.mjs';
import { frame, framings, LAYOUTS } from './layout.mjs';
import { freeArea, inRoom, nodesInRoom, setOverlays } from './room.mjs';
import { SearchBox } from './search.mjs';
import { errorParts, list, parts, t } from './strings.mjs';
import { readUrlState, writeUrlState } from './url-state.mjs';
import { GraphView } from './view.mjs';
import { Vocabulary } from './vocabulary.mjs';

const $ = (id) => document.getElementById(id);
/** As long as the graph waits for a second click (GraphView's multiClickDebounceTime). */
const DOUBLE_CLICK_MS = 400;

async function boot(lang) {
  const vocabulary = new Vocabulary();
  const [{ limits }] = await Promise.all([gql(LIMITS), vocabulary.load()]);
  const view = new GraphView($('cy'), vocabulary, limits);
  const cy = view.cy;
  view.lang = lang;
  let restoring = false;
  let detailsTask = Promise.resolve();
  let roomTask = Promise.resolve();
  const say = (id, values) => t(view.lang, id, values);

  // What may lie over the canvas: on narrow screens the panels slide over it. The banner and the
  // hint have rows of their own, and are named in case a style puts them over it.
  setOverlays(cy, () => ['details', 'filters', 'banner', 'hint'].map($));

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
      avoid: (key) => avoidInPath(key),
      open: (key) =>
        cy.getElementById(key).nonempty() ? select(key, { centre: true }) : expandAndSelect(key),
      select: (key) => select(key, { centre: true }),
    },
  });
  const filters = new FiltersPanel($('filters'), { view, vocabulary });

  /**
   * When a panel opening took room from the graph and covers nodes that were in view, frames them
   * again in what is left, unless something framed the view meanwhile. `delay` lets a double-click
   * finish on the node it aimed at before anything moves.
   */
  function keepInRoom(seen, delay) {
    const before = framings(cy);
    roomTask = new Promise((resolve) => setTimeout(resolve, delay))
      .then(() => view.idle())
      .then(() => {
        if (framings(cy) !== before) return undefined;
        cy.resize();
        const kept = seen.filter((node) => node.inside() && node.visible());
        const area = freeArea(cy);
        return kept.some((node) => !inRoom(cy, node, area)) ? frame(cy, kept) : undefined;
      });
    return roomTask;
  }

  /** Shows something in the details panel (`show` opens it), keeping the graph in the room it leaves. */
  function showDetails(show) {
    const seen = $('details').hidden ? nodesInRoom(cy) : null;
    detailsTask = show().catch(() => undefined);
    if (seen) void keepInRoom(seen, DOUBLE_CLICK_MS);
    return detailsTask;
  }

  function select(key, { centre = false } = {}) {
    const node = cy.getElementById(key);
    if (node.empty()) return Promise.resolve();
    cy.elements(':selected').unselect();
    node.select();
    // The panel opens first, so that framing fits the graph into the room that is left.
    const shown = showDetails(() => details.showNode(key));
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
    if (path && !path.found) message((lang) => t(lang, 'noPath', { max: limits.maxPathLength }));
  }

  /** Asks again for paths that avoid this entity too; when none is left, the paths shown stay. */
  async function avoidInPath(key) {
    const shown = view.path;
    if (!shown?.found) return;
    const label = nameOf(key);
    const path = await view.shortestPath(shown.from, shown.to, { avoid: [...shown.avoid, key] });
    if (path && !path.found) {
      message((lang) => t(lang, 'noPathAvoiding', { name: label(lang), max: limits.maxPathLength }));
      await view.shortestPath(shown.from, shown.to, { avoid: shown.avoid, index: shown.index });
    }
  }

  /** An entity's name in a language, as long as it is on screen (its key otherwise). */
  function nameOf(key) {
    const node = cy.getElementById(key);
    const names = node.nonempty() ? { en: node.data('nameEn'), zh: node.data('nameZh') } : null;
    return (lang) => (names ? (lang === 'zh' ? names.zh : names.en) : key);
  }

  // ---- the graph's events ----

  cy.on('tap', 'node', (event) => void showDetails(() => details.showNode(event.target.id())));
  cy.on('tap', 'edge', (event) => void showDetails(() => details.showEdge(event.target)));
  cy.on('dbltap', 'node', (event) => void view.expand(event.target.id()));
  cy.on('cxttap', 'node', (event) => void view.collapse(event.target.id()));
  cy.on('select unselect', () => {
    updatePathButton();
    if (!restoring) writeUrlState(view, selectedKey());
  });
  cy.on('mouseover', 'node', (event) => {
    const node = event.target.data();
    event.target.connectedEdges().addClass('labelled');
    message(() => [data(`${node.nameEn} · ${node.nameZh} · ${node.id}`)], 'hover');
  });
  cy.on('mouseout', 'node', (event) => {
    event.target.connectedEdges().removeClass('labelled');
    message(null, 'hover');
  });

  view.addEventListener('change', (event) => {
    const { reason } = event.detail;
    $('busy').hidden = view.pending === 0;
    if (reason === 'busy') return;
    // The view entered a path or a trace and frames it next: the banner first, so it frames in the
    // room the banner leaves.
    if (reason === 'mode') return updateBanner({ reframe: false });
    if (reason === 'lang') renderChrome();
    filters.render();
    updateCounts();
    updateBanner();
    updateEmpty();
    updatePathButton();
    updateExportLinks();
    if (['expand', 'collapse', 'lang', 'path', 'clear'].includes(reason))
      void showDetails(() => details.refresh());
    if (!restoring)
      writeUrlState(view, selectedKey(), {
        push: ['expand', 'collapse', 'path', 'trace', 'clear', 'show'].includes(reason),
      });
  });
  view.addEventListener('failure', (event) => {
    const { error } = event.detail;
    message((lang) => errorParts(lang, error, data), 'error');
  });

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
        ? say('pathButtonReady', { from: selected[0].data('label'), to: selected[1].data('label') })
        : say('pathButtonHint');
  }
  function pathBetweenSelected() {
    const selected = cy.nodes(':selected');
    if (selected.length === 2) void showPath(selected[0].id(), selected[1].id());
  }
  pathButton.addEventListener('click', pathBetweenSelected);

  const traceSelect = $('trace-select');
  let resolutions = [];
  function renderTraceOptions() {
    traceSelect.querySelectorAll('option[value]:not([value=""])').forEach((option) => option.remove());
    resolutions.forEach((entity) =>
      traceSelect.append(
        h(
          'option',
          { value: entity.key, translate: 'no' },
          `${entity.key.replace(/^resolution:/, '')} — ${view.lang === 'zh' ? entity.names.zh : entity.names.en}`,
        ),
      ),
    );
  }
  gql(RESOLUTIONS, { first: limits.maxFirst })
    .then(({ entities }) => {
      resolutions = entities.nodes;
      renderTraceOptions();
    })
    .catch((error) => message((lang) => errorParts(lang, error, data), 'error'));
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
  const sizeToggle = $('size-toggle');
  sizeToggle.addEventListener('change', () => void view.setSizeByRelations(sizeToggle.checked));
  $('filters-toggle').addEventListener('click', () => {
    const seen = nodesInRoom(cy);
    document.body.classList.toggle('filters-open');
    void keepInRoom(seen, 0);
  });

  function setLang(lang) {
    view.setLang(lang);
  }

  /** Everything on the page that is not the graph, in the page's language. */
  function renderChrome() {
    translatePage(view.lang);
    document.querySelectorAll('.lang button').forEach((button) => {
      button.setAttribute('aria-pressed', String(button.dataset.lang === view.lang));
    });
    renderExamples();
    renderTraceOptions();
    search.draw();
    drawMessage();
  }
  document
    .querySelectorAll('.lang button')
    .forEach((button) => button.addEventListener('click', () => setLang(button.dataset.lang)));

  const exportMenu = $('export-menu');
  exportMenu.querySelectorAll('[data-export]').forEach((button) =>
    button.addEventListener('click', () => {
      exportMenu.open = false;
      if (cy.nodes(':visible').empty()) return message((lang) => t(lang, 'nothingToExport'));
      exportView(cy, button.dataset.export);
    }),
  );
  function updateExportLinks() {
    for (const format of ['graphml', 'json', 'statements.csv', 'entities.csv']) {
      const url = httpExportUrl(cy, format, limits.maxKeys);
      const link = $(`export-http-${format.replace('.', '-')}`);
      link.hidden = !url;
      if (url) link.href = url;
    }
  }

  function renderExamples() {
    const examples = clear($('examples'));
    list(view.lang, 'examples').forEach((text) =>
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
  }

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

  // Each channel holds what it shows as a function of the language, so a switch redraws it.
  const messages = { hover: null, error: null, info: null };
  function message(content, channel = 'info') {
    messages[channel] = content;
    if (channel !== 'hover' && content)
      setTimeout(() => messages[channel] === content && message(null, channel), 8000);
    drawMessage();
  }
  function drawMessage() {
    const shown = messages.hover ?? messages.error ?? messages.info;
    const element = clear($('message'));
    if (shown) element.append(h('span', {}, shown(view.lang)));
    element.className = shown && shown === messages.error ? 'error' : '';
  }

  function updateCounts() {
    const nodes = cy.nodes().length;
    const edges = cy.edges().length;
    const hiddenNodes = cy.nodes('.filtered').length;
    const hiddenEdges = edges - cy.edges(':visible').length;
    $('counts').textContent =
      hiddenNodes + hiddenEdges > 0
        ? say('countsFiltered', { nodes, edges, hiddenNodes, hiddenEdges })
        : say('counts', { nodes, edges });
  }

  function updateEmpty() {
    $('empty').hidden = cy.nodes().nonempty() || view.pending > 0;
  }

  /** The banner of trace and path mode. When its height changes, the canvas does too. */
  function updateBanner({ reframe = true } = {}) {
    const banner = $('banner');
    const height = banner.getBoundingClientRect().height;
    const seen = reframe ? nodesInRoom(cy) : null;
    clear(banner);
    const name = (key) => {
      const node = cy.getElementById(key);
      return data(node.nonempty() ? (view.lang === 'zh' ? node.data('nameZh') : node.data('nameEn')) : key);
    };
    if (view.trace) {
      banner.append(
        h('strong', {}, say('traceBanner')),
        ' ',
        ...parts(view.lang, 'traceExplain', { name: name(view.trace) }),
        ' ',
        h(
          'button',
          {
            type: 'button',
            onclick: () => {
              const key = view.trace;
              void view.clear().then(() => expandAndSelect(key));
            },
          },
          say('leaveTrace'),
        ),
      );
    } else if (view.path?.found) {
      const { order, paths, index: shown, avoid } = view.path;
      const hops = [];
      order.forEach((key, index) => {
        if (index > 0) {
          const previous = order[index - 1];
          const edge = cy
            .edges('.path')
            .filter(
              (e) =>
                (e.source().id() === previous && e.target().id() === key) ||
                (e.source().id() === key && e.target().id() === previous),
            )[0];
          const forward = edge?.source().id() === previous;
          const rel = edge ? vocabulary.relationName(edge.data('type'), view.lang) : '';
          hops.push(h('span', { class: 'hop' }, ...(forward ? [' —', rel, '→ '] : [' ←', rel, '— '])));
        }
        hops.push(
          h(
            'button',
            { type: 'button', class: 'link', onclick: () => void select(key, { centre: true }) },
            name(key),
          ),
        );
        // Any entity between the ends may be avoided: the paths are asked for again without it.
        if (index > 0 && index < order.length - 1) {
          hops.push(
            h(
              'button',
              {
                type: 'button',
                class: 'avoid',
                dataset: { avoid: key },
                title: say('avoidTitle', { name: nameOf(key)(view.lang) }),
                onclick: () => void avoidInPath(key),
              },
              say('avoidThis'),
            ),
          );
        }
      });
      const step = (delta, text, id) =>
        h(
          'button',
          {
            type: 'button',
            id,
            disabled: !paths[shown + delta],
            onclick: () => void view.showPathAt(shown + delta),
          },
          say(text),
        );
      banner.append(
        h(
          'strong',
          {},
          say('pathBanner', { index: shown + 1, count: paths.length, steps: order.length - 1 }),
        ),
        ' ',
        ...hops,
        ' ',
        step(-1, 'previousPath', 'previous-path'),
        step(1, 'nextPath', 'next-path'),
        ...(avoid.length === 0
          ? []
          : [
              ' ',
              h(
                'span',
                { class: 'avoided' },
                ...parts(view.lang, 'avoiding', {
                  names: data(avoid.map((key) => nameOf(key)(view.lang)).join(', ')),
                }),
              ),
              h(
                'button',
                {
                  type: 'button',
                  onclick: () => void view.shortestPath(view.path.from, view.path.to),
                },
                say('avoidNone'),
              ),
            ]),
        h('button', { type: 'button', onclick: () => void view.clearPath() }, say('clearPath')),
      );
    }
    banner.hidden = banner.childElementCount === 0;
    if (seen && banner.getBoundingClientRect().height !== height) void keepInRoom(seen, 0);
  }

  // ---- the URL ----

  async function restore() {
    restoring = true;
    try {
      const state = readUrlState(location.search);
      details.hide();
      await view.clear();
      view.setLang(state.lang);
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
      // Before anything is added, so that each entity is sized as it comes.
      view.sizeByRelations = state.size;
      sizeToggle.checked = state.size;
      if (state.trace) await view.startTrace(state.trace);
      for (const key of state.show) await view.show(key);
      for (const key of state.open) await view.expand(key);
      if (state.path) await view.shortestPath(...state.path, { avoid: state.avoid, index: state.pathIndex });
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
      let seen;
      do {
        seen = roomTask;
        await view.idle();
        await detailsTask;
        await view.idle();
        await roomTask;
        // The font slices the page's text needs are fetched as the text is laid out: lay it out, and
        // wait for them.
        document.body.getBoundingClientRect();
        await document.fonts.ready;
      } while (seen !== roomTask);
    },
    expand: (key) => view.expand(key),
    collapse: (key) => view.collapse(key),
    shortestPath: (from, to, options) => view.shortestPath(from, to, options),
    avoid: (key) => avoidInPath(key),
    showPathAt: (index) => view.showPathAt(index),
    setSizeByRelations: (on) => {
      sizeToggle.checked = Boolean(on);
      return view.setSizeByRelations(on);
    },
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

const { lang } = readUrlState(location.search);
// The page's own text first, in the language the address asks for, before anything is fetched.
translatePage(lang);
boot(lang).catch((error) => {
  document.body.append(
    h('p', { class: 'fatal' }, ...parts(lang, 'fatal', { message: errorParts(lang, error, data) })),
  );
  throw error;
});
