import type { ParsedParagraph } from '../extract/types.ts';
import { agendaItemKey, articleKey, makeKey, parseKey } from '../model/keys.ts';
import { annexIntroParagraph, annexText } from './annex.ts';
import type { DraftSet } from './drafts.ts';
import type { ReportBundle } from './reportBundle.ts';
import {
  findArticleReferences,
  findDocumentReferences,
  findResolutionReferences,
  type Reference,
} from './references.ts';
import { SurfaceFormMatcher } from './surfaceForms.ts';

/** Entity key → the surface forms that name it in one stretch of text. */
export type Mentions = Map<string, Set<string>>;

export interface ReportMentions {
  /** Per paragraph number: what the paragraph (with its footnotes) names. */
  paragraphs: Map<number, Mentions>;
  /** Per item ref such as "37(a)": what the item and its paragraph's lead-in name. */
  items: Map<string, Mentions>;
}

function add(mentions: Mentions, key: string, form: string): void {
  const forms = mentions.get(key) ?? new Set<string>();
  forms.add(form);
  mentions.set(key, forms);
}

/**
 * Finds which entities each paragraph mentions: every Chinese surface form of every entity (names and
 * aliases, longest match first), article references, resolution and decision references, and document
 * symbols. Referenced articles, resolutions and documents that no one declared become entities here, so
 * that every reference lands on a node.
 */
export function findMentions(bundle: ReportBundle, drafts: DraftSet): ReportMentions {
  const { curated, parsed } = bundle;
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

  const footnotesOf = (paragraph: ParsedParagraph) =>
    parsed.footnotes
      .filter((footnote) => footnote.paragraph === paragraph.number)
      .map((footnote) => footnote.text);

  const scan = (text: string): Mentions => {
    const mentions: Mentions = new Map();
    for (const match of matcher.find(text)) for (const key of match.keys) add(mentions, key, match.form);
    for (const ref of findArticleReferences(text, (name) => conventionIds.get(name), defaultConvention)) {
      ensureArticle(drafts, ref.conventionId, ref.article, ref.paragraph);
      add(mentions, ref.key, ref.form);
    }
    const references: Reference[] = [
      ...findResolutionReferences(text, curated.report.resolutionBody),
      ...findDocumentReferences(text),
    ];
    for (const ref of references) {
      ensureReferenced(drafts, ref);
      add(mentions, ref.key, ref.form);
    }
    return mentions;
  };

  const intro = annexIntroParagraph(parsed);
  const paragraphs = new Map<number, Mentions>();
  const items = new Map<string, Mentions>();
  for (const paragraph of parsed.paragraphs) {
    const annex = paragraph === intro ? [annexText(parsed)] : [];
    const found = scan([paragraph.text, ...footnotesOf(paragraph), ...annex].join('\n'));
    if (paragraph === intro) {
      for (const document of parsed.annex!.documents) {
        for (const number of document.agendaItems) {
          add(found, agendaItemKey(curated.report.symbol, number), number);
        }
      }
    }
    paragraphs.set(paragraph.number, found);
    for (const item of paragraph.items) {
      items.set(`${paragraph.number}(${item.letter})`, scan(`${paragraph.lead}\n${item.text}`));
    }
  }
  return { paragraphs, items };
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
  if (parsed.kind === 'resolution') {
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
