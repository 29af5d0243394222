import type { ParsedParagraph, ParsedSection } from '../extract/types.ts';
import { agendaItemKey, documentKey, paragraphKey, recommendationKey, sectionKey } from '../model/keys.ts';
import { DataError } from './dataError.ts';
import type { DraftSet } from './drafts.ts';
import type { ReportBundle } from './reportBundle.ts';
import type { ReportTexts } from './reportTexts.ts';

/** The English rendering of a paragraph or item, when the report has one. */
function englishOf(bundle: ReportBundle, paragraph: ParsedParagraph, letter?: string): string | null {
  const rendering = bundle.translation?.paragraphs[String(paragraph.number)];
  if (!rendering) return null;
  if (letter) return rendering.items[letter] ?? null;
  const items = paragraph.items.map((item) =>
    `(${item.letter}) ${rendering.items[item.letter] ?? ''}`.trim(),
  );
  return [rendering.lead, ...items].join('\n');
}

function sectionNameZh(section: ParsedSection): string {
  return section.marker ? `${section.marker}. ${section.heading}` : section.heading;
}

/**
 * The annex table as printed, row by row, on the report's document: the documents it lists are entities
 * of their own, but the table's order, headings and cells belong to the report.
 */
function annexProps(bundle: ReportBundle): Record<string, string | string[]> {
  const annex = bundle.parsed.annex;
  if (!annex) return {};
  return {
    annexHeading: annex.heading,
    ...(bundle.translation?.sections.annex ? { annexHeadingEn: bundle.translation.sections.annex } : {}),
    annexColumns: annex.columns,
    annexSymbols: annex.documents.map((document) => document.symbol),
    // Agenda items of a row, comma-separated (the report writes "4 和 5").
    annexAgendaItems: annex.documents.map((document) => document.agendaItems.join(',')),
    annexTitles: annex.documents.map((document) => document.title),
  };
}

/**
 * The entities the text itself shows: the report as a document, its sections, paragraphs and
 * recommendation items, and the annex's documents and agenda items. Paragraphs and sections carry the
 * Chinese text quotes are sliced from (`textZh`, see reportTexts.ts).
 */
export function addStructureEntities(bundle: ReportBundle, texts: ReportTexts, drafts: DraftSet): void {
  const { parsed, curated } = bundle;
  const symbol = curated.report.symbol;

  drafts.addIfMissing({
    key: documentKey(symbol),
    names: { zh: curated.report.names.zh, en: curated.report.names.en },
    enStatus: curated.report.enStatus,
    aliases: [],
    props: { symbol, symbols: [symbol], isReport: true, ...annexProps(bundle) },
  });

  for (const section of parsed.sections) {
    const en = bundle.translation?.sections[section.path];
    drafts.addIfMissing({
      key: sectionKey(symbol, section.path),
      names: { zh: sectionNameZh(section), en: en ?? `Section ${section.path}` },
      enStatus: en ? 'translated' : 'untranslated',
      aliases: [],
      props: {
        path: section.path,
        level: section.level,
        marker: section.marker,
        heading: section.heading,
        // What a quote that stands in the heading is sliced from, like a paragraph's textZh.
        textZh: texts.headings.get(section.path)!.text,
        report: symbol,
        lineStart: section.lines[0],
        lineEnd: section.lines[1],
      },
      matchable: false,
    });
  }

  const footnotesOf = (paragraph: ParsedParagraph) =>
    parsed.footnotes.filter((footnote) => footnote.paragraph === paragraph.number);
  for (const paragraph of parsed.paragraphs) {
    const textEn = englishOf(bundle, paragraph);
    drafts.addIfMissing({
      key: paragraphKey(symbol, paragraph.number),
      names: { zh: `第 ${paragraph.number} 段`, en: `Paragraph ${paragraph.number}` },
      enStatus: 'translated',
      aliases: [],
      props: {
        number: paragraph.number,
        textZh: texts.paragraphs.get(paragraph.number)!.text,
        leadZh: paragraph.lead,
        textEn,
        // Notes at the foot of the page, in marker order (their markers are left out of the text).
        footnoteMarkers: footnotesOf(paragraph).map((footnote) => footnote.marker),
        footnoteTexts: footnotesOf(paragraph).map((footnote) => footnote.text),
        section: paragraph.section,
        report: symbol,
        lineStart: paragraph.lines[0],
        lineEnd: paragraph.lines[1],
      },
      matchable: false,
    });
  }

  const byNumber = new Map(parsed.paragraphs.map((paragraph) => [paragraph.number, paragraph]));
  curated.report.recommendationParagraphs.forEach((number, i) => {
    const paragraph = byNumber.get(number);
    if (!paragraph || paragraph.items.length === 0) {
      throw new DataError(
        bundle.file,
        `report.recommendationParagraphs[${i}]`,
        paragraph ? `paragraph ${number} has no lettered items` : `the report has no paragraph ${number}`,
      );
    }
    for (const item of paragraph.items) {
      const ref = `${number}(${item.letter})`;
      drafts.addIfMissing({
        key: recommendationKey(symbol, ref),
        names: { zh: `建议 ${ref}`, en: `Recommendation ${ref}` },
        enStatus: 'translated',
        aliases: [],
        props: {
          ref,
          paragraph: number,
          letter: item.letter,
          textZh: item.text,
          leadZh: paragraph.lead,
          textEn: englishOf(bundle, paragraph, item.letter),
          report: symbol,
          // Until the data file declares the item a conclusion.
          itemKind: 'recommendation',
        },
        matchable: false,
      });
    }
  });

  for (const document of parsed.annex?.documents ?? []) {
    drafts.addIfMissing({
      key: documentKey(document.symbol),
      names: { zh: document.title, en: document.symbol },
      enStatus: 'untranslated',
      aliases: [],
      props: { symbol: document.symbol, symbols: document.symbols },
    });
    for (const number of document.agendaItems) {
      drafts.addIfMissing({
        key: agendaItemKey(symbol, number),
        names: { zh: `议程项目 ${number}`, en: `Agenda item ${number}` },
        enStatus: 'translated',
        aliases: [],
        props: { number, report: symbol },
      });
    }
  }
}
