import path from 'node:path';
import { GraphQLEnumType } from 'graphql';
import { schema } from '../schema/index.ts';
import type { App } from '../server/app.ts';
import { handleExport } from './export.ts';
import { CYTOSCAPE_FILE, fontFile, PUBLIC_DIR, publicFile, serveFile } from './static.ts';

/** Where the explorer lives; `/` sends browsers there. */
export const EXPLORE_PATH = '/explore';
const VENDOR_CYTOSCAPE = `${EXPLORE_PATH}/vendor/cytoscape.esm.min.mjs`;
const FONT_PREFIX = `${EXPLORE_PATH}/fonts/noto-sans-sc/`;
const EXPORT_PREFIX = '/export/';

/** Whether a request path belongs to the explorer rather than to the GraphQL app. */
export function isExplorerPath(pathname: string): boolean {
  return (
    pathname === '/' ||
    pathname === EXPLORE_PATH ||
    pathname.startsWith(`${EXPLORE_PATH}/`) ||
    pathname.startsWith(EXPORT_PREFIX)
  );
}

/**
 * The schema's EntityKind and RelationType enums in the shape of the page's introspection query, for
 * servers that refuse introspection (production): the legend still lists every kind in its colour.
 */
function vocabulary(): Response {
  const values = (name: string) => {
    const type = schema.getType(name);
    if (!(type instanceof GraphQLEnumType)) return { enumValues: [] };
    return { enumValues: type.getValues().map(({ name, description }) => ({ name, description })) };
  };
  return Response.json(
    { kinds: values('EntityKind'), relationTypes: values('RelationType') },
    { headers: { 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' } },
  );
}

function notFound(): Response {
  return new Response('Not found\n', {
    status: 404,
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
}

/**
 * The explorer's routes as a fetch handler: the page and its modules, Cytoscape.js and the Chinese font
 * from node_modules, and the subgraph exports. `app` answers the exports' GraphQL.
 */
export function explorerHandler(
  app: App,
): (request: Request, serverContext?: Record<string, unknown>) => Promise<Response> {
  // `serverContext` is the server's view of the connection, handed on untouched to the app.
  return async (request, serverContext = {}) => {
    const { pathname, search } = new URL(request.url);
    if (pathname.startsWith(EXPORT_PREFIX)) {
      return handleExport(app, request, pathname.slice(EXPORT_PREFIX.length), serverContext);
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response(null, { status: 405, headers: { allow: 'GET, HEAD' } });
    }
    if (pathname === '/') {
      return new Response(null, { status: 302, headers: { location: `${EXPLORE_PATH}${search}` } });
    }
    if (pathname === EXPLORE_PATH || pathname === `${EXPLORE_PATH}/`) {
      return (await serveFile(request, path.join(PUBLIC_DIR, 'index.html'))) ?? notFound();
    }
    if (pathname === `${EXPLORE_PATH}/vocabulary.json`) return vocabulary();
    if (pathname === VENDOR_CYTOSCAPE) {
      return (await serveFile(request, CYTOSCAPE_FILE)) ?? notFound();
    }
    if (pathname.startsWith(FONT_PREFIX)) {
      const font = fontFile(pathname.slice(FONT_PREFIX.length));
      return (font && (await serveFile(request, font))) || notFound();
    }
    const file = publicFile(pathname.slice(EXPLORE_PATH.length + 1));
    return (file && (await serveFile(request, file))) || notFound();
  };
}
