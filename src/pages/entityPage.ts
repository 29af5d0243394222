import { entityPath, explorerPath, paragraphPath, reportPath } from './addresses.ts';
import { html, type Html } from './html.ts';
import { zh, ZH } from './layout.ts';
import type { EntityAnswer, EntityRef, RelationAnswer, SourceParagraph } from './queries.ts';
import { MAX_RELATIONS } from './queries.ts';
import { kindLabel, relationLabel } from './vocabulary.ts';

/** Stored properties shown elsewhere on the page, or too long for its table. */
const NOT_LISTED = new Set([
  'textZh',
  'textEn',
  'leadZh',
  'footnoteMarkers',
  'footnoteTexts',
  'annexHeading',
  'annexHeadingEn',
  'annexColumns',
  'annexSymbols',
  'annexAgendaItems',
  'annexTitles',
]);

/** An entity as a link that says what it is: English name, Chinese name, kind. */
export function entityLine(entity: EntityRef): Html {
  const kind = kindLabel(entity.kind);
  const zhName = entity.names.zh !== entity.names.en ? html` ${zh(entity.names.zh)}` : '';
  return html`<a href="${entityPath(entity.key)}">${entity.names.en}</a>${zhName}
    <span class="kind">${kind.en}</span>`;
}

export const sourceLink = (source: SourceParagraph): Html =>
  html`<a
    href="${paragraphPath(source.report, source.number)}"
    aria-label="Paragraph ${source.number} of ${source.report}"
    >¶${source.number}</a
  >`;

function sourcesOf(relation: RelationAnswer): Html {
  if (relation.sources.length === 0) return html``;
  return html`<span class="sources"
    >${relation.sources.map((source, i) => html`${i > 0 ? ', ' : ''}${sourceLink(source)}`)}</span
  >`;
}

function quoteOf(relation: RelationAnswer): Html | '' {
  const quote = relation.quote ?? relation.properties.quote;
  if (typeof quote !== 'string' || quote === '') return '';
  return html`<blockquote class="quote" lang="${ZH}"><mark>${quote}</mark></blockquote>`;
}

function relationItem(relation: RelationAnswer): Html {
  const origin = typeof relation.properties.origin === 'string' ? relation.properties.origin : null;
  return html`<li>
    ${entityLine(relation.other)} ${sourcesOf(relation)}
    ${origin ? html`<span class="origin">${origin}</span>` : ''}
    ${relation.inferred ? html`<span class="inferred">inferred: ${relation.inferred}</span>` : ''}
    ${quoteOf(relation)}
  </li>`;
}

interface Group {
  type: string;
  direction: 'OUT' | 'IN';
  relations: RelationAnswer[];
}

function groupsOf(relations: RelationAnswer[]): Group[] {
  const groups = new Map<string, Group>();
  for (const relation of relations) {
    const id = `${relation.type} ${relation.direction}`;
    const group = groups.get(id) ?? { type: relation.type, direction: relation.direction, relations: [] };
    group.relations.push(relation);
    groups.set(id, group);
  }
  // Mentions last: they are many, and the typed relations say more.
  const rank = (group: Group) => (group.type === 'MENTIONS' ? 1 : 0);
  return [...groups.values()].sort(
    (a, b) => rank(a) - rank(b) || a.type.localeCompare(b.type) || a.direction.localeCompare(b.direction),
  );
}

function groupHeading(group: Group, entity: EntityAnswer): Html {
  const label = relationLabel(group.type);
  if (group.type === 'MENTIONS' && group.direction === 'IN') return html`Mentioned in`;
  if (group.direction === 'OUT') return html`${entity.names.en} ${label.en} …`;
  return html`… ${label.en} ${entity.names.en}`;
}

function relationsSection(entity: EntityAnswer): Html {
  if (entity.relations.length === 0) return html`<p>The graph holds no relationship of this entity.</p>`;
  const groups = groupsOf(entity.relations);
  return html`${groups.map(
    (group) =>
      html`<section class="group" aria-labelledby="rel-${group.type}-${group.direction}">
        <h3 id="rel-${group.type}-${group.direction}">
          ${groupHeading(group, entity)} <span class="count">(${group.relations.length})</span>
        </h3>
        <p class="relation-type">
          <code>${group.type}</code> ${group.direction === 'OUT' ? 'from' : 'to'} this entity
        </p>
        <ul class="relations">
          ${group.relations.map(relationItem)}
        </ul>
      </section>`,
  )}
  ${
    entity.relations.length >= MAX_RELATIONS
      ? html`<p class="note">The first ${MAX_RELATIONS} relationships are shown.</p>`
      : ''
  }`;
}

function value(item: unknown): string {
  if (Array.isArray(item)) return item.map(value).join(', ');
  if (item !== null && typeof item === 'object') return JSON.stringify(item);
  return String(item);
}

function propertiesTable(entity: EntityAnswer): Html {
  const rows: [string, unknown][] = [
    ['Key', entity.key],
    ['Kind', `${kindLabel(entity.kind).en} (${entity.kind})`],
    ['English name status', entity.enStatus],
  ];
  if (entity.aliases.length > 0) rows.push(['Other forms', entity.aliases]);
  for (const [name, item] of Object.entries(entity.properties).sort(([a], [b]) => a.localeCompare(b))) {
    if (!NOT_LISTED.has(name) && item !== null && !(Array.isArray(item) && item.length === 0)) {
      rows.push([name, item]);
    }
  }
  return html`<dl class="properties">
    ${rows.map(
      ([name, item]) =>
        html`<div>
          <dt>${name}</dt>
          <dd>${value(item)}</dd>
        </div>`,
    )}
  </dl>`;
}

