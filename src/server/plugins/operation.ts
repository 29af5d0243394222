import { getOperationAST, Kind, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';

function describe(operations: readonly OperationDefinitionNode[], operationName: string | undefined): string {
  const names = operations.map((op) => (op.name ? `"${op.name.value}"` : 'an anonymous one')).join(', ');
  if (operations.length === 0) return 'The document holds no operation, only fragments';
  if (operationName) return `Unknown operation named "${operationName}"; the document holds ${names}`;
  return `The document holds ${operations.length} operations (${names}): name each, and say which to run in operationName`;
}

/**
 * Says which operation is missing when a document does not name one that can run. Yoga answers these
 * with "Could not determine what operation to execute."; this runs just before and is more precise.
 */
export function useOperationCheck(): Plugin {
  return {
    onParse({ context }) {
      const operationName = (context as { params?: { operationName?: string } }).params?.operationName;
      return ({ result }) => {
        if (!result || result instanceof Error) return;
        const document = result as DocumentNode;
        if (getOperationAST(document, operationName)) return;
        const operations = document.definitions.filter(
          (def): def is OperationDefinitionNode => def.kind === Kind.OPERATION_DEFINITION,
        );
        throw createGraphQLError(`${describe(operations, operationName ?? undefined)}.`, {
          extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } },
        });
      };
    },
  };
}
