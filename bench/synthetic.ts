import type { ReportGraph } from '../src/load/graphData.ts';
import type { EntityDraft, EnStatus } from '../src/load/drafts.ts';
import { toGraphNode } from '../src/load/nodes.ts';
import { RelationshipSet } from '../src/load/relationships.ts';
import type { EntityKind } from '../src/model/kinds.ts';
import {
  agendaItemKey,
  articleKey,
  documentKey,
  makeKey,
  paragraphKey,
  recommendationKey,
  resolutionKey,
  sectionKey,
} from '../src/model/keys.ts';
import type { RelationType } from '../src/model/relations.ts';

/**
 * Synthetic reports of the same series, for measuring coopgraph as the graph grows. Each report has the
 * shape of the real one (CTOC/COP/WG.3/2012/5: 213 entities, about 580 relationships, the same kinds and
 * relationship types in the same proportions) and goes through the real loader (`writeReport`).
 *
 * Reports share what a series of reports shares: a fixed pool of States, regions, networks,
 * organizations, conventions, articles and topics; resolutions, meetings and people recur for a while.
 * Each report owns its paragraphs, sections, recommendations and agenda items, and has its own document.
 *
 * The synthetic world is separate from the real report's entities (State codes come from ISO's
 * user-assigned range X**, other keys carry `syn`): the benchmark's operations ask about real entities,
 * so their answers are the same at every size, and what changes with size is the graph around them.
 *
 * Report `i` is a pure function of `i`, so reports are made one at a time and never held together.
 */

export const REAL_REPORT = { nodes: 213, relationships: 580 };

/** How many entities of each kind a report holds, as in the real report. */
const SHARED_PER_REPORT = {
  state: 35,
  region: 6,
  network: 8,
  organization: 17,
  convention: 3,
  article: 10,
  resolution: 3,
  document: 8,
  meeting: 4,
  person: 7,
  topic: 32,
} as const;
const PARAGRAPHS = 43;
const SECTIONS = 16;
const RECOMMENDATIONS = 14;
const AGENDA_ITEMS = 7;

/** Pool sizes of the shared kinds: what a long series of reports draws on. */
const POOL = {
  state: 240,
  region: 40,
  network: 120,
  organization: 300,
  convention: 8,
  articlesPerConvention: 40,
  topic: 400,
  person: 600,
  meeting: 60,
} as const;

/**
 * Relationships of one report by (type, from kind, to kind) and count, as in the real report. Ends are
 * drawn from the report's own entities of those kinds.
 */
