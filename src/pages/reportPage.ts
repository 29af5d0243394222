import { agendaItemKey, documentKey } from '../model/keys.ts';
import { entityPath, paragraphAnchor, reportPath } from './addresses.ts';
import { entityLine } from './entityPage.ts';
import { html, type Html } from './html.ts';
import { zh, ZH } from './layout.ts';
import type { EntityRef, ParagraphAnswer, SectionAnswer } from './queries.ts';
import { linesOf, linkedLine, type Span } from './text.ts';
import { kindLabel } from './vocabulary.ts';

/** Which texts the page shows: both (the default), or one of them. */
export const SHOW = ['both', 'zh', 'en'] as const;
export type Show = (typeof SHOW)[number];

export interface ReportData {
  key: string;
  symbol: string;
  names: { en: string; zh: string };
  properties: Record<string, unknown>;
  chapters: SectionAnswer[];
  paragraphs: Map<number, ParagraphAnswer>;
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map((item) => String(item)) : []);

/** Section paths in reading order: `3.D.2` after `3.D.1`, `10` after `9`. */
export const byPath = (a: { path: string }, b: { path: string }): number =>
  a.path.localeCompare(b.path, 'en', { numeric: true });

/** The mentions of a paragraph that the graph places in its Chinese text, as link spans. */
function spansOf(paragraph: ParagraphAnswer): Span<EntityRef>[] {
  return paragraph.mentions.flatMap((mention) =>
    (mention.spans ?? [])
      .filter((span) => span.paragraph.key === paragraph.key)
      .map((span) => ({ start: span.start, end: span.end, target: mention.other })),
  );
}

/** What a mention link says of its entity on hover and focus: its kind and both names. */
interface Tip {
  id: string;
  entity: EntityRef;
}

/**
 * Mention links for one paragraph. The words of the link are the report's own; what the link says of its
 * entity is drawn beside it by the stylesheet (from `data-tip`, so it is no text of the paragraph) and
 * given to screen readers as the link's description, by an element kept out of the text (`tips`).
 */
function mentionLink(paragraph: number, tips: Tip[]) {
  return (text: string, entity: EntityRef): Html => {
    const id = `m-${paragraph}-${tips.length + 1}`;
    tips.push({ id, entity });
    const kind = kindLabel(entity.kind);
    return html`<span class="mention" data-tip="${kind.en}: ${entity.names.en} · ${entity.names.zh}"
      ><a href="${entityPath(entity.key)}" aria-describedby="${id}" data-kind="${entity.kind}"
        >${text}</a
      ></span
    >`;
  };
}

/** The descriptions of a paragraph's mention links, out of its text and out of sight. */
function tipList(tips: Tip[]): Html | '' {
  if (tips.length === 0) return '';
  return html`<div class="tips" hidden>
    ${tips.map(({ id, entity }) => {
      const kind = kindLabel(entity.kind);
      return html`<span id="${id}">${kind.en}: ${entity.names.en} · ${zh(entity.names.zh)}</span>`;
    })}
  </div>`;
}

function footnoteRefs(paragraph: ParagraphAnswer): Html {
  return html`${strings(paragraph.properties.footnoteMarkers).map(
    (marker) =>
      html`<sup class="fnref"
        ><a href="#fn-${marker}" id="fnref-${marker}" aria-label="Note ${marker}">${marker}</a></sup
      >`,
  )}`;
}

function textBlock(
  paragraph: ParagraphAnswer,
  text: string,
  lang: 'zh' | 'en',
  spans: Span<EntityRef>[],
  tips: Tip[],
): Html {
  const link = mentionLink(paragraph.number, tips);
  const lines = linesOf(text);
  const [lead, ...items] = lines;
  const render = (line: (typeof lines)[number]) =>
    lang === 'zh' ? linkedLine(line, spans, link) : line.text;
  const itemId = (letter: string | null) =>
    lang === 'zh' && letter ? `${paragraphAnchor(paragraph.number)}-${letter}` : undefined;
  return html`<div class="text ${lang}" lang="${lang === 'zh' ? ZH : 'en'}">
    ${lang === 'en' ? html`<p class="rendering-label">Unofficial English rendering</p>` : ''}
    <p>${lead ? render(lead) : ''}${lang === 'zh' ? footnoteRefs(paragraph) : ''}</p>
    ${
      items.length > 0
        ? html`<ul class="items">
            ${items.map((line) => {
              const id = itemId(line.letter);
              return html`<li${id ? html` id="${id}"` : ''}>${render(line)}</li>`;
            })}
          </ul>`
        : ''
    }
  </div>`;
}

