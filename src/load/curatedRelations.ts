import { documentKey, paragraphKey, recommendationKey, sectionKey } from '../model/keys.ts';
import type { RelationType } from '../model/relations.ts';
import { DataError } from './dataError.ts';
import type { DraftSet } from './drafts.ts';
import type { Mentions, ReportMentions } from './mentions.ts';
import type { ReportBundle } from './reportBundle.ts';
import type { RelationshipSet } from './relationships.ts';

const SOURCE_REF = /^(\d+)(?:\(([a-z])\))?$/;

/**
 * The entities a source speaks of: what it names, plus what it is part of or contains — the paragraph
 * itself, its items, the sections around it, the report and the report's meeting.
 */
function spokenOf(
  bundle: ReportBundle,
  mentions: ReportMentions,
  number: number,
  letter?: string,
): Set<string> {
  const symbol = bundle.curated.report.symbol;
  const paragraph = bundle.parsed.paragraphs.find((candidate) => candidate.number === number)!;
  const found: Mentions | undefined = letter
    ? mentions.items.get(`${number}(${letter})`)
    : mentions.paragraphs.get(number);
  const keys = new Set(found?.keys() ?? []);
  keys.add(paragraphKey(symbol, number));
  keys.add(documentKey(symbol));
  keys.add(bundle.curated.report.meeting);
  for (const item of paragraph.items) {
    if (!letter || item.letter === letter) keys.add(recommendationKey(symbol, `${number}(${item.letter})`));
  }
  let section: string | null = paragraph.section;
  while (section) {
    keys.add(sectionKey(symbol, section));
    const current: string = section;
    section = bundle.parsed.sections.find((candidate) => candidate.path === current)?.parent ?? null;
  }
  return keys;
}

/**
 * Adds the data file's relations after checking each: both ends exist, every cited paragraph (or item)
 * exists and speaks of both ends — unless the relation is marked inferred, with its reason.
 */
export function addCuratedRelations(
  bundle: ReportBundle,
  drafts: DraftSet,
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
    const keys: string[] = [];
    relation.sources.forEach((ref, sourceIndex) => {
      const [, numberText, letter] = SOURCE_REF.exec(ref)!;
      const number = Number(numberText);
      const paragraph = bundle.parsed.paragraphs.find((candidate) => candidate.number === number);
      const at = `${where}.sources[${sourceIndex}]`;
      if (!paragraph) {
        throw new DataError(bundle.file, at, `the report has no paragraph ${number} (${label})`);
      }
      if (letter && !paragraph.items.some((item) => item.letter === letter)) {
        throw new DataError(bundle.file, at, `paragraph ${number} has no item (${letter}) (${label})`);
      }
      if (!relation.inferred) {
        const spoken = spokenOf(bundle, mentions, number, letter);
        for (const end of [relation.from, relation.to]) {
          if (!spoken.has(end)) {
            throw new DataError(
              bundle.file,
              at,
              `paragraph ${ref} does not mention ${end} (${label}); cite a paragraph that names it, or mark the relation inferred with a reason`,
            );
          }
        }
      }
      keys.push(paragraphKey(symbol, number));
    });
    const props = { ...relation.props, ...(relation.inferred ? { inferred: relation.inferred } : {}) };
    if (relation.note) Object.assign(props, { note: relation.note });
    relationships.add(
      relation.type as RelationType,
      relation.from,
      relation.to,
      { keys: [...new Set(keys)], refs: relation.sources },
      'curated',
      props,
    );
  });
}
