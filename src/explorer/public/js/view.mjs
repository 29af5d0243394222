// The graph on screen and what has been done to it: opened and expanded entities, the path, the
// trace, filters and label language. Every change goes through one queue, so `exclude` always names
// exactly what is on screen, and `idle()` tells scripts and tests when the view has settled.
import cytoscape from '../vendor/cytoscape.esm.min.mjs';
import { gql, NEIGHBORHOOD, NEIGHBOUR_KEYS, SHORTEST_PATH, TRACE } from './api.mjs';
import { toElements } from './formats.mjs';
import { frame, followResize, placeAround, runLayout } from './layout.mjs';
import { inRoom } from './room.mjs';
import { PageError, t } from './strings.mjs';
import { LABEL_FONT, stylesheet } from './style.mjs';

/** Neighbours one expansion brings at most; expanding again brings the next ones. */
export const EXPAND_LIMIT = 25;
const MAX_LABEL = 44;
const CJK = /([\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef])(?=.)/gu;

export class GraphView extends EventTarget {
  constructor(container, vocabulary) {
    super();
    this.vocabulary = vocabulary;
    this.cy = cytoscape({
      container,
      style: stylesheet(vocabulary),
      minZoom: 0.1,
      maxZoom: 4,
      boxSelectionEnabled: true,
      // Closer to the double-click time of desktop systems than Cytoscape's 250 ms.
      multiClickDebounceTime: 400,
    });
    followResize(this.cy, container);
    this.lang = 'en';
    this.layoutName = 'cose';
    this.hiddenKinds = new Set();
    this.hiddenTypes = new Set(['MENTIONS']);
    /** In order: { op: 'open' | 'show', key }. Replaying them rebuilds the view. */
    this.ops = [];
    /** Who keeps each node on screen: `open:<key>`, `show:<key>`, `path`, `trace` → keys. */
    this.holders = new Map();
    /** The last shortest path asked for: { from, to, found }. */
    this.path = null;
    this.trace = null;
    /** For an expansion the cap cut: all the entity's neighbours under the filters, to count the rest. */
    this.neighbourKeys = new Map();
    this.pending = 0;
    this.queue = Promise.resolve();
    /** The font slices the labels on screen are waiting for (see loadGlyphs). */
    this.glyphs = Promise.resolve();
    this.styledKinds = vocabulary.kinds.size;
  }

  // ---- bookkeeping ----

  changed(reason) {
    this.dispatchEvent(new CustomEvent('change', { detail: { reason } }));
  }

  /** Runs `task` after every earlier one; failures are reported, and never block later tasks. */
  enqueue(reason, task) {
    this.pending += 1;
    this.changed('busy');
    const run = this.queue.then(async () => {
      try {
        return await task();
      } catch (error) {
        this.dispatchEvent(new CustomEvent('failure', { detail: { error, reason } }));
        return undefined;
      } finally {
        this.pending -= 1;
        this.changed(reason);
      }
    });
    this.queue = run;
    return run;
  }

  /** Resolves once every queued change has been made and laid out. */
  async idle() {
    let seen;
    let glyphs;
    do {
      seen = this.queue;
      glyphs = this.glyphs;
      await seen;
      await glyphs;
    } while (seen !== this.queue || glyphs !== this.glyphs);
  }

  keys() {
    return this.cy.nodes().map((node) => node.id());
  }

  /** Kinds to fetch: null (all) unless the filters leave some out. */
  fetchKinds() {
    if (this.hiddenKinds.size === 0 || !this.vocabulary.fromSchema) return null;
    return [...this.vocabulary.kinds.keys()].filter((kind) => !this.hiddenKinds.has(kind));
  }

  /** Relation types to fetch: null means the API's default (all but MENTIONS). */
  fetchTypes() {
    const isDefault = this.hiddenTypes.size === 1 && this.hiddenTypes.has('MENTIONS');
    if (isDefault || !this.vocabulary.fromSchema) return null;
    return [...this.vocabulary.relationTypes.keys()].filter((type) => !this.hiddenTypes.has(type));
  }

  hold(holder, keys) {
    if (!this.holders.has(holder)) this.holders.set(holder, new Set());
    const held = this.holders.get(holder);
    keys.forEach((key) => held.add(key));
  }

