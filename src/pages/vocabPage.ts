import { ENTITY_KINDS, ENTITY_KIND_NAMES } from '../model/kinds.ts';
import { RELATION_TYPES, RELATION_TYPE_NAMES } from '../model/relations.ts';
import { html, type Html } from './html.ts';
import { schemaTypeOf } from './jsonld.ts';
import { zh } from './layout.ts';

/** The page that coopgraph's own JSON-LD terms (`cg:`) resolve to. */
export const VOCAB_PATH = '/vocab';

const TERMS: [string, string][] = [
  ['Relation', 'A relationship of the graph seen from one of its ends.'],
  ['relation', 'A relationship of the entity (a Relation).'],
  ['relationType', 'The relationship type, one of those below.'],
  ['direction', '“out” when the entity described is the start of the relationship, “in” when it is the end.'],
  ['target', 'The entity at the other end.'],
  ['source', 'The address of a paragraph of a report that states the relationship.'],
  ['quote', 'The words of the report that state it, where the graph holds them.'],
  ['origin', 'How coopgraph knows it: curated, structure, annex, mention or reference.'],
  ['inferred', 'Set when the sources state the relationship without naming both ends: the reason.'],
  ['key', 'The entity’s stable key in the graph.'],
  ['kind', 'The entity’s kind in the graph.'],
  ['enStatus', 'Whether the English name is official, translated by coopgraph, or untranslated.'],
];

export function vocabMain(): Html {
  return html`<article class="vocab">
    <h1>Vocabulary</h1>
    <p>
      The terms of coopgraph’s JSON-LD that schema.org has no word for, the kinds of entity with the
      schema.org type each is given, and the relationship types.
    </p>
    <h2>Terms</h2>
    <dl class="properties">
      ${TERMS.map(
        ([term, meaning]) =>
          html`<div id="${term}">
            <dt><code>cg:${term}</code></dt>
            <dd>${meaning}</dd>
          </div>`,
      )}
    </dl>
    <h2>Kinds</h2>
    <table>
      <thead>
        <tr>
          <th scope="col">Kind</th>
          <th scope="col">Name</th>
          <th scope="col">schema.org type</th>
        </tr>
      </thead>
      <tbody>
        ${ENTITY_KIND_NAMES.map((kind) => {
          const spec = ENTITY_KINDS[kind];
          return html`<tr>
            <td><code>${spec.enumValue}</code></td>
            <td>${spec.en} ${zh(spec.zh)}</td>
            <td>${schemaTypeOf(spec.enumValue)}</td>
          </tr>`;
        })}
      </tbody>
    </table>
    <h2>Relationship types</h2>
    <table>
      <thead>
        <tr>
          <th scope="col">Type</th>
          <th scope="col">Read as</th>
        </tr>
      </thead>
      <tbody>
        ${RELATION_TYPE_NAMES.map(
          (type) =>
            html`<tr id="${type}">
              <td><code>${type}</code></td>
              <td>${RELATION_TYPES[type].en} ${zh(RELATION_TYPES[type].zh)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </article>`;
}
