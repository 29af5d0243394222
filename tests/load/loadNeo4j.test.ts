import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/neo4j/local/paths.ts';
import { DataError } from '../../src/load/dataError.ts';
import { buildAll, graphCounts, loadReports } from '../../src/load/loadReports.ts';
import { buildReportGraph } from '../../src/load/reportGraph.ts';
import { writeReport, writeReports } from '../../src/load/write.ts';
import { resetDatabase, testDatabase, totals } from '../helpers/db.ts';
import {
  FIXTURE_REPORTS_DIR,
  REPORT_FILE,
  REPORT_SYMBOL,
  SECOND_SYMBOL,
  reportBundle,
} from '../helpers/report.ts';
import { DEFAULT_REPORTS_DIR } from '../../src/load/reportBundle.ts';

const quiet = () => undefined;

describe('loading the report into Neo4j', () => {
  const db = testDatabase();
  const graph = buildReportGraph(reportBundle());
  beforeAll(() => resetDatabase(db));
  afterAll(() => db.close());

  it('writes every node and relationship of the report graph, counted per label and type', async () => {
    const summary = await loadReports(db, { log: quiet });
    expect(summary.loaded).toEqual([REPORT_SYMBOL]);
    const byKind: Record<string, number> = {};
    for (const n of graph.nodes) byKind[n.kind] = (byKind[n.kind] ?? 0) + 1;
    expect(summary.nodes).toEqual(byKind);
    const byType: Record<string, number> = {};
    for (const r of graph.relationships) byType[r.type] = (byType[r.type] ?? 0) + 1;
    expect(summary.relationships).toEqual(byType);
    expect(summary.nodes.paragraph).toBe(43);

    const [ejn] = await db.read<{ labels: string[]; zh: string; en: string }>(
      'MATCH (n:Entity {key: "network:ejn"}) RETURN labels(n) AS labels, n.nameZh AS zh, n.nameEn AS en',
    );
    expect(ejn).toEqual({ labels: ['Entity', 'Network'], zh: '欧洲司法网', en: 'European Judicial Network' });
    const [presented] = await db.read<{ sources: string[] }>(
      `MATCH (:Person {key: 'person:rosa-ana-moran-martinez'})-[r:PRESENTED]->(:Network {key: 'network:ejn'})
       RETURN r.sources AS sources`,
    );
    expect(presented!.sources).toContain(`paragraph:${REPORT_SYMBOL}#14`);
    // Every relationship the report states, curated or found by code, has a quote its spans slice out of
    // the stored texts; those from outside (UN M49) carry their source instead.
    const external = graph.relationships.filter((r) => r.props.origin === 'external').length;
    expect(external).toBeGreaterThan(0);
    expect(summary.quotes).toEqual({
      relationships: graph.relationships.length,
      external,
      verified: graph.relationships.length - external,
    });
  });

  it('stores for every relationship a quote that each of its spans slices out of its text', async () => {
    // Each span, read back from the database: the text of the node it names, sliced there by Cypher.
    const rows = await db.read<{
      id: string;
      origin: string;
      quote: string | null;
      spans: { key: string; kind: string | null; slice: string | null }[];
    }>(
      `MATCH (a:Entity)-[r]->(b:Entity)
       CALL {
         WITH r
         UNWIND range(0, size(coalesce(r.spanParagraphs, [])) - 1) AS i
         OPTIONAL MATCH (n:Entity {key: r.spanParagraphs[i]})
         RETURN collect({ key: r.spanParagraphs[i], kind: n.kind,
                          slice: substring(n.textZh, r.spanStarts[i], r.spanEnds[i] - r.spanStarts[i]) }) AS spans
       }
       RETURN type(r) + ' ' + a.key + ' → ' + b.key AS id, r.origin AS origin, r.quote AS quote, spans`,
    );
    expect(rows).toHaveLength(graph.relationships.length);
    expect(rows.filter((row) => row.origin === 'curated').length).toBeGreaterThanOrEqual(269);
    for (const row of rows.filter((row) => row.origin === 'external')) {
      expect(row.quote, row.id).toBeNull();
      expect(row.spans, row.id).toEqual([]);
    }
    for (const row of rows.filter((row) => row.origin !== 'external')) {
      expect(row.quote, row.id).toBeTruthy();
      expect(row.spans.length, row.id).toBeGreaterThan(0);
      for (const span of row.spans) {
        expect(['paragraph', 'section'], `${row.id} ${span.key}`).toContain(span.kind);
        expect(span.slice, `${row.id} ${span.key}`).toBe(row.quote);
      }
    }
    // Offsets are stored as integers, which is what substring() and a client's slice need.
    const [types] = await db.read<{ floats: number }>(
      `MATCH ()-[r]->() WHERE r.spanStarts IS NOT NULL
       UNWIND r.spanStarts + r.spanEnds AS offset
       RETURN count(CASE WHEN NOT offset IS :: INTEGER THEN 1 END) AS floats`,
    );
    expect(types!.floats).toBe(0);
  });

  it('is idempotent: loading again changes no count and duplicates nothing', async () => {
    const before = await totals(db);
    const countsBefore = await graphCounts(db);
    const unchanged = await loadReports(db, { log: quiet });
    expect(unchanged.loaded).toEqual([]);
    expect(unchanged.unchanged).toEqual([REPORT_SYMBOL]);
    await loadReports(db, { force: true, log: quiet });
    expect(await totals(db)).toEqual(before);
    expect(await graphCounts(db)).toEqual(countsBefore);
    const [dupes] = await db.read<{ keys: number; distinct: number }>(
      'MATCH (n:Entity) RETURN count(n) AS keys, count(DISTINCT n.key) AS distinct',
    );
    expect(dupes!.keys).toBe(dupes!.distinct);
    const [relDupes] = await db.read<{ n: number }>(
      `MATCH (a)-[r]->(b) WITH a, b, type(r) AS t, count(*) AS c WHERE c > 1 RETURN count(*) AS n`,
    );
    expect(relDupes!.n).toBe(0);
  });

  it('replaces a report atomically: a write that fails part-way leaves the previous graph whole', async () => {
    const before = await totals(db);
    const poisoned = buildReportGraph(reportBundle());
    // A map is not a valid property value: Neo4j rejects the last node batch, after the deletes ran.
    poisoned.nodes.push({
      key: 'topic:poison',
      kind: 'topic',
      label: 'Topic',
      owned: false,
      props: { key: 'topic:poison', nested: { not: 'allowed' } } as never,
    });
    poisoned.fingerprint = 'poisoned';
    await expect(writeReport(db, poisoned)).rejects.toThrow();
    expect(await totals(db)).toEqual(before);
    const [marker] = await db.read<{ fingerprint: string }>(
      'MATCH (l:LoadedReport {symbol: $symbol}) RETURN l.fingerprint AS fingerprint',
      { symbol: REPORT_SYMBOL },
    );
    expect(marker!.fingerprint).toBe(graph.fingerprint);
  });

  it('lets readers see the old report or the new one, never a half-written one', async () => {
    const smaller = buildReportGraph(reportBundle());
    smaller.nodes = smaller.nodes.filter((n) => n.kind !== 'topic');
    const topics = new Set(graph.nodes.filter((n) => n.kind === 'topic').map((n) => n.key));
    smaller.relationships = smaller.relationships.filter((r) => !topics.has(r.to) && !topics.has(r.from));
    smaller.fingerprint = 'smaller';
    const full = await totals(db);
    // Each count is one statement: Neo4j reads committed data, so two counts in one query may fall on
    // either side of a commit; each on its own must show the old report or the new one.
    const nodeCounts = new Set<number>();
    const relationshipCounts = new Set<number>();
    let writing = true;
    const reader = (async () => {
      while (writing) {
        const [n] = await db.read<{ n: number }>('MATCH (n) RETURN count(n) AS n');
        const [r] = await db.read<{ r: number }>('MATCH ()-[r]->() RETURN count(r) AS r');
        nodeCounts.add(n!.n);
        relationshipCounts.add(r!.r);
      }
    })();
    await writeReport(db, smaller);
    const after = await totals(db);
    writing = false;
    await reader;
    expect(nodeCounts.size).toBeGreaterThan(0);
    expect(after.nodes).toBe(full.nodes - topics.size);
    for (const count of nodeCounts) expect([full.nodes, after.nodes]).toContain(count);
    for (const count of relationshipCounts)
      expect([full.relationships, after.relationships]).toContain(count);
    await loadReports(db, { force: true, log: quiet });
    expect(await totals(db)).toEqual(full);
  });

  it('rejects an invalid data file with its name, the path in it and the reason, and writes nothing', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'coopgraph-bad-data-'));
    const file = path.join(dir, 'CTOC-COP-WG.3-2012-5.yaml');
    cpSync(REPORT_FILE, file);
    writeFileSync(file, readFileSync(file, 'utf8').replace('key: network:ejn\n', 'key: netwerk:ejn\n'));
    const before = await totals(db);
    const failure = await loadReports(db, { dirs: [dir], force: true, log: quiet }).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(DataError);
    expect((failure as DataError).path).toMatch(/^entities\[\d+\]\.key$/);
    expect((failure as DataError).message).toMatch(
      /CTOC-COP-WG\.3-2012-5\.yaml: entities\[\d+\]\.key: "netwerk:ejn" is not an entity key/,
    );
    expect(await totals(db)).toEqual(before);

    // A quote that the cited paragraph does not hold word for word is refused the same way.
    const quoted = readFileSync(REPORT_FILE, 'utf8');
    writeFileSync(file, quoted.replace('quote: "欧洲联盟的代表作了发言"', 'quote: "欧洲联盟的代表没有发言"'));
    const misquoted = await loadReports(db, { dirs: [dir], force: true, log: quiet }).catch(
      (error: unknown) => error,
    );
    expect(misquoted).toBeInstanceOf(DataError);
    expect((misquoted as DataError).message).toMatch(
      /CTOC-COP-WG\.3-2012-5\.yaml: relations\[\d+\]\.quote: "欧洲联盟的代表没有发言" does not stand word for word in 41 \(SPOKE_AT organization:eu → meeting:CTOC\/COP\/WG\.3\/2012\)/,
    );
    expect(await totals(db)).toEqual(before);
    writeFileSync(file, quoted.replace('key: network:ejn\n', 'key: netwerk:ejn\n'));

    // The command line says the same in one line and exits 1.
    const { uri } = inject('neo4j');
    const cli = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/load.ts', '--dir', dir], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, NEO4J_URI: uri },
      encoding: 'utf8',
    });
    expect(cli.status).toBe(1);
    expect(cli.stderr).toMatch(
      /^coopgraph: .*CTOC-COP-WG\.3-2012-5\.yaml: entities\[\d+\]\.key: "netwerk:ejn" is not an entity key/m,
    );
    expect(await totals(db)).toEqual(before);
  });
});

