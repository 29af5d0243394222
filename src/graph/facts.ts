import DataLoader from 'dataloader';
import type { Database, QueryCounter } from '../neo4j/database.ts';
import type { RelationType } from '../model/relations.ts';
import { factsStatement, type FactPosition, type FactRow, type FactsRow } from './cypher/facts.ts';

export type { FactPosition, FactRow } from './cypher/facts.ts';

export interface FactsArgs {
  types: readonly RelationType[] | null;
  first: number;
  after: FactPosition | null;
}

/** One page of a paragraph's facts. */
export interface FactsPage {
  facts: FactRow[];
  total: number;
  hasNextPage: boolean;
  /** Whether the page was asked for after a cursor. */
  after: boolean;
}

interface FactsRequest {
  key: string;
  args: FactsArgs;
}

const signature = (args: FactsArgs) => JSON.stringify(args);

/**
 * The facts of paragraphs for one request: the paragraphs asked with the same arguments are answered by
 * one statement, however many there are.
 */
export function factsLoader(
  db: Database,
  counter: QueryCounter,
): DataLoader<FactsRequest, FactsPage, string> {
  return new DataLoader(
    async (requests) => {
      const groups = new Map<string, { args: FactsArgs; keys: Set<string> }>();
      for (const { key, args } of requests) {
        const group = groups.get(signature(args)) ?? { args, keys: new Set<string>() };
        group.keys.add(key);
        groups.set(signature(args), group);
      }
      const pages = new Map<string, FactsPage>();
      await Promise.all(
        [...groups].map(async ([id, { args, keys }]) => {
          const { cypher, params } = factsStatement({ keys: [...keys], ...args });
          for (const row of await db.read<FactsRow>(cypher, params, counter)) {
            pages.set(`${row.key}\u0000${id}`, {
              facts: row.page.slice(0, args.first),
              total: row.total,
              hasNextPage: row.page.length > args.first,
              after: args.after !== null,
            });
          }
        }),
      );
      return requests.map(
        ({ key, args }) =>
          pages.get(`${key}\u0000${signature(args)}`) ?? {
            facts: [],
            total: 0,
            hasNextPage: false,
            after: args.after !== null,
          },
      );
    },
    { cacheKeyFn: ({ key, args }) => `${key}\u0000${signature(args)}` },
  );
}