/**
 * Mentions the graph holds for the paragraph that no link in the shown text places: those in its
 * footnote or the annex, those whose span another mention's covers (one phrase naming several agenda
 * items), and all of them when the Chinese text is not shown.
 */
function otherMentions(paragraph: ParagraphAnswer, tips: Tip[]): Html | '' {
  const placed = new Set(tips.map((tip) => tip.entity.key));
  const rest = paragraph.mentions.filter((mention) => !placed.has(mention.other.key));
  if (rest.length === 0) return '';
  const unique = [...new Map(rest.map((mention) => [mention.other.key, mention.other])).values()];
  return html`<details class="mentions">
    <summary>${tips.length === 0 ? 'Mentioned' : 'Also mentioned'} (${unique.length})</summary>
    <ul>
      ${unique.map((entity) => html`<li>${entityLine(entity)}</li>`)}
    </ul>
  </details>`;
}

function paragraphBlock(paragraph: ParagraphAnswer, show: Show): Html {
  const anchor = paragraphAnchor(paragraph.number);
  const spans = spansOf(paragraph);
  const tips: Tip[] = [];
  const zhBlock =
    show !== 'en' && paragraph.text ? textBlock(paragraph, paragraph.text, 'zh', spans, tips) : '';
  return html`<div class="para" id="${anchor}">
    <p class="num">
      <a href="#${anchor}" aria-label="Paragraph ${paragraph.number}">${paragraph.number}.</a>
    </p>
    <div class="body">
      ${zhBlock}
      ${show !== 'zh' && paragraph.textEn ? textBlock(paragraph, paragraph.textEn, 'en', [], []) : ''}
      ${tipList(tips)} ${otherMentions(paragraph, tips)}
      <p class="para-page">
        <a href="${entityPath(paragraph.key)}">Paragraph ${paragraph.number}: what the graph holds</a>
      </p>
    </div>
  </div>`;
}

function firstParagraph(section: SectionAnswer): number {
  const own = section.paragraphs.map((paragraph) => paragraph.number);
  const below = (section.children ?? []).map(firstParagraph);
  return Math.min(Infinity, ...own, ...below);
}

function sectionBlock(section: SectionAnswer, data: ReportData, show: Show): Html {
  const parts: { first: number; html: Html }[] = [
    ...section.paragraphs.flatMap((ref) => {
      const paragraph = data.paragraphs.get(ref.number);
      return paragraph ? [{ first: ref.number, html: paragraphBlock(paragraph, show) }] : [];
    }),
    ...(section.children ?? []).map((child) => ({
      first: firstParagraph(child),
      html: sectionBlock(child, data, show),
    })),
  ].sort((a, b) => a.first - b.first);
  const level = Math.min(section.level + 1, 6);
  const id = `section-${section.path}`;
  const heading = html`<span class="heading-zh" lang="${ZH}">${section.names.zh}</span>${
      show !== 'zh' && section.headingEn ? html` <span class="heading-en">${section.headingEn}</span>` : ''
    }`;
  return html`<section class="section level-${section.level}" aria-labelledby="${id}">
    ${html`<h${String(level)} id="${id}">${heading}</h${String(level)}>` as Html}
    ${parts.map((part) => part.html)}
  </section>`;
}

