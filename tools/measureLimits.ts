/**
 * What the operation limits cost per request: the same typical queries through `app.fetch` with no limit
 * plugin, with graphql-armor alone (its own cost rule included), with the Pothos complexity estimate alone,
 * and with the combination the server uses. Run with `node --import tsx tools/measureLimits.ts`;
 * with NEO4J_URI set the queries go to that database, otherwise to a stub that answers nothing, which
 * isolates the GraphQL work.
 */
import { EnvelopArmor, EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { complexityFromQuery } from '@pothos/plugin-complexity';
import { parse, specifiedRules, validate, type DocumentNode, type ValidationRule } from 'graphql';
import { createYoga, type Plugin } from 'graphql-yoga';
import { Database } from '../src/neo4j/database.ts';
import { createContext, type Context } from '../src/schema/context.ts';
import { schema } from '../src/schema/index.ts';
import { DEFAULT_LIMITS, DEFAULT_OPERATION_LIMITS as L } from '../src/schema/limits.ts';
import { useCostLimit, useShapeLimits } from '../src/server/plugins/limits.ts';
import { useQueryCount } from '../src/server/plugins/queryCount.ts';

const QUERIES = {
  entity: `query Details($key: String!) {
    entity(key: $key) {
      key kind names { en zh } aliases
      mentionedIn { key number text }
      relations(first: 100) { type direction other { key kind names { en zh } } sources { key number } }
    }
  }`,
  networks: `{
    entities(kind: NETWORK, first: 10) {
      nodes { key name ... on Network { acronym regions { key name } members { key name } } }
    }
    search(text: "judicial network", first: 5) { score entity { key name } }
  }`,
};

function database(): Database {
  const uri = process.env.NEO4J_URI;
  if (uri)
    return new Database({
      uri,
      username: 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? '',
      database: 'neo4j',
    });
  const stub = Object.create(Database.prototype) as Database;
  stub.read = async () => [];
  return stub;
}

const VARIANTS: Record<string, () => Plugin<Context>[]> = {
  none: () => [],
  armor: () => [
    EnvelopArmorPlugin({
      maxTokens: { n: L.maxTokens },
      maxDepth: { n: L.maxQueryDepth, flattenFragments: true },
      maxAliases: { n: L.maxAliases },
      maxDirectives: { n: L.maxDirectives },
      costLimit: { maxCost: 5_000 },
    }) as Plugin<Context>,
  ],
  pothos: () => [useCostLimit(L.maxCost)],
  'armor shape + pothos cost': () => [useShapeLimits(L, false) as Plugin<Context>, useCostLimit(L.maxCost)],
};

async function timeIt(db: Database, plugins: Plugin<Context>[], unique: boolean, n: number): Promise<number> {
  const app = createYoga<Record<string, unknown>, Context>({
    schema,
    context: () => createContext(db, DEFAULT_LIMITS),
    logging: false,
    plugins: [...plugins, useQueryCount()],
  });
  const send = async (i: number) => {
    for (const query of Object.values(QUERIES)) {
      // A comment makes each document new to Yoga's parse and validation cache.
      const text = unique ? `# ${i}\n${query}` : query;
      const response = await app.fetch('http://bench/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: text, variables: { key: 'network:ejn' } }),
      });
      const body = (await response.json()) as { errors?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
    }
  };
  for (let i = 0; i < 200; i += 1) await send(-i - 1);
  const started = process.hrtime.bigint();
  for (let i = 0; i < n; i += 1) await send(i);
  return Number(process.hrtime.bigint() - started) / 1e3 / n / Object.keys(QUERIES).length;
}

/** The checks alone, on documents already parsed: what each adds to a request whose document is new. */
function microbenchmark(n: number): void {
  const armorConfig = {
    maxTokens: { n: L.maxTokens },
    maxDepth: { n: L.maxQueryDepth, flattenFragments: true },
    maxAliases: { n: L.maxAliases },
    maxDirectives: { n: L.maxDirectives },
    costLimit: { maxCost: 5_000 },
    blockFieldSuggestion: { enabled: false },
  };
  const rules: ValidationRule[] = [];
  let parseWithTokens: ((source: string) => DocumentNode) | undefined;
  for (const plugin of new EnvelopArmor(armorConfig).protect().plugins as {
    onValidate?: (payload: { addValidationRule: (rule: ValidationRule) => void }) => void;
    onParse?: (payload: { setParseFn: (fn: (source: string) => DocumentNode) => void }) => void;
  }[]) {
    plugin.onValidate?.({ addValidationRule: (rule) => rules.push(rule) });
    plugin.onParse?.({ setParseFn: (fn) => (parseWithTokens = fn) });
  }
  // The fastest of several short rounds: on a busy machine, the others measure the neighbours.
  const time = (fn: () => unknown) => {
    for (let i = 0; i < 500; i += 1) fn();
    let best = Infinity;
    for (let round = 0; round < 10; round += 1) {
      const started = process.hrtime.bigint();
      for (let i = 0; i < n / 10; i += 1) fn();
      best = Math.min(best, Number(process.hrtime.bigint() - started) / 1e3 / (n / 10));
    }
    return best;
  };
  for (const [name, query] of Object.entries(QUERIES)) {
    const document = parse(query);
    const rows = {
      parse: time(() => parse(query)),
      'parse, armor token count': time(() => parseWithTokens!(query)),
      'validate (graphql rules)': time(() => validate(schema, document, specifiedRules)),
      'armor rules alone': time(() => validate(schema, document, rules)),
      'pothos complexity': time(() =>
        complexityFromQuery(document, { schema, ctx: {}, variables: { key: 'network:ejn' } }),
      ),
    };
    for (const [what, us] of Object.entries(rows))
      console.log(`${name.padEnd(9)} ${what.padEnd(26)} ${us.toFixed(1)} µs`);
  }
}

microbenchmark(Number(process.env.N ?? 2000) * 5);

const db = database();
const n = Number(process.env.N ?? 2000);
console.log(
  `µs per request (best round of ${n} × ${Object.keys(QUERIES).length} queries), ${process.env.NEO4J_URI ? 'real Neo4j' : 'stub database'}`,
);
for (const unique of [false, true]) {
  // Rounds interleave the variants, and the fastest is kept: on a shared machine the others measure the
  // neighbours too.
  const runs: Record<string, number[]> = {};
  for (let round = 0; round < Number(process.env.ROUNDS ?? 7); round += 1) {
    for (const [name, plugins] of Object.entries(VARIANTS)) {
      (runs[name] ??= []).push(await timeIt(db, plugins(), unique, n));
    }
  }
  const base = Math.min(...runs.none!);
  for (const [name, values] of Object.entries(runs)) {
    const value = Math.min(...values);
    const delta = name === 'none' ? '' : `  (${value - base >= 0 ? '+' : ''}${(value - base).toFixed(1)})`;
    console.log(
      `${unique ? 'new document ' : 'same document'}  ${name.padEnd(26)} ${value.toFixed(1)}${delta}`,
    );
  }
}
if (process.env.NEO4J_URI) await db.close();