describe('a second report of the series', () => {
  const db = testDatabase();
  afterAll(() => db.close());

  it('loads beside the first, sharing its entities, and leaves it whole when removed', async () => {
    await resetDatabase(db);
    await loadReports(db, { log: quiet });
    const first = await totals(db);
    const both = await loadReports(db, { dirs: [DEFAULT_REPORTS_DIR, FIXTURE_REPORTS_DIR], log: quiet });
    expect(both.loaded).toEqual([SECOND_SYMBOL]);
    expect(both.unchanged).toEqual([REPORT_SYMBOL]);
    const [shared] = await db.read<{ reports: string[] }>(
      `MATCH (l:LoadedReport)-[:USES]->(:Entity {key: 'network:ejn'}) RETURN collect(l.symbol) AS reports`,
    );
    expect([...shared!.reports].sort()).toEqual([SECOND_SYMBOL, REPORT_SYMBOL].sort());
    const [paragraphs] = await db.read<{ first: number; second: number }>(
      `MATCH (p:Paragraph) RETURN count(CASE WHEN p.report = $a THEN 1 END) AS first,
              count(CASE WHEN p.report = $b THEN 1 END) AS second`,
      { a: REPORT_SYMBOL, b: SECOND_SYMBOL },
    );
    expect(paragraphs).toEqual({ first: 43, second: 11 });

    // Without the fixture folder, a load with pruning removes the second report and what only it used.
    const pruned = await loadReports(db, { prune: true, log: quiet });
    expect(pruned.removed).toEqual([SECOND_SYMBOL]);
    expect(await totals(db)).toEqual(first);
  });
});

