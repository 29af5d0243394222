import type { ParsedSection } from '../extract/types.ts';
import {
  agendaItemKey,
  articleKey,
  documentKey,
  makeKey,
  paragraphKey,
  parseArticleId,
  parseKey,
  recommendationKey,
  sectionKey,
} from '../model/keys.ts';
import { annexIntroParagraph } from './annex.ts';
import { DataError } from './dataError.ts';
import type { DraftSet } from './drafts.ts';
import type { ReportMentions } from './mentions.ts';
import type { ReportBundle } from './reportBundle.ts';
import type { RelationshipSet } from './relationships.ts';

const sourcesOf = (symbol: string, numbers: number[]) => ({
  keys: numbers.map((number) => paragraphKey(symbol, number)),
  refs: numbers.map(String),
});

/**
 * Relationships the text shows by its form: the part-of hierarchy of report, sections, paragraphs and
 * items; articles within articles and conventions; the annex's documents under agenda items; and the
 * mentions found in each paragraph.
 */
export function addStructureRelations(
  bundle: ReportBundle,
  drafts: DraftSet,
  mentions: ReportMentions,
  relationships: RelationshipSet,
): void {
  const { parsed, curated } = bundle;
  const symbol = curated.report.symbol;
  const report = documentKey(symbol);

  const subtreeParagraphs = (section: ParsedSection): number[] =>
    parsed.sections
      .filter((other) => other.path === section.path || other.path.startsWith(`${section.path}.`))
      .flatMap((other) => other.paragraphs)
      .sort((a, b) => a - b);

  for (const section of parsed.sections) {
    const parent = section.parent ? sectionKey(symbol, section.parent) : report;
    const paragraphs = subtreeParagraphs(section);
    if (paragraphs.length === 0) continue;
    relationships.add(
      'PART_OF',
      sectionKey(symbol, section.path),
      parent,
      sourcesOf(symbol, paragraphs),
      'structure',
    );
  }
  for (const paragraph of parsed.paragraphs) {
    const sources = sourcesOf(symbol, [paragraph.number]);
    relationships.add(
      'PART_OF',
      paragraphKey(symbol, paragraph.number),
      sectionKey(symbol, paragraph.section),
      sources,
      'structure',
    );
    for (const item of paragraph.items) {
      const ref = `${paragraph.number}(${item.letter})`;
      const key = recommendationKey(symbol, ref);
      if (!drafts.has(key)) continue;
      relationships.add(
        'PART_OF',
        key,
        paragraphKey(symbol, paragraph.number),
        { keys: sources.keys, refs: [ref] },
        'structure',
      );
    }
  }

  // Mentions, and the article hierarchy of every article the text cites.
  for (const [number, found] of mentions.paragraphs) {
    const sources = sourcesOf(symbol, [number]);
    for (const [key, forms] of found) {
      relationships.add('MENTIONS', paragraphKey(symbol, number), key, sources, 'mention', {
        forms: [...forms],
      });
      const parsedKey = parseKey(key)!;
      if (parsedKey.kind !== 'article') continue;
      const parts = parseArticleId(parsedKey.id);
      if (!parts) continue;
      const whole = articleKey(parts.convention, parts.article);
      if (parts.paragraph !== null) relationships.add('PART_OF', key, whole, sources, 'reference');
      const conventionKey = makeKey('convention', parts.convention);
      if (drafts.has(conventionKey)) relationships.add('PART_OF', whole, conventionKey, sources, 'reference');
    }
  }

  addAnnexRelations(bundle, relationships);
}

/** The annex lists the documents before the meeting and the agenda item each was submitted under. */
function addAnnexRelations(bundle: ReportBundle, relationships: RelationshipSet): void {
  const { parsed, curated } = bundle;
  if (!parsed.annex || parsed.annex.documents.length === 0) return;
  const symbol = curated.report.symbol;
  const intro = annexIntroParagraph(parsed);
  if (!intro) {
    throw new DataError(
      bundle.textFile,
      'annex',
      'the report has an annex, but no paragraph refers to it (附件)',
    );
  }
  const sources = sourcesOf(symbol, [intro.number]);
  for (const document of parsed.annex.documents) {
    const key = documentKey(document.symbol);
    relationships.add('CONSIDERED_AT', key, curated.report.meeting, sources, 'annex');
    for (const number of document.agendaItems) {
      relationships.add('SUBMITTED_UNDER', key, agendaItemKey(symbol, number), sources, 'annex');
    }
  }
}