const RECIPE: [RelationType, EntityKind, EntityKind, number][] = [
  ['MENTIONS', 'paragraph', 'topic', 61],
  ['MENTIONS', 'paragraph', 'organization', 49],
  ['MENTIONS', 'paragraph', 'state', 38],
  ['MENTIONS', 'paragraph', 'network', 17],
  ['MENTIONS', 'paragraph', 'convention', 10],
  ['MENTIONS', 'paragraph', 'person', 9],
  ['MENTIONS', 'paragraph', 'agendaItem', 9],
  ['MENTIONS', 'paragraph', 'document', 8],
  ['MENTIONS', 'paragraph', 'meeting', 7],
  ['MENTIONS', 'paragraph', 'article', 4],
  ['MENTIONS', 'paragraph', 'resolution', 3],
  ['MENTIONS', 'paragraph', 'region', 2],
  ['SPOKE_AT', 'state', 'meeting', 31],
  ['CONCERNS', 'section', 'topic', 26],
  ['CONCERNS', 'recommendation', 'topic', 20],
  ['CONCERNS', 'article', 'topic', 7],
  ['CONCERNS', 'document', 'topic', 5],
  ['CONCERNS', 'organization', 'topic', 4],
  ['CONCERNS', 'network', 'topic', 3],
  ['CONCERNS', 'resolution', 'topic', 2],
  ['CONCERNS', 'meeting', 'topic', 1],
  ['CONCERNS', 'paragraph', 'topic', 1],
  ['PRODUCED', 'meeting', 'recommendation', 16],
  ['PRODUCED', 'organization', 'recommendation', 12],
  ['ADDRESSES', 'recommendation', 'organization', 12],
  ['RELATED_TO', 'recommendation', 'organization', 9],
  ['RELATED_TO', 'section', 'agendaItem', 4],
  ['RELATED_TO', 'organization', 'convention', 3],
  ['RELATED_TO', 'document', 'organization', 2],
  ['RELATED_TO', 'organization', 'organization', 2],
  ['RELATED_TO', 'recommendation', 'agendaItem', 2],
  ['RELATED_TO', 'network', 'organization', 1],
  ['RELATED_TO', 'section', 'meeting', 1],
  ['CITES', 'section', 'article', 8],
  ['CITES', 'recommendation', 'convention', 6],
  ['CITES', 'recommendation', 'article', 2],
  ['CITES', 'resolution', 'convention', 1],
  ['CITES', 'resolution', 'article', 1],
  ['CITES', 'section', 'convention', 1],
  ['CITES', 'paragraph', 'document', 1],
  ['CONSIDERED_AT', 'document', 'meeting', 7],
  ['CONSIDERED_AT', 'agendaItem', 'meeting', 7],
  ['SUBMITTED_UNDER', 'document', 'agendaItem', 7],
  ['COVERS', 'network', 'region', 7],
  ['MEMBER_OF', 'state', 'network', 5],
  ['PRESENTED', 'person', 'network', 6],
  ['PRESENTED', 'organization', 'agendaItem', 3],
  ['PANELIST_ON', 'person', 'agendaItem', 6],
  ['AFFILIATED_WITH', 'person', 'organization', 4],
  ['AFFILIATED_WITH', 'person', 'state', 2],
  ['MEETING_OF', 'meeting', 'organization', 5],
  ['ISSUED_BY', 'document', 'organization', 4],
  ['ISSUED_BY', 'resolution', 'organization', 3],
  ['REQUESTED', 'resolution', 'organization', 3],
  ['REQUESTED', 'recommendation', 'organization', 2],
  ['ESTABLISHED', 'organization', 'organization', 3],
  ['ESTABLISHED', 'organization', 'network', 3],
  ['ESTABLISHED', 'resolution', 'organization', 1],
  ['OBSERVER_AT', 'network', 'meeting', 2],
  ['SPOKE_AT', 'network', 'meeting', 2],
  ['SPOKE_AT', 'organization', 'meeting', 2],
  ['SPOKE_AT', 'person', 'meeting', 1],
  ['CHAIRED', 'person', 'agendaItem', 2],
  ['CHAIRED', 'person', 'meeting', 1],
  ['PART_OF', 'organization', 'organization', 4],
  ['PART_OF', 'article', 'convention', 4],
  ['PART_OF', 'meeting', 'meeting', 1],
  ['MODELLED_ON', 'network', 'network', 1],
  ['SUPPORTS', 'organization', 'network', 1],
  ['REPORTS_ON', 'document', 'meeting', 3],
];

/** mulberry32: a small, fast, seedable generator, so that report `i` is always the same report. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EN_WORDS = (
  'international cooperation judicial network mutual legal assistance extradition confiscation ' +
  'proceeds crime transnational organized central authority prosecutors police regional platform ' +
  'convention article protocol implementation working group conference parties technical training ' +
  'focal points videoconference evidence witness protection trafficking cultural property firearms ' +
  'migrants corruption money laundering asset recovery information exchange capacity building states ' +
  'requested requesting competent national authorities directory secretariat report meeting session ' +
  'recommendation practice challenges bilateral agreements treaties data analysis awareness'
).split(' ');
const ZH_WORDS = (
  '国际 合作 司法 协助 引渡 没收 犯罪 所得 跨国 有组织 中心 当局 检察官 警察 区域 平台 公约 条款 ' +
  '议定书 执行 工作组 会议 缔约方 技术 培训 联络点 视频 证据 证人 保护 贩运 文化 财产 枪支 移民 ' +
  '腐败 洗钱 资产 追回 信息 交流 能力 建设 国家 请求 主管 机关 名录 秘书处 报告 届会 建议 做法 挑战 ' +
  '双边 协定 条约 数据 分析 认识 网络 成员 观察员 发言 讨论'
).split(' ');
const SYLLABLES = 'ka ri vo ne sa lu mi to re an el or is ul da ve ko ba'.split(' ');
const ZH_SYLLABLES = '卡 里 沃 内 萨 卢 米 托 雷 安 埃 奥 伊 乌 达 韦 科 巴'.split(' ');

const pick = <T>(rnd: () => number, items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;

function words(rnd: () => number, list: readonly string[], count: number, joiner: string): string {
  return Array.from({ length: count }, () => pick(rnd, list)).join(joiner);
}

/** A made-up proper name, the same for the same number: "Varenia" / "沃雷尼亚". */
function properName(n: number): { en: string; zh: string } {
  const rnd = random(n * 7919 + 17);
  const length = 2 + Math.floor(rnd() * 2);
  const parts = Array.from({ length }, () => Math.floor(rnd() * SYLLABLES.length));
  const en = parts.map((i) => SYLLABLES[i]).join('');
  return {
    en: `${en[0]!.toUpperCase()}${en.slice(1)}ia`,
    zh: `${parts.map((i) => ZH_SYLLABLES[i]).join('')}亚`,
  };
}

