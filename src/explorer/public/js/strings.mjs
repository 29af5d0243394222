// Every text of the page's own, in English and in Chinese, under the same keys. `{name}` marks a value
// filled in when the text is shown (a count, or an entity's name). Names of entities, paragraphs and
// other data come from the graph, and the names of kinds and relationship types from the schema
// (vocabulary.mjs); none of them is here.

const en = {
  pageTitle: 'coopgraph explorer',
  brand: 'coopgraph',
  brandSub: 'explorer',
  startAgain: 'Start again',
  legendAndFilters: 'Legend and filters',
  closeFilters: 'Close filters',
  searchLabel: 'Search entities',
  searchPlaceholder: 'Search in English or Chinese — press /',
  suggestions: 'Suggestions',
  nothingMatches: 'Nothing matches.',
  pathButton: 'Shortest path',
  pathButtonHint: 'Select two entities (Shift+click), then press P',
  pathButtonReady: 'Shortest path: {from} → {to} (P)',
  traceLabel: 'Trace a resolution',
  traceTitle: 'Trace a resolution to its recommendations and the articles they cite',
  tracePrompt: 'Trace a resolution…',
  layoutLabel: 'Layout',
  layoutCose: 'Layout: force',
  layoutBreadthfirst: 'Layout: levels',
  layoutConcentric: 'Layout: rings',
  relayout: 'Re-layout',
  relayoutTitle: 'Lay everything out again',
  fit: 'Fit',
  fitTitle: 'Fit the view (F)',
  language: 'Language of the page',
  langEn: 'EN',
  langZh: '中文',
  langEnTitle: 'English',
  langZhTitle: 'Chinese',
  export: 'Export',
  exportPng: 'PNG image',
  exportJson: 'Cytoscape JSON',
  exportGraphml: 'GraphML (Gephi, yEd)',
  exportHttpGraphml: 'GraphML over HTTP',
  exportHttpJson: 'JSON over HTTP',
  entityPage: 'Its page: every relationship with its paragraphs, to cite',
  exportHttpStatementsCsv: 'Statements CSV (spreadsheet)',
  exportHttpEntitiesCsv: 'Entities CSV (spreadsheet)',
  nothingToExport: 'Nothing to export yet.',
  clear: 'Clear',
  clearTitle: 'Empty the view',
  graph: 'Graph',
  details: 'Details',
  closeDetails: 'Close details',
  emptyTitle: 'Explore the report’s graph',
  emptyText:
    'Search for a State, a regional network, an organization, a resolution or an article, in English or Chinese. Click an entity for its details and the paragraphs of the report behind them; double-click to expand its neighbours.',
  emptyTry: 'Try:',
  examples: ['EJN', '司法网', 'resolution 5/7', 'article 18', 'extradition'],
  hint: 'Click: details · Double-click: expand · Right-click: collapse · Shift+click: select two for a path',
  loading: 'loading…',
  counts: '{nodes} entities · {edges} relationships',
  countsFiltered:
    '{nodes} entities · {edges} relationships ({hiddenNodes} + {hiddenEdges} hidden by filters)',
  noPath: 'No path links them within {max} steps under the current filters.',
  traceBanner: 'Trace:',
  traceExplain:
    '{name} → the bodies it asked to act, the discussion it led to, the recommendations that came of it and the articles they cite.',
  leaveTrace: 'Leave trace',
  pathBanner: 'Path {index} of {count} ({steps} steps):',
  avoidThis: 'avoid',
  avoidTitle: 'Find paths that do not pass through {name}',
  avoidInPath: 'Avoid in the path',
  previousPath: '‹ Previous path',
  nextPath: 'Next path ›',
  avoiding: 'Avoiding {names}.',
  avoidNone: 'Avoid nothing',
  noPathAvoiding: 'No other path within {max} steps avoids {name} as well: the paths shown stay.',
  sizeByRelations: 'Size by relationships',
  sizeByRelationsTitle: 'Draw each entity by its number of relationships (mentions aside)',
  clearPath: 'Clear path',
  fatal: 'The explorer could not start: {message}',
  apiUnreadable: 'The API answered {status} without a GraphQL response.',
  apiStatus: 'The API answered {status}.',
  apiRefused: 'The API refused the request: {message}',
  unreachable: 'The server cannot be reached ({message}).',
  noEntity: 'No entity has the key {key}.',
  noEntityEither: 'No entity has the key {from} or {to}.',
  more: '+{count} more',
  entities: 'Entities',
  relationships: 'Relationships',
  all: 'all',
  none: 'none',
  filterItemTitle: '{name} (in Chinese: {other})',
  filtersNote:
    'Unticked kinds and relationships are hidden and left out of later expansions. Mentions (paragraph → entity) are off by default.',
  loadingDetails: 'Loading…',
  enOfficial: 'official English name',
  enTranslated: 'English name translated by coopgraph (unofficial)',
  enUntranslated: 'a symbol or reference, the same in both languages',
  textZh: 'Text (the report’s words)',
  textEn: 'Unofficial English rendering',
  noRendering: 'No English rendering of this paragraph.',
  paragraphTitle: '{report}, paragraph {number}',
  expandNeighbours: 'Expand neighbours',
  showWithNeighbours: 'Show with neighbours',
  showMore: 'Show more (+{count})',
  collapse: 'Collapse',
  centre: 'Centre',
  trace: 'Trace',
  pathHere: 'Shortest path from start to here',
  pathStartSet: 'Path start ✓',
  setPathStart: 'Set as path start',
  key: 'Key',
  chinese: 'Chinese',
  english: 'English',
  also: 'Also',
  mentionedInOne: 'Mentioned in 1 paragraph',
  mentionedInMany: 'Mentioned in {count} paragraphs',
  noParagraph: 'No paragraph names it.',
  properties: 'Properties',
  relations: 'Relations ({count})',
  noRelations: 'None besides mentions.',
  relationOut: '{type}: this entity {relation} the entities below',
  relationIn: '{type}: the entities below {relation} this entity',
  openOnScreen: '{key}: show it',
  openWithNeighbours: '{key}: show it with its neighbours',
  inferredTitle: 'The sources state it without naming both ends',
  inferred: 'inferred: {reason}',
  relationship: 'Relationship · {type}',
  showSource: 'Show source',
  showTarget: 'Show target',
  statedIn: 'Stated in',
  noSource: 'No paragraph is recorded for it.',
  externalSource: 'Source outside the report',
  externalNote: 'The report does not state this relationship: it comes from the classification below.',
  classification: 'Classification',
  publisher: 'Publisher',
  edition: 'Edition',
  package: 'Read from',
  edgeStyles: 'How edges are drawn',
  edgeStated: 'stated in the report',
  edgeInferred: 'inferred from the report',
  edgeExternal: 'from outside the report (UN M49)',
  quoteMark: 'The words that state this relationship',
  quoteInHeading: 'In the heading of its section: {quote}',
};

