import { GraphQLError, getNullableType, isListType, type GraphQLField } from 'graphql';

export {
  DEFAULT_LIMITS,
  DEFAULT_OPERATION_LIMITS,
  type Limits,
  type OperationLimits,
} from '../config/limits.ts';
import { DEFAULT_LIMITS, type Limits } from '../config/limits.ts';

/** Items assumed for a list field that takes no count argument (the related entities of one entity). */
export const DEFAULT_LIST_SIZE = 10;

/** What one condition of a `where` adds to the cost of its field. */
export const CONDITION_COST = 5;
/** What one group-by adds: it reads every entity that matches. */
export const GROUP_COST = 50;

/** How many conditions a `where` value holds, nested ones included. */
function conditions(where: unknown): number {
  if (Array.isArray(where)) return where.reduce((sum: number, item) => sum + conditions(item), 0);
  if (!where || typeof where !== 'object') return 0;
  return Object.values(where).reduce((sum: number, value) => sum + 1 + conditions(value), 0);
}

interface Complexity {
  field: number;
  multiplier: number;
}

/** A count argument as the resolver will take it: beyond its cap the resolver refuses it anyway. */
const count = (value: unknown, cap: number): number | undefined =>
  typeof value === 'number' && Number.isFinite(value)
    ? Math.min(Math.max(0, Math.floor(value)), cap)
    : undefined;

/**
 * The cost of one field, used by the Pothos complexity calculation: each field costs 1, and what is
 * selected under it costs once per item it may return. The item count comes from the arguments that
 * bound it (`first`, `limit`, `maxLength`, the `ids` asked for), so a request pays for what it asks for,
 * not for what the graph happens to hold today; a list without such an argument counts
 * DEFAULT_LIST_SIZE items. `nodes` and `edges` under a connection or subgraph count once, as their
 * parent field already carries the count. Counts beyond their cap are taken at the cap, so that the
 * resolver's own error (which names the allowed range) is what the client sees.
 */
export function fieldComplexity<C extends { limits: Limits }>(
  args: Record<string, unknown>,
  ctx: C,
  field: GraphQLField<unknown, C>,
): Complexity {
  const limits = ctx.limits ?? DEFAULT_LIMITS;
  // Each condition of a filter is a subquery or a comparison for every entity it looks at.
  const filtering = conditions(args.where) * CONDITION_COST;
  if (field.name === 'groupBy') return { field: GROUP_COST, multiplier: DEFAULT_LIST_SIZE };
  const first = count(args.first, field.name === 'relations' ? limits.maxRelations : limits.maxFirst);
  if (first !== undefined) return { field: 1 + filtering, multiplier: first };
  if (filtering > 0) return { field: 1 + filtering, multiplier: DEFAULT_LIST_SIZE };
  const limit = count(args.limit, limits.maxNodes);
  if (limit !== undefined) {
    // A neighbourhood walks `depth` hops before it cuts to `limit` nodes.
    return { field: 1 + (count(args.depth, limits.maxDepth) ?? 1) * 10, multiplier: limit };
  }
  const maxLength = count(args.maxLength, limits.maxPathLength);
  if (maxLength !== undefined) return { field: 1 + maxLength * 10, multiplier: maxLength + 1 };
  if (Array.isArray(args.ids)) return { field: 1, multiplier: args.ids.length };
  if (isListType(getNullableType(field.type))) {
    const carried = Object.keys(args).length === 0 && (field.name === 'nodes' || field.name === 'edges');
    return { field: 1, multiplier: carried ? 1 : DEFAULT_LIST_SIZE };
  }
  return { field: 1, multiplier: 1 };
}

/** Checks an integer argument against its range and says what is allowed when it is not. */
export function checkRange(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new GraphQLError(`${name} must be an integer from ${min} to ${max} (got ${value})`, {
      extensions: { code: 'BAD_USER_INPUT', argument: name, min, max },
    });
  }
  return value;
}

export function checkCount(name: string, values: readonly unknown[], max: number): void {
  if (values.length > max) {
    throw new GraphQLError(`${name} may hold at most ${max} values (got ${values.length})`, {
      extensions: { code: 'BAD_USER_INPUT', argument: name, max },
    });
  }
}

export function checkLength(name: string, value: string, max: number): void {
  if (value.length > max) {
    throw new GraphQLError(`${name} may hold at most ${max} characters (got ${value.length})`, {
      extensions: { code: 'BAD_USER_INPUT', argument: name, max },
    });
  }
}
