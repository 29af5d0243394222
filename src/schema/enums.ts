import { ENTITY_KINDS, ENTITY_KIND_NAMES, type EntityKind } from '../model/kinds.ts';
import { EN_STATUSES, ORIGINS, type EnStatus, type Origin } from '../model/provenance.ts';
import { RELATION_TYPES, RELATION_TYPE_NAMES, type RelationType } from '../model/relations.ts';
import { builder } from './builder.ts';

export const Lang = builder.enumType('Lang', {
  description: 'A language of names and texts: EN (English) or ZH (Chinese, as the report writes it).',
  values: { EN: { value: 'en' }, ZH: { value: 'zh' } } as const,
});

export const EntityKindEnum = builder.enumType('EntityKind', {
  description: 'The kind of an entity; each is a GraphQL type implementing Entity.',
  values: Object.fromEntries(
    ENTITY_KIND_NAMES.map((kind) => [
      ENTITY_KINDS[kind].enumValue,
      { value: kind, description: `${ENTITY_KINDS[kind].en} (${ENTITY_KINDS[kind].zh})` },
    ]),
  ) as Record<string, { value: EntityKind; description: string }>,
});

export const RelationTypeEnum = builder.enumType('RelationType', {
  description: 'The type of a relationship of the graph.',
  values: Object.fromEntries(
    RELATION_TYPE_NAMES.map((type) => [
      type,
      { value: type, description: `${RELATION_TYPES[type].en} (${RELATION_TYPES[type].zh})` },
    ]),
  ) as Record<string, { value: RelationType; description: string }>,
});

export const DirectionEnum = builder.enumType('Direction', {
  description: 'Which relationships of an entity: OUT (from it), IN (to it) or BOTH.',
  values: { OUT: { value: 'OUT' }, IN: { value: 'IN' }, BOTH: { value: 'BOTH' } } as const,
});

export const RelationOriginEnum = builder.enumType('RelationOrigin', {
  description:
    'How coopgraph knows a relationship: CURATED (read by a person from the report), STRUCTURE, ANNEX, MENTION or REFERENCE (found by code in the report), EXTERNAL (from a named classification outside the report).',
  values: Object.fromEntries(ORIGINS.map((origin) => [origin.toUpperCase(), { value: origin }])) as Record<
    string,
    { value: Origin }
  >,
});

export const EnStatusEnum = builder.enumType('EnStatus', {
  description:
    'What an English name is: OFFICIAL, TRANSLATED by coopgraph where no official one was found, or UNTRANSLATED (a symbol or reference).',
  values: Object.fromEntries(
    EN_STATUSES.map((status) => [status.toUpperCase(), { value: status }]),
  ) as Record<string, { value: EnStatus }>,
});