  /** Drops a holder and every node nothing else holds. */
  release(holder) {
    const held = this.holders.get(holder);
    this.holders.delete(holder);
    if (!held) return;
    const still = new Set();
    this.holders.forEach((keys) => keys.forEach((key) => still.add(key)));
    const gone = this.cy.nodes().filter((node) => held.has(node.id()) && !still.has(node.id()));
    this.cy.remove(gone);
  }

  // ---- adding what the API returns ----

  label(data) {
    const en = data.nameEn ?? data.label ?? data.id;
    const zh = data.nameZh ?? en;
    let base = this.lang === 'zh' ? zh : en.length > 30 && data.acronym ? data.acronym : en;
    if (base.length > MAX_LABEL) base = `${base.slice(0, MAX_LABEL - 1)}…`;
    // Chinese has no spaces: a zero-width space after each character lets the label wrap there, and
    // only there, so Latin names inside stay whole.
    base = base.replace(CJK, '$1\u200B');
    const more = data.more > 0 ? `\n${t(this.lang, 'more', { count: data.more })}` : '';
    return base + more;
  }

  refreshLabels(eles = this.cy.elements()) {
    this.cy.batch(() => {
      eles.nodes().forEach((node) => {
        const data = node.data();
        node.data({ label: this.lang === 'zh' ? data.nameZh : data.nameEn, display: this.label(data) });
      });
      eles
        .edges()
        .forEach((edge) => edge.data('display', this.vocabulary.relationName(edge.data('type'), this.lang)));
    });
    this.loadGlyphs(eles);
  }

  /**
   * A canvas draws with a web font only once it is loaded, and never asks for it: load the font's slices
   * that these labels need, then draw again.
   */
  loadGlyphs(eles) {
    const text = eles.map((ele) => ele.data('display') ?? '').join('');
    const font = `12px ${LABEL_FONT}`;
    if (document.fonts.check(font, text)) return;
    const loading = document.fonts.load(font, text).then(
      () => this.cy.style().update(),
      // Without the font the labels keep the system's; nothing else depends on it.
      () => undefined,
    );
    this.glyphs = Promise.all([this.glyphs, loading]);
  }

  /** Adds a subgraph's new elements (existing ids are skipped) and returns the nodes it added. */
  addSubgraph(subgraph, holder, anchorKey) {
    const elements = toElements(subgraph);
    elements.nodes.forEach((node) => this.vocabulary.kind(node.data.kind));
    elements.edges.forEach((edge) => this.vocabulary.relationType(edge.data.type));
    const cy = this.cy;
    const nodes = elements.nodes.filter((node) => cy.getElementById(node.data.id).empty());
    const anchor = anchorKey ? cy.getElementById(anchorKey) : null;
    let added = cy.collection();
    cy.batch(() => {
      added = cy.add(nodes.map((node) => ({ group: 'nodes', data: node.data })));
      placeAround(
        cy,
        anchor?.nonempty() ? anchor : null,
        added.filter((node) => node.id() !== anchorKey),
      );
      const edges = elements.edges.filter(
        (edge) =>
          cy.getElementById(edge.data.id).empty() &&
          cy.getElementById(edge.data.source).nonempty() &&
          cy.getElementById(edge.data.target).nonempty(),
      );
      added = added.union(cy.add(edges.map((edge) => ({ group: 'edges', data: edge.data }))));
    });
    const held = new Set(subgraph.nodes.map((node) => node.id));
    if (anchorKey) {
      subgraph.edges.forEach((edge) => {
        if (edge.source === anchorKey) held.add(edge.target);
        if (edge.target === anchorKey) held.add(edge.source);
      });
    }
    this.hold(holder, held);
    if (this.vocabulary.kinds.size !== this.styledKinds) {
      this.styledKinds = this.vocabulary.kinds.size;
      this.cy.style(stylesheet(this.vocabulary));
    }
    this.refreshLabels(added);
    this.applyFilters();
    return added;
  }

  // ---- operations ----

