import { useGraphQlJit } from '@envelop/graphql-jit';
import { GraphQLError, getOperationAST, type DocumentNode } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';

/** The offset in `body` of a 1-based line and column. */
function offsetOf(body: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line; current += 1) offset = body.indexOf('\n', offset) + 1;
  return offset + column - 1;
}

/**
 * graphql-jit's errors carry their locations as numbers, without the nodes they come from, and Yoga
 * rebuilds every error from its nodes when it masks them: made again here from the document's source,
 * so that an error keeps its locations as graphql-js gives them.
 */
function located(error: GraphQLError, document: DocumentNode): GraphQLError {
  const source = document.loc?.source;
  if (error.nodes || !error.locations || !source) return error;
  return new GraphQLError(error.message, {
    source,
    positions: error.locations.map(({ line, column }) => offsetOf(source.body, line, column)),
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions,
  });
}

/**
 * Queries run through a function graphql-jit compiled for their document (once per parsed document,
 * which Yoga's parser cache keeps), instead of graphql-js walking the selection on every request.
 * Anything else (a mutation or subscription, which this schema has not) goes to graphql-js, which
 * answers it with its usual error.
 */
export function useJit(): Plugin {
  const jit = useGraphQlJit(
    {},
    {
      enableIf: ({ document, operationName }) =>
        getOperationAST(document, operationName)?.operation === 'query',
    },
  ) as Plugin;
  const locations: Plugin = {
    onExecute: () => ({
      onExecuteDone({ args, result, setResult }) {
        if (isAsyncIterable(result) || !result.errors) return;
        setResult({ ...result, errors: result.errors.map((error) => located(error, args.document)) });
      },
    }),
  };
  return {
    onPluginInit({ addPlugin }) {
      addPlugin(jit);
      addPlugin(locations);
    },
  };
}
