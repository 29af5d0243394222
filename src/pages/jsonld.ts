import { entityPath, paragraphPath, reportPath } from './addresses.ts';
import type { EntityAnswer, RelationAnswer } from './queries.ts';
import type { ReportData } from './reportPage.ts';
import { ZH } from './layout.ts';

/** schema.org types where one fits the kind; the rest are creative works or things. */
const SCHEMA_TYPES: Record<string, string> = {
  STATE: 'Country',
  REGION: 'Place',
  NETWORK: 'Organization',
  ORGANIZATION: 'Organization',
  CONVENTION: 'Legislation',
  ARTICLE: 'Legislation',
  RESOLUTION: 'Legislation',
  RECOMMENDATION: 'CreativeWork',
  DOCUMENT: 'CreativeWork',
  AGENDA_ITEM: 'CreativeWork',
  MEETING: 'Event',
  PERSON: 'Person',
  TOPIC: 'DefinedTerm',
  SECTION: 'CreativeWork',
  PARAGRAPH: 'CreativeWork',
};

export const schemaTypeOf = (kind: string): string => SCHEMA_TYPES[kind] ?? 'Thing';

/** Where the identifiers the graph holds resolve: UN documents by symbol, countries by ISO alpha-3. */
export const UN_DOCUMENT_URL = 'https://undocs.org/';
export const EU_COUNTRY_URL = 'http://publications.europa.eu/resource/authority/country/';

/**
 * The context, inline, so that the document expands without fetching anything: schema.org terms, and
 * coopgraph's own for what schema.org has no word for (a relationship with its provenance).
 */
export function context(base: string) {
  return {
    '@vocab': 'https://schema.org/',
    cg: `${base}/vocab#`,
    sameAs: { '@type': '@id' },
    url: { '@type': '@id' },
    key: 'cg:key',
    kind: 'cg:kind',
    enStatus: 'cg:enStatus',
    relation: { '@id': 'cg:relation', '@container': '@set' },
    relationType: 'cg:relationType',
    direction: 'cg:direction',
    target: { '@id': 'cg:target', '@type': '@id' },
    source: { '@id': 'cg:source', '@type': '@id', '@container': '@set' },
    quote: { '@id': 'cg:quote', '@language': ZH },
    origin: 'cg:origin',
    inferred: 'cg:inferred',
  };
}

const names = (en: string, zh: string) => [
  { '@value': en, '@language': 'en' },
  { '@value': zh, '@language': ZH },
];

const propertyValue = (propertyID: string, value: string) => ({
  '@type': 'PropertyValue',
  propertyID,
  value,
});

function identifiers(entity: EntityAnswer) {
  const { properties } = entity;
  const ids = [propertyValue('coopgraph key', entity.key)];
  const sameAs: string[] = [];
  if (typeof properties.iso3 === 'string') {
    ids.push(propertyValue('ISO 3166-1 alpha-3', properties.iso3));
    sameAs.push(`${EU_COUNTRY_URL}${properties.iso3}`);
  }
  if (typeof properties.m49 === 'string') ids.push(propertyValue('UN M49', properties.m49));
  if (entity.kind === 'DOCUMENT') {
    const symbols = Array.isArray(properties.symbols) ? (properties.symbols as string[]) : [];
    for (const symbol of symbols) {
      ids.push(propertyValue('UN document symbol', symbol));
      sameAs.push(`${UN_DOCUMENT_URL}${symbol}`);
    }
  }
  return { identifier: ids, sameAs };
}

function relationNode(relation: RelationAnswer, base: string) {
  const origin = relation.properties.origin;
  const quote = relation.quote ?? relation.properties.quote;
  return {
    '@type': 'cg:Relation',
    relationType: relation.type,
    direction: relation.direction === 'OUT' ? 'out' : 'in',
    target: `${base}${entityPath(relation.other.key)}`,
    source: relation.sources.map((source) => `${base}${paragraphPath(source.report, source.number)}`),
    ...(typeof quote === 'string' && quote !== '' ? { quote } : {}),
    ...(typeof origin === 'string' ? { origin } : {}),
    ...(relation.inferred ? { inferred: relation.inferred } : {}),
  };
}

/** An entity as JSON-LD: its names in both languages, its identifiers, and every relationship. */
export function entityJsonLd(entity: EntityAnswer, base: string) {
  const { identifier, sameAs } = identifiers(entity);
  const url = `${base}${entityPath(entity.key)}`;
  if (entity.isReport && entity.symbol) sameAs.push(`${base}${reportPath(entity.symbol)}`);
  return {
    '@context': context(base),
    '@id': url,
    '@type': schemaTypeOf(entity.kind),
    url,
    key: entity.key,
    kind: entity.kind,
    name: names(entity.names.en, entity.names.zh),
    enStatus: entity.enStatus,
    ...(entity.aliases.length > 0 ? { alternateName: entity.aliases } : {}),
    identifier,
    ...(sameAs.length > 0 ? { sameAs } : {}),
    ...(entity.kind === 'PARAGRAPH' && entity.text
      ? {
          text: [
            { '@value': entity.text, '@language': ZH },
            ...(entity.textEn ? [{ '@value': entity.textEn, '@language': 'en' }] : []),
          ],
        }
      : {}),
    relation: entity.relations.map((relation) => relationNode(relation, base)),
  };
}

/** The report as JSON-LD: a Report whose parts are its paragraphs, each with what it mentions. */
export function reportJsonLd(data: ReportData, base: string) {
  const url = `${base}${reportPath(data.symbol)}`;
  const paragraphs = [...data.paragraphs.values()].sort((a, b) => a.number - b.number);
  return {
    '@context': context(base),
    '@id': url,
    '@type': 'Report',
    url,
    name: names(data.names.en, data.names.zh),
    identifier: [propertyValue('UN document symbol', data.symbol)],
    sameAs: [`${UN_DOCUMENT_URL}${data.symbol}`, `${base}${entityPath(data.key)}`],
    inLanguage: ZH,
    hasPart: paragraphs.map((paragraph) => ({
      '@id': `${base}${paragraphPath(data.symbol, paragraph.number)}`,
      '@type': 'CreativeWork',
      position: paragraph.number,
      sameAs: [`${base}${entityPath(paragraph.key)}`],
      text: [
        ...(paragraph.text ? [{ '@value': paragraph.text, '@language': ZH }] : []),
        ...(paragraph.textEn ? [{ '@value': paragraph.textEn, '@language': 'en' }] : []),
      ],
      mentions: [...new Set(paragraph.mentions.map((mention) => mention.other.key))].map((key) => ({
        '@id': `${base}${entityPath(key)}`,
      })),
    })),
  };
}
