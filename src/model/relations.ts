import type { EntityKind } from './kinds.ts';

interface RelationSpec {
  /** Kinds allowed at the start and the end of the relationship. */
  from: readonly EntityKind[];
  to: readonly EntityKind[];
  en: string;
  zh: string;
  /**
   * Set on the relationships by which an act (a resolution, a recommendation) asks someone to act: each
   * carries `verbs`, the chain of ASK_VERBS from the body that speaks to the act asked for, as the text
   * words it (a recommendation that the Conference consider requesting: recommend, consider, request).
   */
  asks?: true;
}

/**
 * The verbs by which the reports ask someone to act, with the Chinese words that say them. `consider`
 * stands in a chain after the verb that asks for consideration (建议缔约方会议考虑…, 促请…考虑…).
 */
export const ASK_VERBS = {
  recommend: { en: 'recommends', zh: '建议' },
  request: { en: 'requests', zh: '请、请求' },
  encourage: { en: 'encourages', zh: '鼓励' },
  invite: { en: 'invites', zh: '邀请' },
  urge: { en: 'urges', zh: '促请' },
  consider: { en: 'considers', zh: '考虑' },
} as const;

export type AskVerb = keyof typeof ASK_VERBS;
export const ASK_VERB_NAMES = Object.keys(ASK_VERBS) as AskVerb[];

const ANY_ENTITY: readonly EntityKind[] = [
  'state',
  'region',
  'network',
  'organization',
  'convention',
  'article',
  'resolution',
  'recommendation',
  'document',
  'agendaItem',
  'meeting',
  'person',
  'topic',
  'section',
  'paragraph',
];

/**
 * The relationship types of the graph: the one list from which Neo4j relationship types, the GraphQL
 * `RelationType` enum and the validation of curated facts are derived. Every relationship carries the
 * paragraphs that state it (`sources`).
 */
export const RELATION_TYPES = {
  PRESENTED: {
    from: ['person', 'organization', 'state'],
    to: ['network', 'agendaItem', 'document'],
    en: 'presented',
    zh: '介绍',
  },
  MEMBER_OF: {
    from: ['state', 'organization', 'person'],
    to: ['network', 'organization'],
    en: 'member or focal point of',
    zh: '成员或联络点',
  },
  COVERS: { from: ['network', 'organization'], to: ['region', 'state'], en: 'covers', zh: '覆盖' },
  LOCATED_IN: { from: ['state', 'region'], to: ['region'], en: 'located in', zh: '位于' },
  ESTABLISHED: {
    from: ['organization', 'resolution', 'state'],
    to: ['network', 'organization', 'meeting'],
    en: 'established',
    zh: '设立',
  },
  SUPPORTS: { from: ['organization', 'state'], to: ['network', 'organization'], en: 'supports', zh: '支持' },
  MODELLED_ON: { from: ['network'], to: ['network'], en: 'modelled on', zh: '参照模式' },
  ISSUED_BY: { from: ['resolution', 'document'], to: ['organization'], en: 'issued by', zh: '发布机构' },
  REQUESTED: {
    from: ['resolution', 'organization'],
    to: ['organization', 'state', 'meeting'],
    en: 'asked to act (verbs: requested, encouraged…)',
    zh: '请其采取行动',
    asks: true,
  },
  LED_TO: {
    from: ['resolution', 'meeting'],
    to: ['recommendation', 'meeting', 'document'],
    en: 'led to',
    zh: '产生',
  },
  PRODUCED: {
    from: ['meeting', 'organization'],
    to: ['recommendation', 'document'],
    en: 'produced',
    zh: '提出',
  },
  CITES: {
    from: ['recommendation', 'resolution', 'paragraph', 'section'],
    to: ['article', 'convention', 'document', 'resolution'],
    en: 'cites',
    zh: '援引',
  },
  ADDRESSES: {
    from: ['recommendation'],
    to: ['organization', 'state', 'network'],
    en: 'addressed to (verbs: recommends, requests, invites, urges…)',
    zh: '针对',
    asks: true,
  },
  PROPOSES_ASKING: {
    from: ['recommendation'],
    to: ['organization', 'state'],
    en: 'proposes that its addressee ask (through: the addressee)',
    zh: '建议其对象请其采取行动',
    asks: true,
  },
  CONCERNS: {
    from: [
      'section',
      'article',
      'recommendation',
      'paragraph',
      'meeting',
      'agendaItem',
      'document',
      'resolution',
      'network',
      'organization',
    ],
    to: ['topic'],
    en: 'concerns',
    zh: '涉及',
  },
  SUBMITTED_UNDER: { from: ['document'], to: ['agendaItem'], en: 'submitted under', zh: '所属议程项目' },
  DISCUSSED_UNDER: {
    from: ['network', 'organization', 'document', 'topic'],
    to: ['agendaItem'],
    en: 'discussed under',
    zh: '在议程项目下讨论',
  },
  CONSIDERED_AT: { from: ['document', 'agendaItem'], to: ['meeting'], en: 'considered at', zh: '审议于' },
  REPORTS_ON: { from: ['document'], to: ['meeting'], en: 'reports on', zh: '报告' },
  MEETING_OF: { from: ['meeting'], to: ['organization'], en: 'meeting of', zh: '会议机构' },
  SPOKE_AT: {
    from: ['state', 'organization', 'network', 'person'],
    to: ['meeting', 'agendaItem'],
    en: 'spoke at',
    zh: '发言',
  },
  OBSERVER_AT: {
    from: ['network', 'organization', 'state'],
    to: ['meeting'],
    en: 'observer at',
    zh: '观察员',
  },
  CHAIRED: { from: ['person', 'organization'], to: ['meeting', 'agendaItem'], en: 'chaired', zh: '主持' },
  PANELIST_ON: { from: ['person'], to: ['agendaItem', 'meeting'], en: 'panellist on', zh: '讨论小组成员' },
  AFFILIATED_WITH: { from: ['person'], to: ['state', 'organization'], en: 'affiliated with', zh: '所属' },
  RELATED_TO: { from: ANY_ENTITY, to: ANY_ENTITY, en: 'related to', zh: '相关' },
  PART_OF: { from: ANY_ENTITY, to: ANY_ENTITY, en: 'part of', zh: '隶属' },
  MENTIONS: { from: ['paragraph', 'section'], to: ANY_ENTITY, en: 'mentions', zh: '提及' },
} as const satisfies Record<string, RelationSpec>;

export type RelationType = keyof typeof RELATION_TYPES;
export const RELATION_TYPE_NAMES = Object.keys(RELATION_TYPES) as RelationType[];

export function isRelationType(value: string): value is RelationType {
  return Object.hasOwn(RELATION_TYPES, value);
}

export function relationAsks(type: RelationType): boolean {
  const spec: RelationSpec = RELATION_TYPES[type];
  return spec.asks === true;
}

export function relationAllows(type: RelationType, from: EntityKind, to: EntityKind): boolean {
  const spec: RelationSpec = RELATION_TYPES[type];
  return spec.from.includes(from) && spec.to.includes(to);
}
