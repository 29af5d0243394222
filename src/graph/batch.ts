import DataLoader from 'dataloader';
import { mergeNext, type NextRelation } from './lookahead.ts';

/** One key of a loader whose keys carry query arguments, and the relation fields selected below it. */
export interface Request<Args> {
  key: string;
  args: Args;
  /** Not part of the request's identity: a hint to fetch the level below in the same statement. */
  next?: readonly NextRelation[];
}

const requestId = <Args>({ key, args }: Request<Args>) => `${key}\u0000${JSON.stringify(args)}`;

/**
 * A DataLoader whose keys carry query arguments: keys with the same arguments are answered by one
 * statement (`UNWIND $keys`), so a request runs one statement per distinct field and arguments at each
 * depth, however many parents there are.
 */
export function groupedLoader<Args, Value>(
  fetch: (args: Args, keys: string[], next: NextRelation[]) => Promise<Map<string, Value>>,
  empty: () => Value,
): DataLoader<Request<Args>, Value, string> {
  return new DataLoader(
    async (requests) => {
      const groups = new Map<string, { args: Args; keys: string[]; next: NextRelation[][] }>();
      for (const { key, args, next } of requests) {
        const signature = JSON.stringify(args);
        const group = groups.get(signature) ?? { args, keys: [], next: [] };
        group.keys.push(key);
        if (next) group.next.push([...next]);
        groups.set(signature, group);
      }
      const answers = new Map<string, Map<string, Value>>();
      await Promise.all(
        [...groups].map(async ([signature, group]) => {
          answers.set(signature, await fetch(group.args, [...new Set(group.keys)], mergeNext(group.next)));
        }),
      );
      return requests.map(({ key, args }) => answers.get(JSON.stringify(args))!.get(key) ?? empty());
    },
    { cacheKeyFn: requestId },
  );
}

/**
 * A DataLoader whose keys carry query arguments, answered by one statement per batch whatever the
 * arguments (`UNWIND $requests`, each with its own): sibling fields (a network's regions and its
 * members) cost one statement, not one each. `fetch` answers by request id.
 */
export function requestLoader<Args, Value>(
  fetch: (requests: (Request<Args> & { id: string })[], next: NextRelation[]) => Promise<Map<string, Value>>,
  empty: () => Value,
): DataLoader<Request<Args>, Value, string> {
  return new DataLoader(
    async (requests) => {
      const unique = new Map<string, Request<Args> & { id: string }>();
      for (const request of requests) {
        const id = requestId(request);
        if (!unique.has(id)) unique.set(id, { id, key: request.key, args: request.args });
      }
      const answers = await fetch([...unique.values()], mergeNext(requests.map((request) => request.next)));
      return requests.map((request) => answers.get(requestId(request)) ?? empty());
    },
    { cacheKeyFn: requestId },
  );
}
