/**
 * Every limit the server holds requests to, with its default: the one place they are defined. The
 * environment may set each (src/config/env.ts); the schema enforces them and names them in its
 * descriptions and errors.
 */

/** Server-side caps on what one field may ask for; each answer says the allowed range when exceeded. */
export interface Limits {
  /** `first` of `entities` and `search`. */
  maxFirst: number;
  /** `first` of `relations`. */
  maxRelations: number;
  /** `depth` of `neighborhood`. */
  maxDepth: number;
  /** `limit` of `neighborhood`. */
  maxNodes: number;
  /** `maxLength` of `shortestPath`. */
  maxPathLength: number;
  /** Seed keys of `neighborhood`. */
  maxKeys: number;
  /** Characters of search text. */
  maxSearchText: number;
  /** Levels of relation conditions nested in a `where`. */
  maxWhereDepth: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxFirst: 100,
  maxRelations: 500,
  maxDepth: 3,
  maxNodes: 500,
  maxPathLength: 8,
  maxKeys: 100,
  maxSearchText: 200,
  maxWhereDepth: 3,
};

/**
 * Caps on the shape of a whole operation, checked before anything runs: they bound the work of parsing,
 * validating and executing one document, whatever its arguments.
 */
export interface OperationLimits {
  /** Lexical tokens in the document (a string literal is one token). */
  maxTokens: number;
  /** Nesting of fields; fragments count by the fields they hold, not as a level. */
  maxQueryDepth: number;
  /** Aliased fields, which would otherwise repeat an expensive field at no extra depth. */
  maxAliases: number;
  /** Directives (`@include`, `@skip`) in the document. */
  maxDirectives: number;
  /** Estimated cost (see `fieldComplexity`). */
  maxCost: number;
}

export const DEFAULT_OPERATION_LIMITS: OperationLimits = {
  maxTokens: 1_000,
  maxQueryDepth: 8,
  maxAliases: 15,
  maxDirectives: 20,
  maxCost: 200_000,
};
