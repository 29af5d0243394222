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
import { DataError } from './dataError.ts';
import type { DraftSet } from './drafts.ts';
import type { ReportMentions, TextMentions } from './mentions.ts';
import { paragraphsUnder } from './outline.ts';
import type { ReportBundle } from './reportBundle.ts';
import type { ReportTexts } from './reportTexts.ts';
import type { RelationshipSet, Span } from './relationships.ts';

const sourcesOf = (symbol: string, numbers: number[], refs: string[] = numbers.map(String)) => ({
  keys: numbers.map((number) => paragraphKey(symbol, number)),
  refs,
});

/** A heading speaks for the paragraphs it stands over; its own ref is "§" and its path. */
export const headingRef = (path: string): string => `§${path}`;

/**
 * Relationships the text shows by its form: the part-of hierarchy of report, sections, paragraphs and
 * items; articles within articles and conventions; the annex's documents under agenda items; and the
 * mentions found in each paragraph and heading. Each carries the stretch of text it was found in.
 */
export function addStructureRelations(
  bundle: ReportBundle,
  drafts: DraftSet,
  texts: ReportTexts,
  mentions: ReportMentions,
  relationships: RelationshipSet,
): void {
  const { parsed, curated } = bundle;
  const symbol = curated.report.symbol;
  const report = documentKey(symbol);
  const heading = (path: string): Span => {
    const text = texts.headings.get(path)!;
    return { key: text.key, start: 0, end: text.text.length };
  };

  // A section is part of its parent, and a paragraph of its section, by standing under the heading.
  for (const section of parsed.sections) {
    const parent = section.parent ? sectionKey(symbol, section.parent) : report;
    const paragraphs = paragraphsUnder(parsed, section.path);
    if (paragraphs.length === 0) continue;
    relationships.add(
      'PART_OF',
      sectionKey(symbol, section.path),
      parent,
      sourcesOf(symbol, paragraphs),
      'structure',
      { spans: [heading(section.path)] },
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
      { spans: [heading(paragraph.section)] },
    );
    const text = texts.paragraphs.get(paragraph.number)!;
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
        { spans: [{ key: text.key, ...text.items.get(item.letter)! }] },
      );
    }
  }

  for (const [number, found] of mentions.paragraphs) {
    addMentions(found, sourcesOf(symbol, [number]), drafts, relationships);
  }
  for (const [path, found] of mentions.headings) {
    const paragraphs = paragraphsUnder(parsed, path);
    if (paragraphs.length === 0) continue;
    addMentions(found, sourcesOf(symbol, paragraphs, [headingRef(path)]), drafts, relationships);
  }

  addAnnexRelations(bundle, texts, relationships);
}

/**
 * The mentions of one paragraph or heading (first use of each entity), and the article hierarchy of every
 * article it cites.
 */
function addMentions(
  found: TextMentions,
  sources: { keys: string[]; refs: string[] },
  drafts: DraftSet,
  relationships: RelationshipSet,
): void {
  for (const [key, mention] of found.mentions) {
    relationships.add(
      'MENTIONS',
      found.key,
      key,
      sources,
      'mention',
      { spans: [{ key: found.key, ...mention.spans[0]! }] },
      { forms: [...mention.forms] },
    );
  }
  const seen = new Set<string>();
  for (const ref of found.articles) {
    if (seen.has(ref.key)) continue;
    seen.add(ref.key);
    const parts = parseArticleId(parseKey(ref.key)!.id)!;
    const whole = articleKey(parts.convention, parts.article);
    if (parts.paragraph !== null) {
      relationships.add('PART_OF', ref.key, whole, sources, 'reference', {
        spans: [{ key: found.key, start: ref.start, end: ref.end }],
      });
    }
    const conventionKey = makeKey('convention', parts.convention);
    if (drafts.has(conventionKey)) {
      // The convention's name before the article, when the text gives it, is part of what links them.
      const start = ref.convention?.start ?? ref.articlePart.start;
      relationships.add('PART_OF', whole, conventionKey, sources, 'reference', {
        spans: [{ key: found.key, start, end: ref.articlePart.end }],
      });
    }
  }
}

/** The annex lists the documents before the meeting and the agenda item each was submitted under. */
function addAnnexRelations(bundle: ReportBundle, texts: ReportTexts, relationships: RelationshipSet): void {
  const { parsed, curated } = bundle;
  if (!parsed.annex || parsed.annex.documents.length === 0) return;
  const symbol = curated.report.symbol;
  const intro = [...texts.paragraphs.values()].find((paragraph) => paragraph.annex !== null);
  if (!intro) {
    throw new DataError(
      bundle.textFile,
      'annex',
      'the report has an annex, but no paragraph refers to it (附件)',
    );
  }
  const sources = sourcesOf(symbol, [intro.number]);
  for (const [i, document] of parsed.annex.documents.entries()) {
    const row = intro.annex!.rows[i]!;
    const key = documentKey(document.symbol);
    relationships.add('CONSIDERED_AT', key, curated.report.meeting, sources, 'annex', {
      spans: [{ key: intro.key, ...row.row }],
    });
    for (const number of document.agendaItems) {
      relationships.add('SUBMITTED_UNDER', key, agendaItemKey(symbol, number), sources, 'annex', {
        spans: [{ key: intro.key, ...row.symbolAndAgenda }],
      });
    }
  }
}