/** @type {typeof en} */
const zh = {
  pageTitle: 'coopgraph 图谱浏览器',
  brand: 'coopgraph',
  brandSub: '图谱浏览器',
  startAgain: '重新开始',
  legendAndFilters: '图例与筛选',
  closeFilters: '关闭筛选',
  searchLabel: '搜索实体',
  searchPlaceholder: '用中文或英文搜索 — 按 /',
  suggestions: '搜索建议',
  nothingMatches: '没有匹配的结果。',
  pathButton: '最短路径',
  pathButtonHint: '选择两个实体（Shift+点击），然后按 P',
  pathButtonReady: '最短路径：{from} → {to}（P）',
  traceLabel: '追踪决议',
  traceTitle: '从决议追踪到由它产生的建议以及建议所引的条款',
  tracePrompt: '追踪决议…',
  layoutLabel: '布局',
  layoutCose: '布局：力导向',
  layoutBreadthfirst: '布局：层级',
  layoutConcentric: '布局：同心圆',
  relayout: '重新布局',
  relayoutTitle: '重新排列全部实体',
  fit: '适应画面',
  fitTitle: '使视图适应画面（F）',
  language: '页面语言',
  langEn: 'EN',
  langZh: '中文',
  langEnTitle: '英文',
  langZhTitle: '中文',
  export: '导出',
  exportPng: 'PNG 图片',
  exportJson: 'Cytoscape JSON 文件',
  exportGraphml: 'GraphML 文件（Gephi、yEd）',
  exportHttpGraphml: '通过 HTTP 获取 GraphML',
  exportHttpJson: '通过 HTTP 获取 JSON',
  entityPage: '实体页面：每条关系及其所依据的段落，可供引用',
  exportHttpStatementsCsv: '关系 CSV（电子表格）',
  exportHttpEntitiesCsv: '实体 CSV（电子表格）',
  nothingToExport: '还没有可导出的内容。',
  clear: '清空',
  clearTitle: '清空视图',
  graph: '图谱',
  details: '详情',
  closeDetails: '关闭详情',
  emptyTitle: '探索报告的知识图谱',
  emptyText:
    '搜索国家、区域网络、组织、决议或条款，中文或英文均可。点击实体可查看其详情以及所依据的报告段落；双击可展开其相邻实体。',
  emptyTry: '试试：',
  examples: ['欧洲司法网', '司法网', '第 5/7 号决议', '第 18 条', '引渡'],
  hint: '点击：详情 · 双击：展开 · 右键：收起 · Shift+点击：选择两个实体以求路径',
  loading: '加载中…',
  counts: '{nodes} 个实体 · {edges} 个关系',
  countsFiltered: '{nodes} 个实体 · {edges} 个关系（筛选隐藏了 {hiddenNodes} 个实体和 {hiddenEdges} 个关系）',
  noPath: '在当前筛选条件下，{max} 步之内没有连接它们的路径。',
  traceBanner: '追踪：',
  traceExplain: '{name} → 它要求采取行动的机构、由它引出的讨论、由此产生的建议以及建议所引的条款。',
  leaveTrace: '退出追踪',
  pathBanner: '路径 {index}/{count}（{steps} 步）：',
  avoidThis: '避开',
  avoidTitle: '查找不经过{name}的路径',
  avoidInPath: '在路径中避开它',
  previousPath: '‹ 上一条路径',
  nextPath: '下一条路径 ›',
  avoiding: '已避开：{names}。',
  avoidNone: '不再避开',
  noPathAvoiding: '在 {max} 步之内，没有同时避开{name}的其他路径：保留当前路径。',
  sizeByRelations: '按关系数确定大小',
  sizeByRelationsTitle: '按每个实体的关系数（提及除外）绘制其大小',
  clearPath: '清除路径',
  fatal: '图谱浏览器无法启动：{message}',
  apiUnreadable: 'API 返回了 {status}，但不是 GraphQL 响应。',
  apiStatus: 'API 返回了 {status}。',
  apiRefused: 'API 拒绝了请求：{message}',
  unreachable: '无法连接服务器（{message}）。',
  noEntity: '没有键为 {key} 的实体。',
  noEntityEither: '没有键为 {from} 或 {to} 的实体。',
  more: '另有 {count} 个',
  entities: '实体',
  relationships: '关系',
  all: '全选',
  none: '全不选',
  filterItemTitle: '{name}（英文：{other}）',
  filtersNote:
    '未勾选的实体类型和关系类型会被隐藏，之后的展开也不再获取它们。“提及”（段落 → 实体）默认不显示。',
  loadingDetails: '加载中…',
  enOfficial: '官方英文名称',
  enTranslated: '英文名称由 coopgraph 翻译（非官方）',
  enUntranslated: '符号或编号，两种语言相同',
  textZh: '原文（报告用语）',
  textEn: '非官方英文译文',
  noRendering: '此段没有英文译文。',
  paragraphTitle: '{report}，第 {number} 段',
  expandNeighbours: '展开相邻实体',
  showWithNeighbours: '连同相邻实体显示',
  showMore: '显示更多（+{count}）',
  collapse: '收起',
  centre: '居中',
  trace: '追踪',
  pathHere: '从起点到此处的最短路径',
  pathStartSet: '路径起点 ✓',
  setPathStart: '设为路径起点',
  key: '键',
  chinese: '中文名',
  english: '英文名',
  also: '别名',
  mentionedInOne: '在 1 个段落中提及',
  mentionedInMany: '在 {count} 个段落中提及',
  noParagraph: '没有段落提到它。',
  properties: '属性',
  relations: '关系（{count}）',
  noRelations: '除提及外没有其他关系。',
  relationOut: '{type}：本实体「{relation}」下列实体',
  relationIn: '{type}：下列实体「{relation}」本实体',
  openOnScreen: '{key}：显示它',
  openWithNeighbours: '{key}：连同相邻实体显示',
  inferredTitle: '来源陈述了这一关系，但没有同时指明两端',
  inferred: '推断：{reason}',
  relationship: '关系 · {type}',
  showSource: '显示起点',
  showTarget: '显示终点',
  statedIn: '出处',
  noSource: '没有记录出处段落。',
  externalSource: '报告以外的来源',
  externalNote: '报告并未陈述这一关系：它来自下列分类标准。',
  classification: '分类标准',
  publisher: '发布机构',
  edition: '版本',
  package: '读取自',
  edgeStyles: '关系线的画法',
  edgeStated: '报告中陈述',
  edgeInferred: '由报告推断',
  edgeExternal: '来自报告以外（联合国 M49）',
  quoteMark: '陈述这一关系的原文',
  quoteInHeading: '见于所在章节的标题：{quote}',
};

