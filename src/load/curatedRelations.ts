import { documentKey, paragraphKey, recommendationKey, sectionKey } from '../model/keys.ts';
import type { RelationType } from '../model/relations.ts';
import { DataError } from './dataError.ts';
import type { DraftSet } from './drafts.ts';
import type { Mentions, ReportMentions } from './mentions.ts';
import { paragraphsUnder } from './outline.ts';
import type { ReportBundle } from './reportBundle.ts';
import { findInRanges, type ReportTexts, type TextRange } from './reportTexts.ts';
import type { RelationshipSet, Span } from './relationships.ts';

const PARAGRAPH_REF = /^(\d+)(?:\(([a-z])\))?$/;
const HEADING_REF = /^§(.+)$/;

/** One cited source, resolved: the node whose text it is, the parts of that text it covers, what it names. */
interface Source {
  /** The paragraphs the source speaks for (a heading: those under it). */
  paragraphs: number[];
  /** The paragraph or section node whose `textZh` holds the source's words. */
  key: string;
  text: string;
  /** The parts of `text` that are the source: a whole paragraph, an item with its lead-in, a heading. */
  ranges: TextRange[];
  /** The entities the source speaks of. */
  spoken: Set<string>;
}

/** The sections from `path` up to its chapter. */
function sectionChain(bundle: ReportBundle, path: string | null): string[] {
  const chain: string[] = [];
  for (let section = path; section;) {
    chain.push(sectionKey(bundle.curated.report.symbol, section));
    const current: string = section;
    section = bundle.parsed.sections.find((candidate) => candidate.path === current)?.parent ?? null;
  }
  return chain;
}

/**
 * Resolves a source ref ("14", "37(a)", "§3.D.1") to its text and to the entities it speaks of: what it
 * names, plus what it is part of or contains — the paragraph itself, its items, the sections around it,
 * the report and the report's meeting. Undefined when the report has no such paragraph, item or heading.
 */
function resolveSource(
  bundle: ReportBundle,
  texts: ReportTexts,
  mentions: ReportMentions,
  ref: string,
): Source | { missing: string } {
  const symbol = bundle.curated.report.symbol;
  const common = [documentKey(symbol), bundle.curated.report.meeting];
  const heading = HEADING_REF.exec(ref);
  if (heading) {
    const path = heading[1]!;
    const text = texts.headings.get(path);
    if (!text) return { missing: `the report has no section ${path}` };
    const found: Mentions = mentions.headings.get(path)?.mentions ?? new Map();
    return {
      paragraphs: paragraphsUnder(bundle.parsed, path),
      key: text.key,
      text: text.text,
      ranges: [{ start: 0, end: text.text.length }],
      spoken: new Set([...found.keys(), ...sectionChain(bundle, path), ...common]),
    };
  }
  const [, numberText, letter] = PARAGRAPH_REF.exec(ref)!;
  const number = Number(numberText);
  const paragraph = bundle.parsed.paragraphs.find((candidate) => candidate.number === number);
  const text = texts.paragraphs.get(number);
  if (!paragraph || !text) return { missing: `the report has no paragraph ${number}` };
  if (letter && !text.items.has(letter)) return { missing: `paragraph ${number} has no item (${letter})` };
  const found: Mentions | undefined = letter
    ? mentions.items.get(`${number}(${letter})`)
    : mentions.paragraphs.get(number)?.mentions;
  const items = paragraph.items
    .filter((item) => !letter || item.letter === letter)
    .map((item) => recommendationKey(symbol, `${number}(${item.letter})`));
  return {
    paragraphs: [number],
    key: text.key,
    text: text.text,
    ranges: letter ? [text.lead, text.items.get(letter)!] : [{ start: 0, end: text.text.length }],
    spoken: new Set([
      ...(found?.keys() ?? []),
      paragraphKey(symbol, number),
      ...items,
      ...sectionChain(bundle, paragraph.section),
      ...common,
    ]),
  };
}

/**
 * A recommendation that its addressee ask someone (PROPOSES_ASKING) is the end of a chain that starts
 * with the recommendation to that addressee (ADDRESSES): the same verbs up to the last, which is what the
 * addressee would do (recommend, consider → recommend, consider, request).
 */
function checkChain(bundle: ReportBundle, index: number): void {
  const relation = bundle.curated.relations[index]!;
  const verbs = relation.props.verbs as string[];
  const start = bundle.curated.relations.find(
    (other) =>
      other.type === 'ADDRESSES' && other.from === relation.from && other.to === relation.props.through,
  );
  const expected = verbs.slice(0, -1).join(', ');
  if (!start || (start.props.verbs as string[]).join(', ') !== expected) {
    throw new DataError(
      bundle.file,
      `relations[${index}].props.through`,
      `PROPOSES_ASKING ${relation.from} → ${relation.to} asks through ${String(relation.props.through)}, so the data file must have ADDRESSES ${relation.from} → ${String(relation.props.through)} with verbs [${expected}]`,
    );
  }
}

/**
 * Adds the data file's relations after checking each: both ends exist, every cited paragraph, item or
 * heading exists and speaks of both ends — unless the relation is marked inferred, with its reason — and
 * its quote stands word for word in a cited source.
 */
export function addCuratedRelations(
  bundle: ReportBundle,
  drafts: DraftSet,
  texts: ReportTexts,
  mentions: ReportMentions,
  relationships: RelationshipSet,
): void {
  const symbol = bundle.curated.report.symbol;
  bundle.curated.relations.forEach((relation, index) => {
    const where = `relations[${index}]`;
    const label = `${relation.type} ${relation.from} → ${relation.to}`;
    for (const end of ['from', 'to'] as const) {
      if (!drafts.has(relation[end])) {
        throw new DataError(
          bundle.file,
          `${where}.${end}`,
          `${relation[end]} is not an entity of the report (${label})`,
        );
      }
    }
    const paragraphs: number[] = [];
    const spans: Span[] = [];
    relation.sources.forEach((ref, sourceIndex) => {
      const at = `${where}.sources[${sourceIndex}]`;
      const source = resolveSource(bundle, texts, mentions, ref);
      if ('missing' in source) throw new DataError(bundle.file, at, `${source.missing} (${label})`);
      if (!relation.inferred) {
        for (const end of [relation.from, relation.to]) {
          if (!source.spoken.has(end)) {
            throw new DataError(
              bundle.file,
              at,
              `${HEADING_REF.test(ref) ? 'heading' : 'paragraph'} ${ref} does not mention ${end} (${label}); cite a source that names it, or mark the relation inferred with a reason`,
            );
          }
        }
      }
      paragraphs.push(...source.paragraphs);
      const found = findInRanges(source.text, relation.quote, source.ranges);
      if (found) spans.push({ key: source.key, ...found });
    });
    if (spans.length === 0) {
      throw new DataError(
        bundle.file,
        `${where}.quote`,
        `"${relation.quote}" does not stand word for word in ${relation.sources.join(', ')} (${label})`,
      );
    }
    if (relation.type === 'PROPOSES_ASKING') checkChain(bundle, index);
    const props = { ...relation.props, ...(relation.inferred ? { inferred: relation.inferred } : {}) };
    if (relation.note) Object.assign(props, { note: relation.note });
    relationships.add(
      relation.type as RelationType,
      relation.from,
      relation.to,
      {
        keys: [...new Set(paragraphs)].map((number) => paragraphKey(symbol, number)),
        refs: relation.sources,
      },
      'curated',
      { quote: relation.quote, spans },
      props,
    );
  });
}
