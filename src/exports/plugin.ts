import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'graphql-yoga';
import type * as Formats from '../explorer/public/js/formats.mjs';
import { PUBLIC_DIR } from '../explorer/static.ts';
import { graphqlExecutor, type Caller, type ExecuteGraphQL } from '../web/graphql.ts';
import { HttpError, dataOf, forMethod, readOnly, refusalHeaders } from '../web/http.ts';
import { toCsv } from './csv.ts';
import { SELECTIONS, readVariables, type SelectionData } from './selections.ts';
import { STATEMENT_COLUMNS, entityTable, statementRows } from './tables.ts';

/** Where the exports live: `/export/<selection>.<format>`. */
export const EXPORT_PREFIX = '/export/';

export const SUBGRAPH_FORMATS = ['graphml', 'json'] as const;
type SubgraphFormat = (typeof SUBGRAPH_FORMATS)[number];

/** The tables, of the whole graph (`/export/statements.csv`) or of a selection (`neighborhood.…`). */
export const TABLES = ['statements.csv', 'entities.csv'] as const;
type Table = (typeof TABLES)[number];

export interface ExportsOptions {
  /**
   * Runs the exports' GraphQL. Default: the Yoga app's own /graphql pipeline (see `executeThroughYoga`),
   * so an export never shows more than the API would, under the same limits.
   */
  execute?: ExecuteGraphQL;
}

/**
 * The explorer's own converters, the very file the browser runs, found like the page's other files (the
 * compiled build reads it from the repository too). Loaded once, on the first export.
 */
let formats: Promise<typeof Formats> | undefined;
const loadFormats = () =>
  (formats ??= import(pathToFileURL(path.join(PUBLIC_DIR, 'js', 'formats.mjs')).href) as Promise<
    typeof Formats
  >);

function errorResponse(error: HttpError): Response {
  return Response.json(
    { error: error.message },
    {
      status: error.status,
      headers: { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...refusalHeaders(error) },
    },
  );
}

/** The subgraph a selection returns, or a 404 that names the keys it does not know. */
async function selected(execute: ExecuteGraphQL, caller: Caller, url: URL, selection: string) {
  const spec = SELECTIONS[selection]!;
  const variables = readVariables(url, spec);
  const data = dataOf(await execute<SelectionData>(spec.query, variables, caller));
  const unknown = spec.unknownKeys(variables, data);
  if (unknown.length > 0 || !data.subgraph) {
    throw new HttpError(404, `no entity with key ${unknown.map((key) => `"${key}"`).join(', ')}`);
  }
  return data.subgraph;
}

const fileHeaders = (truncated: boolean | undefined) =>
  new Headers({
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'x-coopgraph-truncated': String(Boolean(truncated)),
  });

async function subgraphExport(
  execute: ExecuteGraphQL,
  caller: Caller,
  url: URL,
  selection: string,
  format: SubgraphFormat,
): Promise<Response> {
  const subgraph = await selected(execute, caller, url, selection);
  const { cytoscapeDocument, toElements, toGraphml } = await loadFormats();
  const elements = toElements(subgraph);
  const meta = { name: `coopgraph ${selection}`, truncated: subgraph.truncated };
  const headers = fileHeaders(subgraph.truncated);
  if (format === 'graphml') {
    headers.set('content-type', 'application/graphml+xml; charset=utf-8');
    headers.set('content-disposition', `attachment; filename="${selection}.graphml"`);
    return new Response(toGraphml(elements, meta), { status: 200, headers });
  }
  headers.set('content-type', 'application/json; charset=utf-8');
  return new Response(`${JSON.stringify(cytoscapeDocument(elements, meta), null, 2)}\n`, {
    status: 200,
    headers,
  });
}

async function tableExport(
  execute: ExecuteGraphQL,
  caller: Caller,
  url: URL,
  selection: string | undefined,
  table: Table,
): Promise<Response> {
  if (!selection) {
    const [name] = url.searchParams.keys();
    if (name !== undefined) {
      throw new HttpError(400, `unknown parameter "${name}"; the whole graph's ${table} takes none`);
    }
  }
  const subgraph = selection ? await selected(execute, caller, url, selection) : null;
  const reader = { execute, caller };
  const body =
    table === 'statements.csv'
      ? toCsv(STATEMENT_COLUMNS, await statementRows(reader, subgraph))
      : await entityTable(reader, subgraph).then(({ columns, rows }) => toCsv(columns, rows));
  const headers = fileHeaders(subgraph?.truncated);
  headers.set('content-type', 'text/csv; charset=utf-8; header=present');
  headers.set('content-disposition', `attachment; filename="${selection ? `${selection}.` : ''}${table}"`);
  return new Response(body, { status: 200, headers });
}

/** Answers `/export/<name>`; `name` is the part after the prefix. */
async function exportResponse(execute: ExecuteGraphQL, caller: Caller, url: URL, name: string) {
  const table = TABLES.find((ending) => name === ending || name.endsWith(`.${ending}`));
  if (table) {
    const selection = name === table ? undefined : name.slice(0, -table.length - 1);
    if (selection === undefined || SELECTIONS[selection]) {
      return tableExport(execute, caller, url, selection, table);
    }
  }
  const match = /^([a-z-]+)\.([a-z]+)$/.exec(name);
  const selection = match?.[1];
  const format = match?.[2] as SubgraphFormat | undefined;
  if (!selection || !SELECTIONS[selection] || !format || !SUBGRAPH_FORMATS.includes(format)) {
    const selections = Object.keys(SELECTIONS).join(',');
    throw new HttpError(
      404,
      `no such export; try /export/{${selections}}.{${[...SUBGRAPH_FORMATS, ...TABLES].join(',')}} or /export/{${TABLES.join(',')}}`,
    );
  }
  return subgraphExport(execute, caller, url, selection, format);
}

/**
 * `GET /export/<selection>.<format>`: a subgraph of the public API as a file for scripts and desktop
 * tools (GraphML, Cytoscape JSON, or CSV tables of its statements and entities), and
 * `/export/statements.csv` and `/export/entities.csv` of the whole graph; all read through GraphQL (see
 * `ExportsOptions.execute`).
 */
export function useExports(options: ExportsOptions = {}): Plugin {
  const { hooks, execute } = graphqlExecutor(options.execute);
  return {
    ...hooks,
    async onRequest({ request, url, serverContext, endResponse }) {
      if (!url.pathname.startsWith(EXPORT_PREFIX)) return;
      const refused = readOnly(request);
      if (refused) return endResponse(refused);
      const caller = { request, serverContext: serverContext as Record<string, unknown> };
      try {
        const name = url.pathname.slice(EXPORT_PREFIX.length);
        endResponse(forMethod(request, await exportResponse(execute, caller, url, name)));
      } catch (error) {
        if (!(error instanceof HttpError)) throw error;
        endResponse(errorResponse(error));
      }
    },
  };
}
