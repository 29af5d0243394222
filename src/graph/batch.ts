import DataLoader from 'dataloader';

/** One key of a loader whose keys carry query arguments. */
export interface Request<Args> {
  key: string;
  args: Args;
}

const requestId = <Args>({ key, args }: Request<Args>) => `${key}\u0000${JSON.stringify(args)}`;

/**
 * A DataLoader whose keys carry query arguments: keys with the same arguments are answered by one
 * statement (`UNWIND $keys`), so a request runs one statement per distinct field and arguments at each
 * depth, however many parents there are.
 */
export function groupedLoader<Args, Value>(
  fetch: (args: Args, keys: string[]) => Promise<Map<string, Value>>,
  empty: () => Value,
): DataLoader<Request<Args>, Value, string> {
  return new DataLoader(
    async (requests) => {
      const groups = new Map<string, { args: Args; keys: string[] }>();
      for (const { key, args } of requests) {
        const signature = JSON.stringify(args);
        const group = groups.get(signature) ?? { args, keys: [] };
        group.keys.push(key);
        groups.set(signature, group);
      }
      const answers = new Map<string, Map<string, Value>>();
      await Promise.all(
        [...groups].map(async ([signature, group]) => {
          answers.set(signature, await fetch(group.args, [...new Set(group.keys)]));
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
  fetch: (requests: (Request<Args> & { id: string })[]) => Promise<Map<string, Value>>,
  empty: () => Value,
): DataLoader<Request<Args>, Value, string> {
  return new DataLoader(
    async (requests) => {
      const unique = new Map<string, Request<Args> & { id: string }>();
      for (const request of requests) {
        const id = requestId(request);
        if (!unique.has(id)) unique.set(id, { id, key: request.key, args: request.args });
      }
      const answers = await fetch([...unique.values()]);
      return requests.map((request) => answers.get(requestId(request)) ?? empty());
    },
    { cacheKeyFn: requestId },
  );
}
