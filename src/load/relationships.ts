import type { RelationType } from '../model/relations.ts';
import type { GraphRelationship, Origin, Properties } from './graphData.ts';
import type { TextRange } from './reportTexts.ts';

/** Where a relationship's words stand: a stretch of the served text (`textZh`) of a paragraph or section node. */
export interface Span extends TextRange {
  key: string;
}

/**
 * The words behind a relationship. Code gives the spans it matched (the quote is their text); a curated
 * relation gives its quote and the spans where the loader found it.
 */
export interface Evidence {
  quote?: string;
  spans: Span[];
}

interface Collected {
  type: RelationType;
  from: string;
  to: string;
  props: Properties & { sources: string[]; sourceRefs: string[]; origin: Origin };
  /** A curated quote, which outranks what code matched. */
  quote: string | undefined;
  spans: Span[];
}

/**
 * Collects relationships, merging repeats of the same (type, from, to): their sources join, and so does
 * their evidence.
 */
export class RelationshipSet {
  private readonly byId = new Map<string, Collected>();

  has(type: RelationType, from: string, to: string): boolean {
    return this.byId.has(`${type}|${from}|${to}`);
  }

  add(
    type: RelationType,
    from: string,
    to: string,
    sources: { keys: string[]; refs: string[] },
    origin: Origin,
    evidence: Evidence,
    props: Properties = {},
  ): void {
    const id = `${type}|${from}|${to}`;
    const existing = this.byId.get(id);
    if (!existing) {
      this.byId.set(id, {
        type,
        from,
        to,
        props: { ...props, sources: [...sources.keys], sourceRefs: [...sources.refs], origin },
        quote: evidence.quote,
        spans: [...evidence.spans],
      });
      return;
    }
    existing.props.sources = [...new Set([...existing.props.sources, ...sources.keys])];
    existing.props.sourceRefs = [...new Set([...existing.props.sourceRefs, ...sources.refs])];
    // What a person read outranks what code found; their properties join.
    if (origin === 'curated') existing.props.origin = 'curated';
    Object.assign(existing.props, props);
    if (evidence.quote !== undefined && existing.quote === undefined) {
      existing.quote = evidence.quote;
      existing.spans = [...evidence.spans, ...existing.spans];
    } else existing.spans.push(...evidence.spans);
  }

  /**
   * The relationships with their quote and spans. The quote is the curated one, or else the shortest text
   * code matched; each span keeps the quote where it holds it (a longer match, "《公约》第 18 条", holds the
   * shorter "第 18 条"); the same stretch is given once.
   */
  values(textOf: (key: string) => string | undefined): GraphRelationship[] {
    return [...this.byId.values()].map(({ type, from, to, props, quote: curated, spans }) => {
      const slice = (span: Span) => (textOf(span.key) ?? '').slice(span.start, span.end);
      const quote =
        curated ??
        spans
          .map(slice)
          .reduce<string | undefined>((a, b) => (a === undefined || b.length < a.length ? b : a), undefined);
      const kept: Span[] = [];
      if (quote) {
        for (const span of spans) {
          const at = slice(span).indexOf(quote);
          if (at < 0) continue;
          const found = { key: span.key, start: span.start + at, end: span.start + at + quote.length };
          if (!kept.some((other) => other.key === found.key && other.start === found.start)) kept.push(found);
        }
      }
      return {
        type,
        from,
        to,
        props: {
          ...props,
          quote: quote ?? null,
          spanParagraphs: kept.map((span) => span.key),
          spanStarts: kept.map((span) => span.start),
          spanEnds: kept.map((span) => span.end),
        },
      };
    });
  }
}
