import { agendaItemKey, articleKey, makeKey, parseKey } from '../model/keys.ts';
import type { DraftSet } from './drafts.ts';
import type { ReportBundle } from './reportBundle.ts';
import type { ParagraphText, ReportTexts, TextRange } from './reportTexts.ts';
import {
  findAgendaItemReferences,
  findArticleReferences,
  findDocumentReferences,
  findResolutionReferences,
  type ArticleReference,
  type Reference,
} from './references.ts';
import { NormalizedText, SurfaceFormMatcher } from './surfaceForms.ts';

/** How one stretch of text names one entity: the forms it uses, and where each use stands, in text order. */
export interface Mention {
  forms: Set<string>;
  spans: TextRange[];
}

/** Entity key → how one stretch of text names it. */
export type Mentions = Map<string, Mention>;

/** What one text (a paragraph's or a heading's) names, and the article references in it. */
export interface TextMentions {
  /** The key of the node whose `textZh` the spans index. */
  key: string;
  mentions: Mentions;
  articles: ArticleReference[];
}

export interface ReportMentions {
  /** Per paragraph number: what the paragraph's served text (footnotes and annex included) names. */
  paragraphs: Map<number, TextMentions>;
  /** Per item ref such as "37(a)": what the item and its paragraph's lead-in name. */
  items: Map<string, Mentions>;
  /** Per section path: what its heading names. */
  headings: Map<string, TextMentions>;
}

function add(mentions: Mentions, key: string, form: string, span: TextRange): void {
  const mention = mentions.get(key) ?? { forms: new Set<string>(), spans: [] };
  mention.forms.add(form);
  mention.spans.push({ start: span.start, end: span.end });
  mentions.set(key, mention);
}

const inside = (span: TextRange, ranges: readonly TextRange[]) =>
  ranges.some((range) => span.start >= range.start && span.end <= range.end);

/** The mentions of a paragraph that fall inside the given parts of its text. */
function within(found: Mentions, ranges: readonly TextRange[]): Mentions {
  const kept: Mentions = new Map();
  for (const [key, mention] of found) {
    const spans = mention.spans.filter((span) => inside(span, ranges));
    if (spans.length > 0) kept.set(key, { forms: mention.forms, spans });
  }
  return kept;
}

/**
 * Finds which entities each paragraph and each heading mentions: every Chinese surface form of every
 * entity (names and aliases, longest match first), article references, resolution and decision
 * references, document symbols and agenda items by number, each with where it stands in the served text. Referenced articles,
 * resolutions and documents that no one declared become entities here, so that every reference lands on a
 * node.
 */
export function findMentions(bundle: ReportBundle, drafts: DraftSet, texts: ReportTexts): ReportMentions {
  const { curated } = bundle;
  const forms = new Map<string, Set<string>>();
  for (const draft of drafts.values()) {
    if (!draft.matchable) continue;
    for (const form of [draft.names.zh, ...draft.aliases]) {
      const keys = forms.get(form) ?? new Set<string>();
      keys.add(draft.key);
      forms.set(form, keys);
    }
  }
  const matcher = new SurfaceFormMatcher(forms);

  const conventionIds = new Map<string, string>();
  for (const draft of drafts.values()) {
    if (draft.kind !== 'convention') continue;
    const id = parseKey(draft.key)!.id;
    for (const form of [draft.names.zh, ...draft.aliases]) conventionIds.set(form.replace(/[《》]/g, ''), id);
  }
  const defaultConvention = parseKey(curated.report.defaultConvention)!.id;

  const scan = (key: string, raw: string): TextMentions => {
    const text = new NormalizedText(raw);
    const mentions: Mentions = new Map();
    for (const match of matcher.find(text))
      for (const found of match.keys) add(mentions, found, match.form, match);
    const articles = findArticleReferences(text, (name) => conventionIds.get(name), defaultConvention);
    for (const ref of articles) {
      ensureArticle(drafts, ref.conventionId, ref.article, ref.paragraph);
      add(mentions, ref.key, ref.form, ref);
    }
    const references: Reference[] = [
      ...findResolutionReferences(text, curated.report.resolutionBody),
      ...findDocumentReferences(text),
      ...findAgendaItemReferences(text, curated.report.symbol),
    ];
    for (const ref of references) {
      ensureReferenced(drafts, ref);
      add(mentions, ref.key, ref.form, ref);
    }
    for (const mention of mentions.values()) mention.spans.sort((a, b) => a.start - b.start);
    return { key, mentions, articles };
  };

  const paragraphs = new Map<number, TextMentions>();
  const items = new Map<string, Mentions>();
  for (const paragraph of texts.paragraphs.values()) {
    const found = scan(paragraph.key, paragraph.text);
    addAnnexAgendaItems(found.mentions, paragraph, curated.report.symbol);
    paragraphs.set(paragraph.number, found);
    for (const [letter, range] of paragraph.items) {
      items.set(`${paragraph.number}(${letter})`, within(found.mentions, [paragraph.lead, range]));
    }
  }
  const headings = new Map<string, TextMentions>();
  for (const heading of texts.headings.values()) headings.set(heading.path, scan(heading.key, heading.text));
  return { paragraphs, items, headings };
}