  /**
   * Shows an entity with its neighbours (up to EXPAND_LIMIT, leaving out what is on screen). On a node
   * already expanded this brings the next neighbours.
   */
  expand(key) {
    return this.enqueue('expand', async () => {
      const before = this.cy.nodes();
      const { neighborhood } = await gql(NEIGHBORHOOD, {
        keys: [key],
        limit: EXPAND_LIMIT,
        exclude: this.keys(),
        kinds: this.fetchKinds(),
        relationTypes: this.fetchTypes(),
      });
      if (!neighborhood.nodes.some((node) => node.id === key)) throw new PageError('noEntity', { key });
      const added = this.addSubgraph(neighborhood, `open:${key}`, key);
      this.ops.push({ op: 'open', key });
      const node = this.cy.getElementById(key);
      // The entity asked for is shown even when its kind is filtered out.
      if (this.hiddenKinds.has(node.data('kind'))) this.setKindHidden(node.data('kind'), false);
      node.addClass('anchor');
      this.neighbourKeys.delete(key);
      if (neighborhood.truncated) await this.countMore(key);
      this.updateMore();
      await this.place(before.nonempty() ? before : null, added.nodes());
      return added;
    });
  }

  /** Counts the neighbours a capped expansion left out (the "+N more" of its label). */
  async countMore(key) {
    const { entity } = await gql(NEIGHBOUR_KEYS, {
      key,
      types:
        this.fetchTypes() ?? [...this.vocabulary.relationTypes.keys()].filter((type) => type !== 'MENTIONS'),
      kinds: this.fetchKinds(),
    });
    this.neighbourKeys.set(key, new Set((entity?.relations ?? []).map((relation) => relation.other.key)));
  }

  updateMore() {
    const onScreen = new Set(this.keys());
    this.cy.nodes('.anchor').forEach((node) => {
      const neighbours = [...(this.neighbourKeys.get(node.id()) ?? [])];
      const more = neighbours.filter((key) => !onScreen.has(key)).length;
      if (more !== (node.data('more') ?? 0)) {
        node.data('more', more);
        this.refreshLabels(node);
      }
    });
  }

  /** Removes what an expansion brought, unless something else on screen still needs it. */
  collapse(key) {
    return this.enqueue('collapse', async () => {
      const wasOp = this.ops.some((op) => op.key === key && op.op === 'open');
      if (!wasOp) return;
      this.ops = this.ops.filter((op) => !(op.key === key && op.op === 'open'));
      const heldElsewhere = [...this.holders].some(
        ([holder, keys]) => holder !== `open:${key}` && keys.has(key),
      );
      // A seed nothing else shows stays, alone, so collapsing never empties the view by surprise.
      if (!heldElsewhere) {
        this.ops.push({ op: 'show', key });
        this.hold(`show:${key}`, [key]);
      }
      this.release(`open:${key}`);
      const node = this.cy.getElementById(key);
      node.removeClass('anchor');
      this.neighbourKeys.delete(key);
      node.data('more', 0);
      this.refreshLabels(node);
      this.updateMore();
    });
  }

  /** Shows one entity alone (a collapsed seed, when a URL is restored). */
  show(key) {
    return this.enqueue('show', async () => {
      const before = this.cy.nodes();
      const { neighborhood } = await gql(NEIGHBORHOOD, { keys: [key], limit: 1, exclude: this.keys() });
      if (!neighborhood.nodes.some((node) => node.id === key)) throw new PageError('noEntity', { key });
      const added = this.addSubgraph(
        { ...neighborhood, nodes: neighborhood.nodes.filter((n) => n.id === key) },
        `show:${key}`,
      );
      this.ops.push({ op: 'show', key });
      await this.place(before.nonempty() ? before : null, added.nodes());
    });
  }

