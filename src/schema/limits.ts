import { GraphQLError } from 'graphql';

/** Server-side caps on what one field may ask for; each answer says the allowed range when exceeded. */
export interface Limits {
  maxFirst: number;
  maxRelations: number;
  maxDepth: number;
  maxNodes: number;
  maxPathLength: number;
  maxKeys: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxFirst: 100,
  maxRelations: 500,
  maxDepth: 3,
  maxNodes: 500,
  maxPathLength: 8,
  maxKeys: 100,
};

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