describe('several reports in one transaction', () => {
  const db = testDatabase();
  afterAll(() => db.close());

  it('writes each relationship with all its properties and each report with every entity it uses', async () => {
    await resetDatabase(db);
    const graphs = buildAll([DEFAULT_REPORTS_DIR, FIXTURE_REPORTS_DIR]);
    await writeReports(db, graphs);

    const expected = new Map<string, Record<string, unknown>>();
    for (const graph of graphs)
      for (const { type, from, to, props } of graph.relationships) {
        const stored = Object.fromEntries(Object.entries(props).filter(([, value]) => value !== null));
        expected.set(`${graph.report}|${type}|${from}|${to}`, { ...stored, report: graph.report });
      }
    const rows = await db.read<{ id: string; props: Record<string, unknown> }>(
      `MATCH (a:Entity)-[r]->(b:Entity)
       RETURN r.report + '|' + type(r) + '|' + a.key + '|' + b.key AS id, properties(r) AS props`,
    );
    expect(new Map(rows.map((row) => [row.id, row.props]))).toEqual(expected);
    expect([...expected.values()].some((props) => 'inferred' in props)).toBe(true);

    const uses = await db.read<{ symbol: string; keys: string[] }>(
      'MATCH (l:LoadedReport)-[:USES]->(n:Entity) RETURN l.symbol AS symbol, collect(n.key) AS keys',
    );
    expect(Object.fromEntries(uses.map((row) => [row.symbol, [...row.keys].sort()]))).toEqual(
      Object.fromEntries(graphs.map((graph) => [graph.report, graph.nodes.map((n) => n.key).sort()])),
    );
    const keys = new Set(graphs.flatMap((graph) => graph.nodes.map((n) => n.key)));
    expect((await totals(db)).nodes).toBe(keys.size + graphs.length);
  });
});