const letters = (n: number) =>
  `${String.fromCharCode(65 + (Math.floor(n / 26) % 26))}${String.fromCharCode(65 + (n % 26))}`;

interface Draft {
  key: string;
  names: { en: string; zh: string };
  enStatus?: EnStatus;
  aliases?: string[];
  props?: EntityDraft['props'];
}

/** The shared entities, each a pure function of its pool number. */
const shared = {
  state: (j: number): Draft => {
    const name = properName(j);
    return {
      key: makeKey('state', `X${letters(j)}`),
      names: { en: `Republic of ${name.en}`, zh: `${name.zh}共和国` },
    };
  },
  region: (j: number): Draft => {
    const name = properName(10_000 + j);
    return { key: makeKey('region', `syn-${j}`), names: { en: `${name.en} Basin`, zh: `${name.zh}盆地` } };
  },
  network: (j: number): Draft => {
    const name = properName(20_000 + j);
    const kind = [
      'Judicial Network',
      'Prosecutors Network',
      'Police Cooperation Platform',
      'Judicial Platform',
    ][j % 4]!;
    const kindZh = ['司法网', '检察官网络', '警务合作平台', '司法平台'][j % 4]!;
    const acronym = `${name.en.slice(0, 3).toUpperCase()}${['JN', 'PN', 'PCP', 'JP'][j % 4]}`;
    return {
      key: makeKey('network', `syn-${j}`),
      names: { en: `${name.en} ${kind}`, zh: `${name.zh}${kindZh}` },
      aliases: [acronym],
      props: {
        acronym,
        status: j % 9 === 0 ? 'planned' : 'active',
        networkType: kind.split(' ')[0]!.toLowerCase(),
      },
    };
  },
  organization: (j: number): Draft => {
    const name = properName(30_000 + j);
    return {
      key: makeKey('organization', `syn-${j}`),
      names: { en: `${name.en} Office on Crime`, zh: `${name.zh}犯罪问题办公室` },
      props: { orgType: ['treaty-body', 'secretariat', 'regional', 'ngo'][j % 4]! },
    };
  },
  convention: (j: number): Draft => {
    const name = properName(40_000 + j);
    return {
      key: makeKey('convention', `syn${j}`),
      names: { en: `${name.en} Convention against Crime`, zh: `${name.zh}打击犯罪公约` },
    };
  },
  article: (j: number): Draft => {
    const convention = j % POOL.convention;
    const number = 1 + Math.floor(j / POOL.convention);
    return {
      key: articleKey(`syn${convention}`, number),
      names: { en: `Article ${number}`, zh: `第 ${number} 条` },
      props: { heading: `Provision ${number}` },
    };
  },
  topic: (j: number): Draft => {
    const rnd = random(50_000 + j);
    const en = words(rnd, EN_WORDS, 2, ' ');
    return {
      key: makeKey('topic', `syn-${j}`),
      names: { en: `${en[0]!.toUpperCase()}${en.slice(1)}`, zh: words(rnd, ZH_WORDS, 2, '') },
    };
  },
  person: (j: number): Draft => {
    const first = properName(60_000 + j);
    const last = properName(70_000 + j);
    const name = `${first.en} ${last.en}`;
    return { key: makeKey('person', `syn-${j}`), names: { en: name, zh: name } };
  },
  meeting: (j: number): Draft => ({
    key: makeKey('meeting', `SYN/COP/${j}`),
    names: { en: `Session ${j + 1} of the Conference`, zh: `缔约方会议第 ${j + 1} 届会议` },
  }),
  resolution: (j: number): Draft => ({
    key: resolutionKey('cop-syn', `${1 + Math.floor(j / 10)}/${1 + (j % 10)}`),
    names: {
      en: `Resolution ${1 + Math.floor(j / 10)}/${1 + (j % 10)}`,
      zh: `第 ${1 + Math.floor(j / 10)}/${1 + (j % 10)} 号决议`,
    },
    props: { resolutionKind: 'resolution', session: 1 + Math.floor(j / 10), year: 2000 + Math.floor(j / 10) },
  }),
};

/** The regions (pool numbers) State `j` lies in: one for most, two for every third, none for every eighth. */
function regionsOfState(j: number): number[] {
  if (j % 8 === 7) return [];
  const first = j % POOL.region;
  return j % 3 === 0 ? [first, (first + 17) % POOL.region] : [first];
}

