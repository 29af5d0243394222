import { RELATION_TYPE_NAMES } from '../model/relations.ts';

/**
 * The GraphQL the pages read, and the shapes of its answers. Each operation stays well within the API's
 * default limits (cost, depth, aliases), as any client's would have to.
 */

export interface Names {
  en: string;
  zh: string;
}

export interface EntityRef {
  key: string;
  kind: string;
  names: Names;
}

export interface SourceParagraph {
  key: string;
  number: number;
  report: string;
}

export interface RelationAnswer {
  type: string;
  direction: 'OUT' | 'IN';
  inferred: string | null;
  /** The words of the report that state it, when the schema has `Relation.quote` and the graph one. */
  quote?: string | null;
  properties: Record<string, unknown>;
  other: EntityRef;
  sources: SourceParagraph[];
}

/** A relationship a paragraph is a source of (`Paragraph.facts`). */
export interface FactAnswer {
  type: string;
  inferred: string | null;
  origin: string;
  from: EntityRef;
  to: EntityRef;
}

export interface EntityAnswer extends EntityRef {
  enStatus: string;
  aliases: string[];
  properties: Record<string, unknown>;
  symbol?: string;
  isReport?: boolean;
  text?: string | null;
  textEn?: string | null;
  number?: number;
  report?: string;
  /** For a paragraph: what it states besides its mentions, which its relations list. */
  facts?: { totalCount: number; nodes: FactAnswer[] };
  relations: RelationAnswer[];
}

/** At most this many relationships of one entity are shown; the page says when there are more. */
export const MAX_RELATIONS = 500;

/** The facts of a paragraph a page shows at most; the page says when there are more. */
export const MAX_FACTS = 200;

/** What a paragraph states, its mentions aside (they are its own relations, listed with the others). */
const FACT_TYPES = RELATION_TYPE_NAMES.filter((type) => type !== 'MENTIONS').join(', ');

/**
 * What the served schema offers beyond the fields every page needs: the quote of a relationship and the
 * spans that place it in a paragraph's text (`Relation.quote`, `Relation.spans`). Read from the schema,
 * so the pages ask for them wherever the API has them.
 */
export interface Capabilities {
  quote: boolean;
  spans: boolean;
}

export function entityQuery({ quote, spans }: Capabilities): string {
  const extra = `${quote ? ' quote' : ''}${spans ? ' spans { start end paragraph { key number report } }' : ''}`;
  return `query EntityPage($key: String!) {
  entity(key: $key) {
    key kind names { en zh } enStatus aliases properties
    ... on Document { symbol isReport }
    ... on Paragraph { number report text(lang: ZH) textEn: text(lang: EN)
      facts(first: ${MAX_FACTS}, types: [${FACT_TYPES}]) { totalCount nodes { type inferred origin
        from { key kind names { en zh } } to { key kind names { en zh } } } } }
    relations(first: ${MAX_RELATIONS}) {
      type direction inferred properties${extra}
      other { key kind names { en zh } }
      sources { key number report }
    }
  }
}`;
}

export interface SectionAnswer {
  key: string;
  path: string;
  level: number;
  names: Names;
  headingEn: string;
  paragraphs: { id: string; number: number }[];
  children?: SectionAnswer[];
}

export interface ReportOutlineAnswer {
  report:
    | (EntityRef & {
        properties: Record<string, unknown>;
        symbol?: string;
        isReport?: boolean;
        parts: { other: SectionAnswer | EntityRef }[];
      })
    | null;
}

/** Chapters of one report; a report with more would be refused rather than shown in part. */
export const MAX_CHAPTERS = 20;

const SECTION_FIELDS = 'key path level names { en zh } headingEn: heading(lang: EN) paragraphs { id number }';

export const REPORT_OUTLINE_QUERY = `query ReportOutline($key: String!) {
  report: entity(key: $key) {
    key kind names { en zh } properties
    ... on Document { symbol isReport }
    parts: relations(direction: IN, types: [PART_OF], kinds: [SECTION], first: ${MAX_CHAPTERS}) {
      other { key kind names { en zh } ... on Section { ${SECTION_FIELDS}
        children { ${SECTION_FIELDS} children { ${SECTION_FIELDS} } } } }
    }
  }
}`;

export interface MentionAnswer {
  other: EntityRef;
  /** Where the paragraph's Chinese text names the entity (UTF-16 offsets into `text(lang: ZH)`). */
  spans?: { start: number; end: number; paragraph: { key: string } }[];
}

export interface ParagraphAnswer {
  key: string;
  number: number;
  text: string | null;
  textEn: string | null;
  properties: Record<string, unknown>;
  mentions: MentionAnswer[];
}

/** Paragraphs asked for in one request, and the mentions of each. */
export const PARAGRAPHS_PER_REQUEST = 15;
export const MAX_MENTIONS = 100;

export function reportParagraphsQuery({ spans }: Capabilities): string {
  return `query ReportParagraphs($ids: [ID!]!) {
  nodes(ids: $ids) {
    ... on Paragraph {
      key number text(lang: ZH) textEn: text(lang: EN) properties
      mentions: relations(direction: OUT, types: [MENTIONS], first: ${MAX_MENTIONS}) {
        other { key kind names { en zh } }${spans ? '\n        spans { start end paragraph { key } }' : ''}
      }
    }
  }
}`;
}

export interface SearchAnswer {
  search: { score: number; entity: EntityRef }[];
}

export const SEARCH_HITS = 30;

export const SEARCH_QUERY = `query SearchPage($text: String!) {
  search(text: $text, first: ${SEARCH_HITS}) { score entity { key kind names { en zh } } }
}`;

export interface ReportsAnswer {
  database: { reports: string[] };
}

export const REPORTS_QUERY = 'query ReportsPage { database { reports } }';
