import type { EntityRow, RelationRow } from '../graph/rows.ts';
import { ENTITY_KINDS } from '../model/kinds.ts';
import { externalSourceOf } from '../model/provenance.ts';
import { builder } from './builder.ts';
import {
  DirectionEnum,
  EnStatusEnum,
  EntityKindEnum,
  Lang,
  RelationOriginEnum,
  RelationTypeEnum,
} from './enums.ts';
import { checkCount, checkRange, DEFAULT_COUNTS, DEFAULT_LIMITS, MAX_TYPES, range } from './limits.ts';
import { originOf, provenanceArgs, relationFilter } from './provenance.ts';
import { EXTERNAL_SOURCE_FIELD, ExternalSourceRef } from './externalSource.ts';
import { QuoteSpanRef, spansOf } from './quoteSpan.ts';
import { EntityRef, KindRefs } from './refs.ts';
import { INTERNAL_PROPS, LONG_TEXTS } from '../model/stored.ts';
import { complete } from './resolvers.ts';
import { inNameOrder, JSONScalar } from './scalars.ts';

/** What `properties` leaves out: the fields every entity has, and what only serves search. */
const INTERNAL = new Set([
  ...INTERNAL_PROPS,
  'key',
  'kind',
  'nameEn',
  'nameZh',
  'aliases',
  'enStatus',
  '_trimmed',
  '_related',
  '_sort',
]);

const Names = builder.simpleObject('Names', {
  description: 'An entity’s name in both languages.',
  fields: (t) => ({
    en: t.string({ description: 'The English name: official where one exists (see enStatus).' }),
    zh: t.string({ description: 'The Chinese name exactly as the report writes it.' }),
  }),
});

export const RelationRef = builder.objectRef<RelationRow>('Relation').implement({
  description: 'A relationship seen from one of its ends, with the paragraphs of the report that state it.',
  fields: (t) => ({
    type: t.field({ type: RelationTypeEnum, resolve: (rel) => rel.type as never }),
    direction: t.field({
      type: DirectionEnum,
      description: 'OUT when the entity asked about is the start of the relationship, IN when it is the end.',
      resolve: (rel) => (rel.outgoing ? 'OUT' : 'IN'),
    }),
    other: t.field({
      type: EntityRef,
      description: 'The entity at the other end.',
      resolve: (rel) => rel.other,
    }),
    sources: t.field({
      type: [KindRefs.paragraph],
      description: 'The paragraphs of the report that state the relationship.',
      resolve: async (rel, _args, ctx) =>
        (await ctx.loaders.entity.loadMany(rel.sources)).filter(
          (row): row is EntityRow<'paragraph'> => row !== null && !(row instanceof Error),
        ),
    }),
    origin: t.field({
      type: RelationOriginEnum,
      description: 'How coopgraph knows the relationship.',
      resolve: (rel) => originOf(rel.props),
    }),
    quote: t.string({
      nullable: true,
      description:
        'The words of the report that state the relationship: a curated relation’s quote, or the text code matched (a name, a reference, a heading, an annex row).',
      resolve: (rel) => rel.quote,
    }),
    spans: t.field({
      type: [QuoteSpanRef],
      description: 'Where the quote stands, once for each source that holds it.',
      resolve: (rel) => spansOf(rel.props),
    }),
    inferred: t.string({
      nullable: true,
      description: 'Set when the sources state the relationship without naming both ends: the reason.',
      resolve: (rel) => (typeof rel.props.inferred === 'string' ? rel.props.inferred : null),
    }),
    externalSource: t.field({
      type: ExternalSourceRef,
      nullable: true,
      description: EXTERNAL_SOURCE_FIELD,
      resolve: (rel) => externalSourceOf(rel.props),
    }),
    properties: t.field({
      type: JSONScalar,
      description: 'Every property of the relationship (role, origin, forms matched…).',
      resolve: (rel) => inNameOrder(rel.props),
    }),
  }),
});

/**
 * The stored properties a field reads off its row (`extensions.reads`): a statement that brings rows
 * for a selection of such fields brings these alone (src/schema/plan/selection.ts).
 */
const reads = (...props: (keyof EntityRow)[]) => ({ extensions: { reads: props } });

EntityRef.implement({
  description:
    'Anything the reports speak of: a state, network, article, recommendation, paragraph… Every entity has a stable key, its Chinese name as the report writes it and its English name.',
  interfaces: [builder.nodeInterfaceRef()],
  // Never throws: an unknown kind is an error for that field, where an exception thrown here would
  // escape graphql-jit's compiled code and stop the process.
  resolveType: (row) => ENTITY_KINDS[row.kind]?.label,
  fields: (t) => ({
    key: t.string({
      description: 'The stable key, `kind:id` (e.g. `network:ejn`).',
      ...reads('key'),
      resolve: (row) => row.key,
    }),
    kind: t.field({ type: EntityKindEnum, ...reads('kind'), resolve: (row) => row.kind }),
    name: t.string({
      args: { lang: t.arg({ type: Lang, defaultValue: 'en' }) },
      ...reads('nameEn', 'nameZh'),
      resolve: (row, { lang }) => (lang === 'zh' ? row.nameZh : row.nameEn),
    }),
    names: t.field({
      type: Names,
      ...reads('nameEn', 'nameZh'),
      resolve: (row) => ({ en: row.nameEn, zh: row.nameZh }),
    }),
    enStatus: t.field({
      type: EnStatusEnum,
      ...reads('enStatus'),
      description:
        'OFFICIAL when names.en is the official English name; TRANSLATED when coopgraph translated it; UNTRANSLATED when it is a symbol or reference.',
      resolve: (row) => row.enStatus,
    }),
    aliases: t.stringList({
      description:
        'Every other surface form: the report’s other Chinese forms, acronyms, other official names.',
      ...reads('aliases'),
      resolve: (row) => row.aliases ?? [],
    }),
    properties: t.field({
      type: JSONScalar,
      description: 'The other stored properties of the entity.',
      extensions: { texts: LONG_TEXTS.filter((text) => !INTERNAL_PROPS.has(text)) },
      resolve: async (row, _args, ctx) =>
        inNameOrder(
          Object.fromEntries(
            Object.entries(await complete(row, ctx)).filter(([name]) => !INTERNAL.has(name)),
          ),
        ),
    }),
    relations: t.field({
      type: [RelationRef],
      description: 'The entity’s relationships, each with the paragraphs that state it.',
      ...reads('key'),
      args: {
        direction: t.arg({ type: DirectionEnum, defaultValue: 'BOTH' }),
        types: t.arg({ type: [RelationTypeEnum], required: false }),
        kinds: t.arg({ type: [EntityKindEnum], required: false }),
        first: t.arg.int({
          defaultValue: DEFAULT_COUNTS.relations,
          description: `At most this many (${range(1, DEFAULT_LIMITS.maxRelations)}).`,
        }),
        ...provenanceArgs(t.arg),
      },
      resolve: (row, args, ctx) => {
        const first = checkRange('first', args.first ?? DEFAULT_COUNTS.relations, 1, ctx.limits.maxRelations);
        if (args.types) checkCount('types', args.types, MAX_TYPES);
        return ctx.loaders.relations.load({
          key: row.key,
          args: {
            relations: relationFilter(args.types ?? null, args),
            direction: args.direction ?? 'BOTH',
            kinds: args.kinds ?? null,
            first,
          },
        });
      },
    }),
  }),
});
