import { z } from 'zod';
import { KIND_PROPS } from './curated.ts';
import { ENTITY_KIND_NAMES, type EntityKind } from './kinds.ts';
import { EN_STATUSES } from './provenance.ts';

/**
 * What Neo4j holds on each entity node: the properties every entity has, the curated properties of its
 * kind (KIND_PROPS) and those the loader derives (src/load/nodes.ts, src/load/structureEntities.ts). The
 * one description from which the query layer's row types and the filterable, sortable and groupable
 * properties of each kind are derived.
 */
const text = z.string();
const count = z.number().int();

export const COMMON_PROPS = z.object({
  key: text,
  kind: z.enum(ENTITY_KIND_NAMES as [EntityKind, ...EntityKind[]]),
  nameEn: text,
  nameZh: text,
  /** nameEn folded for comparison (src/model/fold.ts). */
  nameEnFold: text,
  enStatus: z.enum(EN_STATUSES),
  aliases: z.array(text),
  /** The report a report-scoped entity (paragraph, section, recommendation…) belongs to. */
  report: text.nullable().optional(),
  note: text.optional(),
  searchEn: text.optional(),
  searchZh: text.optional(),
});

/** Properties the loader derives from the key, the report's structure or UN M49. */
const DERIVED_PROPS = {
  state: z.object({
    iso3: text,
    m49: text.nullable(),
    /** Today's M49 name; nameEn is the UN's name on the report's date (src/load/unNames.ts). */
    m49Name: text.nullable().optional(),
    /** Set when nameEn is no longer today's name: the report's date it holds for, and why. */
    nameEnAsOf: z.iso.date().optional(),
    nameEnSource: text.optional(),
    m49Path: z.array(text),
  }),
  region: z.object({ m49Name: text.nullable().optional(), m49Path: z.array(text) }),
  network: z.object({}),
  organization: z.object({}),
  convention: z.object({}),
  article: z.object({ convention: text, article: count, paragraph: count.nullable().optional() }),
  resolution: z.object({ body: text }),
  recommendation: z.object({
    ref: text,
    letter: text,
    paragraph: count,
    textZh: text,
    textEn: text.optional(),
    leadZh: text.optional(),
  }),
  document: z.object({ symbol: text, symbols: z.array(text), isReport: z.boolean().optional() }),
  agendaItem: z.object({ number: text }),
  meeting: z.object({}),
  person: z.object({}),
  topic: z.object({}),
  section: z.object({
    path: text,
    level: count,
    marker: text.optional(),
    heading: text.optional(),
    /** The heading again: what a quote that stands in it is sliced from. */
    textZh: text.optional(),
    lineStart: count,
    lineEnd: count,
  }),
  paragraph: z.object({
    number: count,
    section: text.optional(),
    textZh: text,
    textEn: text.optional(),
    leadZh: text.optional(),
    lineStart: count,
    lineEnd: count,
  }),
} satisfies Record<EntityKind, z.ZodObject>;

export const STORED_PROPS: Record<EntityKind, z.ZodObject> = Object.fromEntries(
  ENTITY_KIND_NAMES.map((kind): [EntityKind, z.ZodObject] => [
    kind,
    COMMON_PROPS.extend(KIND_PROPS[kind].shape).extend(DERIVED_PROPS[kind].shape),
  ]),
) as Record<EntityKind, z.ZodObject>;

/** An entity node of one kind as Neo4j returns it. */
export type StoredEntity<K extends EntityKind = EntityKind> = Omit<z.infer<typeof COMMON_PROPS>, 'kind'> & {
  kind: K;
} & z.infer<(typeof KIND_PROPS)[K]> &
  z.infer<(typeof DERIVED_PROPS)[K]>;

/**
 * Long texts: most of an entity's weight, seldom shown in lists. A statement brings them only when a
 * selected field reads them.
 */
export const LONG_TEXTS = ['textZh', 'textEn', 'leadZh', 'note', 'searchEn', 'searchZh'] as const;
export type LongText = (typeof LONG_TEXTS)[number];

/** Stored properties that serve search, comparison or loading, never shown as such. */
export const INTERNAL_PROPS = new Set(['searchEn', 'searchZh', 'nameEnFold']);

export type ScalarType = 'string' | 'int' | 'float' | 'boolean' | 'date' | 'enum';

export interface ScalarProp {
  name: string;
  type: ScalarType;
  /** The values of an enum property. */
  values?: readonly string[];
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (
    current instanceof z.ZodOptional ||
    current instanceof z.ZodNullable ||
    current instanceof z.ZodDefault
  ) {
    current = current.unwrap() as z.ZodType;
  }
  return current;
}

function scalarType(schema: z.ZodType): Omit<ScalarProp, 'name'> | null {
  const inner = unwrap(schema);
  if (inner instanceof z.ZodEnum) return { type: 'enum', values: inner.options as string[] };
  if (inner instanceof z.ZodISODate) return { type: 'date' };
  if (inner instanceof z.ZodString) return { type: 'string' };
  if (inner instanceof z.ZodNumber) return { type: inner.format === 'safeint' ? 'int' : 'float' };
  if (inner instanceof z.ZodBoolean) return { type: 'boolean' };
  return null;
}

/** Common properties that have filters, sorts and groups of their own (key, name) or none (texts). */
const NOT_TYPED = new Set([...Object.keys(COMMON_PROPS.shape), ...LONG_TEXTS, 'lineStart', 'lineEnd']);

/**
 * The typed scalar properties of a kind: each becomes a filter of `<Type>Where`, an order field and a
 * group of `<Type>GroupBy`. A list or a long text is none of these.
 */
export function scalarProps(kind: EntityKind): ScalarProp[] {
  const shape = STORED_PROPS[kind].shape as Record<string, z.ZodType>;
  return Object.entries(shape).flatMap(([name, schema]) => {
    if (NOT_TYPED.has(name)) return [];
    const type = scalarType(schema);
    return type ? [{ name, ...type }] : [];
  });
}