  /** The shortest path between two entities, added where missing and highlighted. */
  shortestPath(from, to) {
    return this.enqueue('path', async () => {
      this.clearPathMarks();
      // A new path replaces the last one, and what only the last one had brought.
      this.release('path');
      this.path = null;
      const before = this.cy.nodes();
      const { shortestPath } = await gql(SHORTEST_PATH, { from, to, relationTypes: this.fetchTypes() });
      if (!shortestPath) throw new PageError('noEntityEither', { from, to });
      this.path = { from, to, found: shortestPath.nodes.length > 0 };
      if (!this.path.found) return this.path;
      const added = this.addSubgraph(shortestPath, 'path', from);
      const ids = new Set([
        ...shortestPath.nodes.map((node) => node.id),
        ...shortestPath.edges.map((edge) => edge.id),
      ]);
      const marked = this.cy.elements().filter((ele) => ids.has(ele.id()));
      marked.addClass('path');
      this.cy.elements().difference(marked).addClass('faded');
      this.path.order = orderPath(shortestPath, from);
      this.changed('mode');
      await this.place(before, added.nodes());
      await frame(this.cy, marked);
      return this.path;
    });
  }

  clearPathMarks() {
    this.cy.elements().removeClass('path faded');
  }

  clearPath() {
    return this.enqueue('path', async () => {
      this.clearPathMarks();
      this.release('path');
      this.path = null;
      this.updateMore();
    });
  }

  /** Trace mode: the view becomes the resolution's trace, laid out in levels from it. */
  startTrace(key) {
    return this.enqueue('trace', async () => {
      const { trace } = await gql(TRACE, { from: key });
      if (!trace) throw new PageError('noEntity', { key });
      this.reset();
      this.trace = key;
      this.addSubgraph(trace, 'trace', null);
      const root = this.cy.getElementById(key);
      root.addClass('trace-root');
      this.changed('mode');
      await runLayout(this.cy, 'breadthfirst', { roots: root, animate: false });
      await frame(this.cy, null, { animate: false });
    });
  }

  reset() {
    this.cy.elements().remove();
    this.ops = [];
    this.holders.clear();
    this.neighbourKeys.clear();
    this.path = null;
    this.trace = null;
  }

  clear() {
    return this.enqueue('clear', async () => this.reset());
  }

  /** Lays out what was added: the first content from scratch, later additions around what stays. */
  async place(before, added) {
    if (added.empty()) return;
    const animate = Boolean(before?.nonempty());
    if (this.layoutName !== 'cose') {
      await runLayout(this.cy, this.layoutName, { roots: this.roots(), animate });
    } else {
      await runLayout(this.cy, 'cose', { animate });
    }
    if (!before || before.empty()) await frame(this.cy, null, { animate: false });
    else if (!inRoom(this.cy, added)) await frame(this.cy);
  }

  roots() {
    const first = this.trace ?? this.ops[0]?.key;
    return first ? this.cy.getElementById(first) : this.cy.collection();
  }

  relayout(name = this.layoutName) {
    this.layoutName = name;
    return this.enqueue('layout', async () => {
      await runLayout(this.cy, this.trace && name === 'cose' ? 'breadthfirst' : name, {
        roots: this.roots(),
      });
      await frame(this.cy);
    });
  }

  // ---- filters and language ----

  setKindHidden(kind, hidden) {
    if (hidden) this.hiddenKinds.add(kind);
    else this.hiddenKinds.delete(kind);
    this.applyFilters();
    this.changed('filter');
  }

  setTypeHidden(type, hidden) {
    if (hidden) this.hiddenTypes.add(type);
    else this.hiddenTypes.delete(type);
    this.applyFilters();
    this.changed('filter');
  }

  applyFilters() {
    this.cy.batch(() => {
      this.cy
        .nodes()
        .forEach((node) => node.toggleClass('filtered', this.hiddenKinds.has(node.data('kind'))));
      this.cy
        .edges()
        .forEach((edge) => edge.toggleClass('filtered', this.hiddenTypes.has(edge.data('type'))));
    });
  }

  setLang(lang) {
    this.lang = lang === 'zh' ? 'zh' : 'en';
    this.refreshLabels();
    this.changed('lang');
  }
}

/** The path's nodes from `from` on, to list its hops in order. */
function orderPath(subgraph, from) {
  const order = [from];
  const used = new Set();
  for (;;) {
    const at = order[order.length - 1];
    const edge = subgraph.edges.find((e) => !used.has(e.id) && (e.source === at || e.target === at));
    if (!edge) break;
    used.add(edge.id);
    order.push(edge.source === at ? edge.target : edge.source);
  }
  return order;
}
