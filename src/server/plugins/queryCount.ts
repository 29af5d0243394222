import type { Plugin } from 'graphql-yoga';
import type { Context } from '../../schema/context.ts';

/** Reports in `extensions.cypherQueries` how many Cypher statements the request ran. */
export function useQueryCount(): Plugin<Context> {
  return {
    onExecute() {
      return {
        onExecuteDone({ args, result, setResult }) {
          if (!('data' in result) && !('errors' in result)) return;
          const count = (args.contextValue as Context).queries.count;
          setResult({ ...result, extensions: { ...result.extensions, cypherQueries: count } });
        },
      };
    },
  };
}
