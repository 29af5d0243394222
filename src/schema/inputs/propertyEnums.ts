import { ENTITY_KINDS, ENTITY_KIND_NAMES, type EntityKind } from '../../model/kinds.ts';
import { scalarProps } from '../../model/stored.ts';
import { builder } from '../builder.ts';

export const constantCase = (name: string) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .toUpperCase();

const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

type EnumRef = ReturnType<typeof builder.enumType<string, Record<string, { value: string }>>>;

function enumName(kind: EntityKind, property: string): string {
  const label = ENTITY_KINDS[kind].label;
  return property.toLowerCase().startsWith(kind.toLowerCase())
    ? pascal(property)
    : `${label}${pascal(property)}`;
}

/**
 * A GraphQL enum for every enum property of the stored model (a network's status, an organization's
 * type…), made from its zod schema: the one type its field answers with and its filter takes.
 */
export const PROPERTY_ENUMS: Record<EntityKind, Record<string, EnumRef>> = Object.fromEntries(
  ENTITY_KIND_NAMES.map((kind) => [
    kind,
    Object.fromEntries(
      scalarProps(kind)
        .filter((prop) => prop.type === 'enum')
        .map((prop) => [
          prop.name,
          builder.enumType(enumName(kind, prop.name), {
            description: `The ${prop.name} of a ${ENTITY_KINDS[kind].en.toLowerCase()}.`,
            values: Object.fromEntries(prop.values!.map((value) => [constantCase(value), { value }])),
          }),
        ]),
    ),
  ]),
) as Record<EntityKind, Record<string, EnumRef>>;
