import { ENTITY_KINDS, ENTITY_KIND_NAMES } from '../model/kinds.ts';
import { RELATION_TYPES, type RelationType } from '../model/relations.ts';

/** A GraphQL EntityKind (`NETWORK`) in words, in both languages. */
export function kindLabel(kind: string): { en: string; zh: string } {
  const name = ENTITY_KIND_NAMES.find((candidate) => ENTITY_KINDS[candidate].enumValue === kind);
  return name ? { en: ENTITY_KINDS[name].en, zh: ENTITY_KINDS[name].zh } : { en: kind, zh: kind };
}

/** A relation type in words (`member or focal point of`), read from its start to its end. */
export function relationLabel(type: string): { en: string; zh: string } {
  const spec = RELATION_TYPES[type as RelationType];
  return spec ? { en: spec.en, zh: spec.zh } : { en: type.toLowerCase().replace(/_/g, ' '), zh: type };
}