export const STRINGS = { en, zh };

export const LANGUAGES = /** @type {const} */ (['en', 'zh']);

/** Texts that read the same in every language: the project's name and the language switch. */
export const SAME_IN_EVERY_LANGUAGE = ['brand', 'langEn', 'langZh'];

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * The text `id` in `lang`, as a list of pieces: literal text and the values filled in, kept as they are
 * (a DOM node stays a node, for `h()`). Fails on an unknown id or a missing value: both are mistakes
 * in the page, not in what a user did.
 */
export function parts(lang, id, values = {}) {
  const template = STRINGS[lang]?.[id];
  if (typeof template !== 'string') throw new Error(`The explorer has no text "${id}" in "${lang}".`);
  const pieces = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    const name = match[1];
    if (!(name in values)) throw new Error(`The text "${id}" needs a value for {${name}}.`);
    if (match.index > last) pieces.push(template.slice(last, match.index));
    pieces.push(values[name]);
    last = match.index + match[0].length;
  }
  if (last < template.length) pieces.push(template.slice(last));
  return pieces;
}

/** The text `id` in `lang` as a string. */
export function t(lang, id, values = {}) {
  return parts(lang, id, values).join('');
}

/** A list of texts (the search examples). */
export function list(lang, id) {
  const value = STRINGS[lang]?.[id];
  if (!Array.isArray(value)) throw new Error(`The explorer has no list "${id}" in "${lang}".`);
  return value;
}

/**
 * An error the page reports in the reader's language: `id` names its text, `values` fill it in. Its
 * `message` is the English text, for the console.
 */
export class PageError extends Error {
  constructor(id, values = {}) {
    super(t('en', id, values));
    this.id = id;
    this.values = values;
  }
}

/**
 * What went wrong, in `lang`, as pieces for `h()`: a PageError in its text with each value passed
 * through `wrap` (values are keys, statuses and the server's own words, not the page's text); any
 * other error by its message.
 */
export function errorParts(lang, error, wrap = (value) => value) {
  if (!(error instanceof PageError)) return [wrap(error.message)];
  const values = Object.fromEntries(Object.entries(error.values).map(([name, value]) => [name, wrap(value)]));
  return parts(lang, error.id, values);
}