/** The paragraphs that speak of the entity: the ones that mention it and the ones that state its facts. */
export function paragraphsOf(entity: EntityAnswer): SourceParagraph[] {
  const seen = new Map<string, SourceParagraph>();
  for (const relation of entity.relations) {
    for (const source of relation.sources) seen.set(source.key, source);
  }
  if (entity.number !== undefined && entity.report) {
    seen.set(entity.key, { key: entity.key, number: entity.number, report: entity.report });
  }
  return [...seen.values()].sort((a, b) => a.report.localeCompare(b.report) || a.number - b.number);
}

function citeLine(entity: EntityAnswer, canonical: string): Html {
  const byReport = new Map<string, number[]>();
  for (const source of paragraphsOf(entity)) {
    byReport.set(source.report, [...(byReport.get(source.report) ?? []), source.number]);
  }
  const where = [...byReport].map(
    ([report, numbers]) => `${report}, ${numbers.length === 1 ? 'para.' : 'paras'} ${numbers.join(', ')}`,
  );
  return html`<p class="cite">
    <span class="label">Cite:</span>
    <cite>${entity.names.en}</cite>${where.length > 0 ? `, ${where.join('; ')}` : ''}.
    <a href="${canonical}" class="permalink">${canonical}</a>
  </p>`;
}

function paragraphText(entity: EntityAnswer): Html | '' {
  if (entity.kind !== 'PARAGRAPH' || !entity.report || entity.number === undefined) return '';
  return html`<section aria-labelledby="text-heading">
    <h2 id="text-heading">Text</h2>
    <blockquote class="zh" lang="${ZH}">${entity.text ?? ''}</blockquote>
    ${
      entity.textEn
        ? html`<p class="rendering-label">Unofficial English rendering</p>
            <blockquote class="en" lang="en">${entity.textEn}</blockquote>`
        : ''
    }
    <p>
      <a href="${paragraphPath(entity.report, entity.number)}"
        >Read paragraph ${entity.number} in the report</a
      >
    </p>
  </section>`;
}

/** For a paragraph: the relationships it is a source of, each from one entity to another. */
function factsSection(entity: EntityAnswer): Html | '' {
  if (entity.kind !== 'PARAGRAPH' || !entity.facts) return '';
  const { totalCount, nodes } = entity.facts;
  return html`<section aria-labelledby="facts-heading">
    <h2 id="facts-heading">Stated here <span class="count">(${totalCount})</span></h2>
    <p class="note">The relationships this paragraph is a source of, its mentions aside.</p>
    ${
      nodes.length === 0
        ? html`<p>The graph holds no relationship that this paragraph states.</p>`
        : html`<ul class="facts">
            ${nodes.map(
              (fact) =>
                html`<li>
                  ${entityLine(fact.from)} <code class="type">${fact.type}</code>
                  <span class="relation-label">${relationLabel(fact.type).en}</span> ${entityLine(fact.to)}
                  <span class="origin">${fact.origin.toLowerCase()}</span>
                  ${fact.inferred ? html`<span class="inferred">inferred: ${fact.inferred}</span>` : ''}
                </li>`,
            )}
          </ul>`
    }
    ${
      totalCount > nodes.length
        ? html`<p class="note">The first ${nodes.length} of ${totalCount} are shown.</p>`
        : ''
    }
  </section>`;
}

/** A recommendation is a lettered item of a paragraph: its anchor in the report page. */
function itemLine(entity: EntityAnswer): Html | '' {
  const { paragraph, letter, report } = entity.properties;
  if (entity.kind !== 'RECOMMENDATION' || typeof paragraph !== 'number' || typeof letter !== 'string')
    return '';
  if (typeof report !== 'string') return '';
  const ref = `${paragraph}(${letter})`;
  return html`<p class="symbol">
    <a href="${paragraphPath(report, paragraph)}-${letter}">Read item ${ref} in the report</a>
  </p>`;
}

function documentLine(entity: EntityAnswer): Html | '' {
  if (entity.kind !== 'DOCUMENT' || !entity.symbol) return '';
  return html`<p class="symbol">
    UN symbol:
    <code>${entity.symbol}</code>
    ${entity.isReport ? html` · <a href="${reportPath(entity.symbol)}">Read the report</a>` : ''}
  </p>`;
}

export function entityMain(entity: EntityAnswer, canonical: string): Html {
  const kind = kindLabel(entity.kind);
  return html`<article class="entity">
    <header>
      <p class="kind-line"><span class="kind">${kind.en}</span> ${zh(kind.zh)}</p>
      <h1>${entity.names.en}</h1>
      ${entity.names.zh !== entity.names.en ? html`<p class="name-zh" lang="${ZH}">${entity.names.zh}</p>` : ''}
      ${documentLine(entity)} ${itemLine(entity)} ${citeLine(entity, canonical)}
      <p class="actions"><a href="${explorerPath(entity.key)}">Open ${entity.names.en} in the explorer</a></p>
    </header>
    ${paragraphText(entity)} ${factsSection(entity)}
    <section aria-labelledby="properties-heading">
      <h2 id="properties-heading">Properties</h2>
      ${propertiesTable(entity)}
    </section>
    <section aria-labelledby="relations-heading">
      <h2 id="relations-heading">Relationships</h2>
      ${relationsSection(entity)}
    </section>
  </article>`;
}

export function notFoundMain(what: string, suggestion: string): Html {
  return html`<article class="not-found">
    <h1>Not found</h1>
    <p>${what}</p>
    <form action="/search" method="get" role="search" aria-label="Search again">
      <label for="again">Search for it</label>
      <input id="again" name="q" type="search" value="${suggestion}" />
      <button type="submit">Search</button>
    </form>
  </article>`;
}