/** `count` distinct numbers below `size`, drawn with `rnd`. */
function distinct(rnd: () => number, size: number, count: number, offset = 0): number[] {
  const chosen = new Set<number>();
  while (chosen.size < Math.min(count, size)) chosen.add(offset + Math.floor(rnd() * size));
  return [...chosen];
}

/** The symbol of synthetic report `i` (1-based; report 0 is the real one). */
export const syntheticSymbol = (i: number): string =>
  `SYN/COP/WG.${1 + (i % 5)}/${2013 + Math.floor(i / 50)}/${i}`;

/** Synthetic report `i`: 213 entities and about 580 relationships. */
export function syntheticReport(i: number): ReportGraph {
  const rnd = random(i * 2_654_435_761);
  const symbol = syntheticSymbol(i);
  const drafts: (Draft & { kind: EntityKind })[] = [];
  const byKind = new Map<EntityKind, string[]>();
  const add = (kind: EntityKind, draft: Draft) => {
    drafts.push({ ...draft, kind });
    byKind.set(kind, [...(byKind.get(kind) ?? []), draft.key]);
  };

  const text = (count: number) => ({
    zh: words(rnd, ZH_WORDS, count, ''),
    en: words(rnd, EN_WORDS, count, ' '),
  });

  // Owned by the report: its document, sections, paragraphs, recommendations and agenda items.
  add('document', {
    key: documentKey(symbol),
    names: { en: `Report of meeting ${i} of the Working Group`, zh: `工作组第 ${i} 次会议报告` },
    enStatus: 'translated',
    props: { symbol, symbols: [symbol], isReport: true, documentType: 'report' },
  });
  for (let s = 1; s <= SECTIONS; s += 1) {
    const path = s <= 5 ? String(s) : `${1 + (s % 5)}.${String.fromCharCode(64 + s)}`;
    const heading = text(3);
    add('section', {
      key: sectionKey(symbol, path),
      names: { en: heading.en, zh: heading.zh },
      enStatus: 'translated',
      props: { path, level: path.includes('.') ? 2 : 1, heading: heading.zh, report: symbol },
    });
  }
  for (let p = 1; p <= PARAGRAPHS; p += 1) {
    const body = text(40);
    add('paragraph', {
      key: paragraphKey(symbol, p),
      names: { en: `Paragraph ${p}`, zh: `第 ${p} 段` },
      enStatus: 'translated',
      props: {
        number: p,
        textZh: body.zh,
        textEn: body.en,
        report: symbol,
        lineStart: p * 10,
        lineEnd: p * 10 + 6,
      },
    });
  }
  for (let r = 0; r < RECOMMENDATIONS; r += 1) {
    const ref = `${30 + Math.floor(r / 7)}(${String.fromCharCode(97 + (r % 7))})`;
    const body = text(18);
    add('recommendation', {
      key: recommendationKey(symbol, ref),
      names: { en: `Recommendation ${ref}`, zh: `建议 ${ref}` },
      enStatus: 'translated',
      props: { ref, textZh: body.zh, textEn: body.en, report: symbol },
    });
  }
  for (let a = 1; a <= AGENDA_ITEMS; a += 1) {
    add('agendaItem', {
      key: agendaItemKey(symbol, String(a)),
      names: { en: `Agenda item ${a}`, zh: `议程项目 ${a}` },
      enStatus: 'translated',
      props: { number: String(a), report: symbol },
    });
  }
  // Documents before the meeting: new with each report.
  for (let d = 1; d < SHARED_PER_REPORT.document; d += 1) {
    const docSymbol = `${symbol}/CRP.${d}`;
    add('document', {
      key: documentKey(docSymbol),
      names: { en: docSymbol, zh: words(rnd, ZH_WORDS, 5, '') },
      enStatus: 'untranslated',
      props: { symbol: docSymbol, symbols: [docSymbol] },
    });
  }

  // Shared with other reports.
  const fromPool = (kind: keyof typeof shared, numbers: number[]) =>
    numbers.forEach((j) => add(kind, shared[kind](j)));
  const stateNumbers = distinct(rnd, POOL.state, SHARED_PER_REPORT.state);
  fromPool('state', stateNumbers);
  fromPool('region', distinct(rnd, POOL.region, SHARED_PER_REPORT.region));
  fromPool('network', distinct(rnd, POOL.network, SHARED_PER_REPORT.network));
  fromPool('organization', distinct(rnd, POOL.organization, SHARED_PER_REPORT.organization));
  fromPool('convention', distinct(rnd, POOL.convention, SHARED_PER_REPORT.convention));
  fromPool('article', distinct(rnd, POOL.convention * POOL.articlesPerConvention, SHARED_PER_REPORT.article));
  fromPool('topic', distinct(rnd, POOL.topic, SHARED_PER_REPORT.topic));
  // Recent resolutions and sessions recur; people mostly change from one meeting to the next.
  fromPool('resolution', distinct(rnd, 12, SHARED_PER_REPORT.resolution, Math.floor(i / 4)));
  fromPool('meeting', distinct(rnd, POOL.meeting, SHARED_PER_REPORT.meeting));
  fromPool('person', [
    ...distinct(rnd, POOL.person, 2),
    ...Array.from({ length: SHARED_PER_REPORT.person - 2 }, (_, k) => POOL.person + i * 8 + k),
  ]);

  const nodes = drafts.map((draft) =>
    toGraphNode(
      {
        key: draft.key,
        kind: draft.kind,
        names: draft.names,
        enStatus: draft.enStatus ?? 'official',
        aliases: draft.aliases ?? [],
        props: draft.props ?? {},
        matchable: false,
      },
      symbol,
      '2012-10-18',
    ),
  );

  const relationships = new RelationshipSet();
  const paragraphs = byKind.get('paragraph')!;
  // Every relationship quotes the opening words of its source paragraph, as the real ones quote theirs.
  const quoted = (paragraph: string) => ({ spans: [{ key: paragraph, start: 0, end: 8 }] });
  const seen = new Set<string>();
  for (const [type, fromKind, toKind, count] of RECIPE) {
    const froms = byKind.get(fromKind)!;
    const tos = byKind.get(toKind)!;
    // Draw until `count` distinct relationships, as the real report states each one once.
    for (let made = 0, tries = 0; made < count && tries < count * 10; tries += 1) {
      const from = pick(rnd, froms);
      const to = pick(rnd, tos);
      const id = `${type}|${from}|${to}`;
      if (from === to || seen.has(id)) continue;
      seen.add(id);
      made += 1;
      const source = Math.floor(rnd() * paragraphs.length);
      relationships.add(
        type,
        from,
        to,
        { keys: [paragraphs[source]!], refs: [String(source + 1)] },
        type === 'MENTIONS' ? 'mention' : 'curated',
        quoted(paragraphs[source]!),
      );
    }
  }
  // Where a State lies is a fact of the State, not of the report: the same regions in every report that
  // names both (most of the pool lies in one region, some in two, a few in none, as in the real report).
  const regions = new Set(byKind.get('region')!);
  for (const state of stateNumbers) {
    for (const region of regionsOfState(state).map((j) => shared.region(j).key)) {
      if (!regions.has(region)) continue;
      relationships.add(
        'LOCATED_IN',
        shared.state(state).key,
        region,
        { keys: [paragraphs[state % paragraphs.length]!], refs: [String((state % paragraphs.length) + 1)] },
        'curated',
        quoted(paragraphs[state % paragraphs.length]!),
      );
    }
  }
  // The structure: every paragraph in a section, every recommendation in a paragraph.
  const sections = byKind.get('section')!;
  paragraphs.forEach((paragraph, p) =>
    relationships.add(
      'PART_OF',
      paragraph,
      sections[Math.floor((p * sections.length) / paragraphs.length)]!,
      { keys: [paragraph], refs: [String(p + 1)] },
      'structure',
      quoted(paragraph),
    ),
  );
  byKind
    .get('recommendation')!
    .forEach((recommendation, r) =>
      relationships.add(
        'PART_OF',
        recommendation,
        paragraphs[29 + Math.floor(r / 7)]!,
        { keys: [paragraphs[29 + Math.floor(r / 7)]!], refs: [String(30 + Math.floor(r / 7))] },
        'structure',
        quoted(paragraphs[29 + Math.floor(r / 7)]!),
      ),
    );
  sections.forEach((section, s) =>
    relationships.add(
      'PART_OF',
      section,
      s < 5 ? documentKey(symbol) : sections[s % 5]!,
      { keys: [paragraphs[s]!], refs: [String(s + 1)] },
      'structure',
      quoted(paragraphs[s]!),
    ),
  );

  const texts = new Map(
    nodes.flatMap((node) => (typeof node.props.textZh === 'string' ? [[node.key, node.props.textZh]] : [])),
  );
  return {
    report: symbol,
    fingerprint: `synthetic-${i}`,
    nodes,
    relationships: relationships.values((key) => texts.get(key)),
  };
}

/** Synthetic reports `from` to `to - 1`, made one at a time. */
export function* syntheticReports(from: number, to: number): Generator<ReportGraph> {
  for (let i = from; i < to; i += 1) yield syntheticReport(i);
}
