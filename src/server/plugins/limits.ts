import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { complexityFromQuery } from '@pothos/plugin-complexity';
import { GraphQLError, Kind, type DocumentNode, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../../schema/context.ts';
import type { OperationLimits } from '../../schema/limits.ts';

/**
 * Armor's rules report through the validation context, so a document over a limit is refused like an
 * invalid one, before anything runs, and the verdict is cached with the document.
 */
function reject(code: string) {
  return (ctx: ValidationContext | null, error: GraphQLError) => {
    const message = error.message.replace(/^Syntax Error: /, '');
    ctx?.reportError(new GraphQLError(message, { extensions: { code } }));
  };
}

/**
 * The shape limits (tokens, depth, aliases, directives) through graphql-armor, which checks the document
 * alone, and field suggestions hidden when introspection is off (they would spell the schema out).
 */
export function useShapeLimits(limits: OperationLimits, hideSuggestions: boolean): Plugin {
  const onReject = (code: string) => ({ propagateOnRejection: false, onReject: [reject(code)] });
  return EnvelopArmorPlugin({
    // The token count runs while parsing, before a validation context exists: it throws a syntax error.
    maxTokens: { n: limits.maxTokens },
    maxDepth: { n: limits.maxQueryDepth, flattenFragments: true, ...onReject('QUERY_TOO_DEEP') },
    maxAliases: { n: limits.maxAliases, ...onReject('TOO_MANY_ALIASES') },
    maxDirectives: { n: limits.maxDirectives, ...onReject('TOO_MANY_DIRECTIVES') },
    // The cost is the Pothos estimate below, which reads the arguments; armor's ignores them.
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: hideSuggestions },
  }) as Plugin;
}

/** The operation that runs, with the fragments it may use: Pothos measures the first operation it finds. */
function selectedOperation(document: DocumentNode, operationName: string | null | undefined): DocumentNode {
  const operations = document.definitions.filter((def) => def.kind === Kind.OPERATION_DEFINITION);
  const chosen =
    operationName != null ? operations.find((op) => op.name?.value === operationName) : operations[0];
  return {
    ...document,
    definitions: document.definitions.filter(
      (def) => def.kind === Kind.FRAGMENT_DEFINITION || def === chosen,
    ),
  };
}

/** Costs remembered per document (Yoga hands the same parsed document back for the same text). */
const COSTS_PER_DOCUMENT = 64;

type ExecuteArgs = Parameters<NonNullable<Plugin<Context>['onExecute']>>[0]['args'];

/** The estimated cost of the operation a request runs, or null when its variables do not fit it. */
export type CostEstimate = (args: ExecuteArgs) => number | null;

/**
 * The Pothos complexity estimate of the operation with this request's variables (`first: $n` costs what
 * $n asks for). One estimator serves every plugin that needs the cost (the limit, the per-client budget).
 */
export function createCostEstimate(): CostEstimate {
  // Within one app the limits are fixed, so the cost depends only on the document, the operation run
  // and the variables; estimating it walks the whole selection, worth skipping for a repeated request.
  const known = new WeakMap<DocumentNode, Map<string, number | null>>();
  return (args) => {
    const costs = known.get(args.document) ?? new Map<string, number | null>();
    known.set(args.document, costs);
    let id: string | undefined;
    try {
      id = `${args.operationName ?? ''}\u0000${JSON.stringify(args.variableValues ?? {})}`;
    } catch {
      // Variables too deep to write out: estimated, not remembered.
    }
    if (id !== undefined && costs.has(id)) return costs.get(id)!;
    let cost: number | null;
    try {
      ({ complexity: cost } = complexityFromQuery(selectedOperation(args.document, args.operationName), {
        schema: args.schema,
        ctx: args.contextValue,
        variables: (args.variableValues ?? {}) as Record<string, unknown>,
      }));
    } catch {
      // Variables that do not fit the operation: execution refuses them with its own clear error.
      cost = null;
    }
    if (id === undefined) return cost;
    if (costs.size >= COSTS_PER_DOCUMENT) costs.clear();
    costs.set(id, cost);
    return cost;
  };
}

/**
 * The cost limit: the estimate runs per request, after validation and before any resolver. The cost is
 * reported in `extensions.cost` so that clients see how close they are to the limit.
 */
export function useCostLimit(
  maxCost: number,
  estimate: CostEstimate = createCostEstimate(),
): Plugin<Context> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const cost = estimate(args);
      if (cost === null) return undefined;
      if (cost > maxCost) {
        setResultAndStopExecution({
          errors: [
            new GraphQLError(
              `Query cost ${cost} exceeds the limit of ${maxCost}: ask for fewer items (first, limit, maxLength) or fewer nested lists`,
              { extensions: { code: 'QUERY_TOO_EXPENSIVE', cost, maxCost } },
            ),
          ],
        });
        return undefined;
      }
      return {
        onExecuteDone({ result, setResult }) {
          if (!('data' in result) && !('errors' in result)) return;
          setResult({ ...result, extensions: { ...result.extensions, cost } });
        },
      };
    },
  };
}
