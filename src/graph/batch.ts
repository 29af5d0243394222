import DataLoader from 'dataloader';

/**
 * A DataLoader whose keys carry query arguments: keys with the same arguments are answered by one
 * statement (`UNWIND $keys`), so a request runs one statement per distinct field and arguments at each
 * depth, however many parents there are.
 */
export function groupedLoader<Args, Value>(
  fetch: (args: Args, keys: string[]) => Promise<Map<string, Value>>,
  empty: () => Value,
): DataLoader<{ key: string; args: Args }, Value, string> {
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
    { cacheKeyFn: ({ key, args }) => `${key}\u0000${JSON.stringify(args)}` },
  );
}
