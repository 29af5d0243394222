import { ENTITY_KINDS, type EntityKind } from '../model/kinds.ts';
import { parseKey } from '../model/keys.ts';
import type { Properties } from './graphData.ts';

export type EnStatus = 'official' | 'translated' | 'untranslated';

/** An entity before it becomes a node: generated from the text, declared in the data file, or both. */
export interface EntityDraft {
  key: string;
  kind: EntityKind;
  names: { zh: string; en: string };
  enStatus: EnStatus;
  aliases: string[];
  props: Properties;
  /** Whether names and aliases are matched in the text to find mentions. */
  matchable: boolean;
}

const UNMATCHED_KINDS = new Set<EntityKind>([
  'article',
  'document',
  'agendaItem',
  'recommendation',
  'paragraph',
  'section',
]);

export class DraftSet {
  private readonly drafts = new Map<string, EntityDraft>();

  get(key: string): EntityDraft | undefined {
    return this.drafts.get(key);
  }

  has(key: string): boolean {
    return this.drafts.has(key);
  }

  values(): IterableIterator<EntityDraft> {
    return this.drafts.values();
  }

  /** Adds a draft unless one with the key exists (what the text shows first stays). */
  addIfMissing(draft: Omit<EntityDraft, 'kind' | 'matchable'> & { matchable?: boolean }): EntityDraft {
    const existing = this.drafts.get(draft.key);
    if (existing) return existing;
    const kind = parseKey(draft.key)!.kind;
    const full: EntityDraft = { matchable: true, ...draft, kind };
    this.drafts.set(draft.key, full);
    return full;
  }

  /** A declaration from the data file: its names and aliases win, its properties add to what the text gave. */
  declare(draft: Omit<EntityDraft, 'kind' | 'matchable'>): void {
    const existing = this.drafts.get(draft.key);
    const kind = parseKey(draft.key)!.kind;
    // Articles, documents and agenda items are found by their reference patterns (第 14 条 with its
    // convention, the document symbol, 议程项目 3); their names would match too much (any convention's
    // 第 14 条) or hide what a title names (秘书处 in 秘书处的报告). The report's own parts (its items
    // and paragraphs) are not named in its text.
    const matchable = !UNMATCHED_KINDS.has(kind);
    if (!existing) {
      this.drafts.set(draft.key, { ...draft, kind, matchable });
      return;
    }
    existing.names = draft.names;
    existing.enStatus = draft.enStatus;
    existing.aliases = [...new Set([...draft.aliases, ...existing.aliases])].filter(
      (alias) => alias !== draft.names.zh && alias !== draft.names.en,
    );
    existing.props = { ...existing.props, ...draft.props };
    existing.matchable = matchable;
  }
}

export const labelOf = (kind: EntityKind) => ENTITY_KINDS[kind].label;