function footnotes(data: ReportData): Html | '' {
  const notes = [...data.paragraphs.values()]
    .sort((a, b) => a.number - b.number)
    .flatMap((paragraph) => {
      const markers = strings(paragraph.properties.footnoteMarkers);
      const texts = strings(paragraph.properties.footnoteTexts);
      return markers.map((marker, i) => ({ marker, text: texts[i] ?? '', paragraph: paragraph.number }));
    });
  if (notes.length === 0) return '';
  return html`<section class="footnotes" aria-labelledby="notes-heading">
    <h2 id="notes-heading">Notes</h2>
    <ol>
      ${notes.map(
        (note) =>
          html`<li id="fn-${note.marker}" value="${note.marker}">
            <span lang="${ZH}">${note.text}</span>
            <a href="#fnref-${note.marker}" aria-label="Back to paragraph ${note.paragraph}"
              >↩ ¶${note.paragraph}</a
            >
          </li>`,
      )}
    </ol>
  </section>`;
}

function annex(data: ReportData, show: Show): Html | '' {
  const { properties } = data;
  const symbols = strings(properties.annexSymbols);
  if (symbols.length === 0) return '';
  const columns = strings(properties.annexColumns);
  const items = strings(properties.annexAgendaItems);
  const titles = strings(properties.annexTitles);
  const headingEn = typeof properties.annexHeadingEn === 'string' ? properties.annexHeadingEn : '';
  return html`<section class="annex" aria-labelledby="annex-heading">
    <h2 id="annex-heading"><span lang="${ZH}">附件</span> <span class="heading-en">Annex</span></h2>
    <table>
      <caption>
        <span lang="${ZH}">${String(properties.annexHeading ?? '')}</span>
        ${show !== 'zh' && headingEn ? html`<span class="heading-en">${headingEn}</span>` : ''}
      </caption>
      <thead>
        <tr>
          ${columns.map((column) => html`<th scope="col" lang="${ZH}">${column}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${symbols.map(
          (symbol, i) =>
            html`<tr>
              <td><a href="${entityPath(documentKey(symbol))}">${symbol}</a></td>
              <td>
                ${(items[i] ?? '')
                  .split(',')
                  .filter((item) => item !== '')
                  .map(
                    (item, n) =>
                      html`${n > 0 ? ', ' : ''}<a
                          href="${entityPath(agendaItemKey(data.symbol, item))}"
                          aria-label="Agenda item ${item}"
                          >${item}</a
                        >`,
                  )}
              </td>
              <td lang="${ZH}">${titles[i] ?? ''}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </section>`;
}

function switcher(data: ReportData, show: Show): Html {
  const labels: Record<Show, Html> = {
    both: html`Both`,
    zh: html`<span lang="${ZH}">中文</span> only`,
    en: html`English only`,
  };
  return html`<nav class="switch" aria-label="Texts shown">
    <span>Texts:</span>
    ${SHOW.map((option) => {
      const href = option === 'both' ? reportPath(data.symbol) : `${reportPath(data.symbol)}?show=${option}`;
      return html`<a href="${href}" ${option === show ? html` aria-current="page"` : ''} data-show="${option}"
        >${labels[option]}</a
      >`;
    })}
  </nav>`;
}

export function reportMain(data: ReportData, show: Show, canonical: string): Html {
  return html`<article class="report">
    <header>
      <p class="kind-line"><span class="kind">Report</span> <code>${data.symbol}</code></p>
      <h1>
        <span lang="${ZH}">${data.names.zh}</span>
        ${show !== 'zh' ? html`<span class="heading-en">${data.names.en}</span>` : ''}
      </h1>
      <p class="cite">
        <span class="label">Cite:</span> <cite>${data.names.en}</cite>, UN document ${data.symbol}.
        <a href="${canonical}" class="permalink">${canonical}</a>
        Each paragraph’s address is this one with <code>#para-</code> and its number.
      </p>
      <p class="actions"><a href="${entityPath(data.key)}">The report as an entity of the graph</a></p>
      ${switcher(data, show)}
    </header>
    ${data.chapters.map((chapter) => sectionBlock(chapter, data, show))} ${footnotes(data)}
    ${annex(data, show)}
  </article>`;
}