/** The annex's agenda cells name agenda items by bare number, which only the table's layout makes a reference. */
function addAnnexAgendaItems(mentions: Mentions, paragraph: ParagraphText, reportSymbol: string): void {
  for (const row of paragraph.annex?.rows ?? []) {
    for (const [number, span] of row.items) add(mentions, agendaItemKey(reportSymbol, number), number, span);
  }
  for (const mention of mentions.values()) mention.spans.sort((a, b) => a.start - b.start);
}

/** An article paragraph implies its article; both become entities when the text cites them. */
function ensureArticle(
  drafts: DraftSet,
  conventionId: string,
  article: number,
  paragraph: number | null,
): void {
  drafts.addIfMissing({
    key: articleKey(conventionId, article),
    names: { zh: `第 ${article} 条`, en: `Article ${article}` },
    enStatus: 'translated',
    aliases: [],
    props: {},
    matchable: false,
  });
  if (paragraph !== null) {
    drafts.addIfMissing({
      key: articleKey(conventionId, article, paragraph),
      names: { zh: `第 ${article} 条第 ${paragraph} 款`, en: `Article ${article}, paragraph ${paragraph}` },
      enStatus: 'translated',
      aliases: [],
      props: {},
      matchable: false,
    });
  }
}

function ensureReferenced(drafts: DraftSet, ref: Reference): void {
  const parsed = parseKey(ref.key)!;
  if (parsed.kind === 'agendaItem') {
    const number = parsed.id.slice(parsed.id.indexOf('#') + 1);
    drafts.addIfMissing({
      key: ref.key,
      names: { zh: `议程项目 ${number}`, en: `Agenda item ${number}` },
      enStatus: 'translated',
      aliases: [],
      props: { number, report: parsed.id.slice(0, parsed.id.indexOf('#')) },
      matchable: false,
    });
  } else if (parsed.kind === 'resolution') {
    const symbol = parsed.id.slice(parsed.id.lastIndexOf('-') + 1);
    const isDecision = ref.form.endsWith('决定');
    drafts.addIfMissing({
      key: ref.key,
      names: { zh: ref.form, en: `${isDecision ? 'Decision' : 'Resolution'} ${symbol}` },
      enStatus: 'untranslated',
      aliases: [],
      props: { symbol, resolutionKind: isDecision ? 'decision' : 'resolution' },
      matchable: false,
    });
  } else {
    drafts.addIfMissing({
      key: makeKey('document', parsed.id),
      names: { zh: parsed.id, en: parsed.id },
      enStatus: 'untranslated',
      aliases: [],
      props: { symbol: parsed.id, symbols: [parsed.id] },
      matchable: false,
    });
  }
}
