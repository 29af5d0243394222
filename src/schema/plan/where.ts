import { GraphQLError, getNamedType, isInputObjectType, type GraphQLInputObjectType } from 'graphql';
import { and, type Comparison, type Filter, type Language } from '../../graph/plan/filter.ts';
import type { WhereField } from '../inputs/where.ts';

type Value = Record<string, unknown>;

const whereOf = (type: GraphQLInputObjectType, name: string): WhereField =>
  type.getFields()[name]!.extensions.filter as WhereField;

/** The operators of an operator input (`{ eq, in, contains… }`) set in `value`, with their values. */
function comparisons(type: GraphQLInputObjectType, name: string, value: Value): [Comparison, unknown][] {
  const input = getNamedType(type.getFields()[name]!.type) as GraphQLInputObjectType;
  return Object.entries(value).flatMap(([operator, operand]) => {
    const comparison = input.getFields()[operator]?.extensions.comparison as Comparison | undefined;
    return comparison && operand !== null && operand !== undefined ? [[comparison, operand]] : [];
  });
}

/**
 * A `<Type>Where` value as a Filter. What each field means is read off the input type (its fields'
 * `extensions.filter`), so the schema that offers a condition is the one place that says what it does.
 * Relation conditions nest at most `maxDepth` levels; an empty condition is no condition.
 */
export function filterOf(
  value: Value | null | undefined,
  type: GraphQLInputObjectType,
  maxDepth: number,
  depth = 1,
): Filter | null {
  if (!value) return null;
  const filters: (Filter | null)[] = [];
  for (const [name, operand] of Object.entries(value)) {
    if (operand === null || operand === undefined) continue;
    const field = whereOf(type, name);
    switch (field.kind) {
      case 'and':
      case 'or': {
        const list = (operand as Value[]).map((item) => filterOf(item, type, maxDepth, depth));
        const present = list.filter((item): item is Filter => item !== null);
        if (present.length > 0) filters.push({ op: field.kind, filters: present });
        break;
      }
      case 'not': {
        const inner = filterOf(operand as Value, type, maxDepth, depth);
        if (inner) filters.push({ op: 'not', filter: inner });
        break;
      }
      case 'key':
      case 'property': {
        const property = 'property' in field ? field.property : 'key';
        for (const [comparison, v] of comparisons(type, name, operand as Value)) {
          filters.push({ op: 'property', property, comparison, value: v });
        }
        break;
      }
      case 'name': {
        const { lang, ...rest } = operand as { lang?: Language | null } & Value;
        const languages: Language[] = lang ? [lang] : ['en', 'zh'];
        for (const [comparison, v] of comparisons(type, name, rest)) {
          filters.push({ op: 'name', comparison: comparison as 'eq', value: v as string, languages });
        }
        break;
      }
      case 'related': {
        if (depth > maxDepth) {
          throw new GraphQLError(
            `where nests relation conditions at most ${maxDepth} levels deep (${name} is at level ${depth})`,
            { extensions: { code: 'BAD_USER_INPUT', argument: 'where', max: maxDepth } },
          );
        }
        const input = getNamedType(type.getFields()[name]!.type) as GraphQLInputObjectType;
        for (const [quantifier, inner] of Object.entries(operand as Value)) {
          if (inner === null || inner === undefined) continue;
          const nested = getNamedType(input.getFields()[quantifier]!.type);
          if (!isInputObjectType(nested)) continue;
          filters.push({
            op: 'related',
            relation: field.relation,
            quantifier: quantifier as 'some',
            filter: filterOf(inner as Value, nested, maxDepth, depth + 1),
          });
        }
        break;
      }
      case 'count':
        for (const [comparison, v] of comparisons(type, name, operand as Value)) {
          filters.push({
            op: 'count',
            relation: field.relation,
            comparison: comparison as 'eq',
            value: v as number,
          });
        }
        break;
    }
  }
  return and(filters);
}
