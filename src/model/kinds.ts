/**
 * The entity kinds of the graph: the one list from which Neo4j labels, key prefixes and the GraphQL
 * `EntityKind` enum are all derived.
 */
export const ENTITY_KINDS = {
  state: { label: 'State', prefix: 'state', enumValue: 'STATE', en: 'State', zh: '国家' },
  region: { label: 'Region', prefix: 'region', enumValue: 'REGION', en: 'Region', zh: '区域' },
  network: { label: 'Network', prefix: 'network', enumValue: 'NETWORK', en: 'Network', zh: '网络' },
  organization: {
    label: 'Organization',
    prefix: 'organization',
    enumValue: 'ORGANIZATION',
    en: 'Organization',
    zh: '组织机构',
  },
  convention: {
    label: 'Convention',
    prefix: 'convention',
    enumValue: 'CONVENTION',
    en: 'Convention',
    zh: '公约',
  },
  article: { label: 'Article', prefix: 'article', enumValue: 'ARTICLE', en: 'Article', zh: '条款' },
  resolution: {
    label: 'Resolution',
    prefix: 'resolution',
    enumValue: 'RESOLUTION',
    en: 'Resolution or decision',
    zh: '决议或决定',
  },
  recommendation: {
    label: 'Recommendation',
    prefix: 'recommendation',
    enumValue: 'RECOMMENDATION',
    en: 'Recommendation',
    zh: '建议',
  },
  document: { label: 'Document', prefix: 'document', enumValue: 'DOCUMENT', en: 'Document', zh: '文件' },
  agendaItem: {
    label: 'AgendaItem',
    prefix: 'agenda-item',
    enumValue: 'AGENDA_ITEM',
    en: 'Agenda item',
    zh: '议程项目',
  },
  meeting: { label: 'Meeting', prefix: 'meeting', enumValue: 'MEETING', en: 'Meeting', zh: '会议' },
  person: { label: 'Person', prefix: 'person', enumValue: 'PERSON', en: 'Person', zh: '人员' },
  topic: { label: 'Topic', prefix: 'topic', enumValue: 'TOPIC', en: 'Topic', zh: '主题' },
  section: { label: 'Section', prefix: 'section', enumValue: 'SECTION', en: 'Section', zh: '章节' },
  paragraph: { label: 'Paragraph', prefix: 'paragraph', enumValue: 'PARAGRAPH', en: 'Paragraph', zh: '段落' },
} as const;

export type EntityKind = keyof typeof ENTITY_KINDS;
export type EntityLabel = (typeof ENTITY_KINDS)[EntityKind]['label'];

export const ENTITY_KIND_NAMES = Object.keys(ENTITY_KINDS) as EntityKind[];

const kindByPrefix = new Map<string, EntityKind>(
  ENTITY_KIND_NAMES.map((kind) => [ENTITY_KINDS[kind].prefix, kind]),
);
const kindByLabel = new Map<string, EntityKind>(
  ENTITY_KIND_NAMES.map((kind) => [ENTITY_KINDS[kind].label, kind]),
);

export function kindOfPrefix(prefix: string): EntityKind | undefined {
  return kindByPrefix.get(prefix);
}

export function kindOfLabel(label: string): EntityKind | undefined {
  return kindByLabel.get(label);
}
