import type { Plugin } from 'graphql-yoga';
import { cytoscapeDocument, toElements, toGraphml } from '../explorer/public/js/formats.mjs';
import { graphqlExecutor, type Caller, type ExecuteGraphQL } from '../web/graphql.ts';
import { HttpError, dataOf, forMethod, readOnly } from '../web/http.ts';
import { SELECTIONS, readVariables, type SelectionData } from './selections.ts';

/** Where the exports live: `/export/<selection>.<format>`. */
export const EXPORT_PREFIX = '/export/';

export const SUBGRAPH_FORMATS = ['graphml', 'json'] as const;
type SubgraphFormat = (typeof SUBGRAPH_FORMATS)[number];

export interface ExportsOptions {
  /**
   * Runs the exports' GraphQL. Default: the Yoga app's own /graphql pipeline (see `executeThroughYoga`),
   * so an export never shows more than the API would, under the same limits.
   */
  execute?: ExecuteGraphQL;
}

function errorResponse(status: number, message: string): Response {
  return Response.json(
    { error: message },
    { status, headers: { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' } },
  );
}

async function subgraphExport(
  execute: ExecuteGraphQL,
  caller: Caller,
  url: URL,
  selection: string,
  format: SubgraphFormat,
): Promise<Response> {
  const spec = SELECTIONS[selection]!;
  const variables = readVariables(url, spec);
  const data = dataOf(await execute<SelectionData>(spec.query, variables, caller));
  const unknown = spec.unknownKeys(variables, data);
  const subgraph = data.subgraph;
  if (unknown.length > 0 || !subgraph) {
    throw new HttpError(404, `no entity with key ${unknown.map((key) => `"${key}"`).join(', ')}`);
  }
  const elements = toElements(subgraph);
  const meta = { name: `coopgraph ${selection}`, truncated: subgraph.truncated };
  const headers = new Headers({
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'x-coopgraph-truncated': String(subgraph.truncated),
  });
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

/** Answers `/export/<name>`; `name` is the part after the prefix. */
async function exportResponse(execute: ExecuteGraphQL, caller: Caller, url: URL, name: string) {
  const match = /^([a-z-]+)\.([a-z]+)$/.exec(name);
  const selection = match?.[1];
  const format = match?.[2] as SubgraphFormat | undefined;
  if (!selection || !SELECTIONS[selection] || !format || !SUBGRAPH_FORMATS.includes(format)) {
    throw new HttpError(
      404,
      `no such export; try /export/{${Object.keys(SELECTIONS).join(',')}}.{${SUBGRAPH_FORMATS.join(',')}}`,
    );
  }
  return subgraphExport(execute, caller, url, selection, format);
}

/**
 * `GET /export/<selection>.<format>`: a subgraph of the public API as a file for scripts and desktop
 * tools, read through GraphQL (see `ExportsOptions.execute`).
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
        endResponse(errorResponse(error.status, error.message));
      }
    },
  };
}
