// The view in the URL, so that a view can be bookmarked and shared:
//   /explore?focus=network:ejn&expand=meeting:CTOC/COP/WG.3/2012&lang=zh&hide=PERSON,TOPIC&sel=region:europe
// focus and expand: entities shown with their neighbours, in the order they were opened (restoring
// replays them in that order); show: entities shown alone; trace: the resolution of trace mode;
// path: the two ends of the highlighted shortest path; hide: hidden kinds and relationship types when
// they differ from the default (the relation types the API leaves out unless asked); lang: en or zh; layout; sel: the selected entity.

function list(params, name) {
  return params
    .getAll(name)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value !== '');
}

export function readUrlState(search) {
  const params = new URLSearchParams(search);
  const open = [...list(params, 'focus'), ...list(params, 'expand')];
  const path = list(params, 'path');
  return {
    show: list(params, 'show'),
    open,
    trace: params.get('trace') || null,
    path: path.length === 2 ? path : null,
    hide: params.has('hide') ? list(params, 'hide') : null,
    lang: params.get('lang') === 'zh' ? 'zh' : 'en',
    layout: params.get('layout') || null,
    selected: params.get('sel') || null,
  };
}

/** The query string for the view as it is now (the separators stay readable). */
export function urlStateOf(view, selected) {
  const parts = [];
  const add = (name, values) => {
    const items = Array.isArray(values) ? values : [values];
    if (items.length === 0 || items[0] === null || items[0] === undefined) return;
    parts.push(
      `${name}=${items.map((item) => encodeURIComponent(item).replace(/%3A/gi, ':').replace(/%2F/gi, '/')).join(',')}`,
    );
  };
  const opened = view.ops.filter((op) => op.op === 'open').map((op) => op.key);
  const shown = view.ops.filter((op) => op.op === 'show').map((op) => op.key);
  add('trace', view.trace);
  add('focus', opened.slice(0, 1));
  add('expand', opened.slice(1));
  add('show', shown);
  if (view.path) add('path', [view.path.from, view.path.to]);
  const hidden = [...view.hiddenKinds, ...view.hiddenTypes].sort();
  if (view.hiddenKinds.size > 0 || !view.hidesDefaultTypes()) parts.push(`hide=${hidden.join(',')}`);
  if (view.lang !== 'en') add('lang', view.lang);
  if (view.layoutName !== 'cose') add('layout', view.layoutName);
  if (selected) add('sel', selected);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/** Writes the view to the address bar: a new history entry when the graph changed, else in place. */
export function writeUrlState(view, selected, { push = false } = {}) {
  const search = urlStateOf(view, selected);
  if (search === location.search) return;
  const url = `${location.pathname}${search}`;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}
