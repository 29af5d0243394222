import path from 'node:path';
import { GraphQLEnumType, type GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { serveFile as serveWith } from '../web/files.ts';
import { readOnly } from '../web/http.ts';
import { CONTENT_SECURITY_POLICY, CYTOSCAPE_FILE, PUBLIC_DIR, fontFile, publicFile } from './static.ts';

/** Where the explorer lives; its page and modules refer to their files under this path. */
export const EXPLORE_PATH = '/explore';
const VENDOR_CYTOSCAPE = `${EXPLORE_PATH}/vendor/cytoscape.esm.min.mjs`;
/** The Chinese font, which the reading pages use too. */
export const FONT_PREFIX = `${EXPLORE_PATH}/fonts/noto-sans-sc/`;

const serveFile = (request: Request, file: string) => serveWith(request, file, CONTENT_SECURITY_POLICY);

export interface ExplorerOptions {
  /** Send `/` to the explorer (keeping the query string, so shared views still open). Default true. */
  redirectRoot?: boolean;
}

/**
 * The schema's EntityKind and RelationType enums in the shape of the page's introspection query, for
 * servers that refuse introspection (production): the legend still lists every kind in its colour.
 */
function vocabulary(schema: GraphQLSchema | undefined): Response {
  const values = (name: string) => {
    const type = schema?.getType(name);
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

function belongs(pathname: string, redirectRoot: boolean): boolean {
  return (
    (redirectRoot && pathname === '/') || pathname === EXPLORE_PATH || pathname.startsWith(`${EXPLORE_PATH}/`)
  );
}

async function answer(request: Request, url: URL, schema: GraphQLSchema | undefined): Promise<Response> {
  const { pathname, search } = url;
  if (pathname === '/') {
    return new Response(null, { status: 302, headers: { location: `${EXPLORE_PATH}${search}` } });
  }
  if (pathname === EXPLORE_PATH || pathname === `${EXPLORE_PATH}/`) {
    return (await serveFile(request, path.join(PUBLIC_DIR, 'index.html'))) ?? notFound();
  }
  if (pathname === `${EXPLORE_PATH}/vocabulary.json`) return vocabulary(schema);
  if (pathname === VENDOR_CYTOSCAPE) return (await serveFile(request, CYTOSCAPE_FILE)) ?? notFound();
  if (pathname.startsWith(FONT_PREFIX)) {
    const font = fontFile(pathname.slice(FONT_PREFIX.length));
    return (font && (await serveFile(request, font))) || notFound();
  }
  const file = publicFile(pathname.slice(EXPLORE_PATH.length + 1));
  return (file && (await serveFile(request, file))) || notFound();
}

/**
 * The explorer as a Yoga plugin: its page and modules under /explore, Cytoscape.js and the Chinese font
 * from node_modules, and the schema's vocabulary (taken from the schema the app serves, so it needs nothing else).
 */
export function useExplorer({ redirectRoot = true }: ExplorerOptions = {}): Plugin {
  let schema: GraphQLSchema | undefined;
  return {
    onSchemaChange({ schema: served }) {
      schema = served as GraphQLSchema;
    },
    async onRequest({ request, url, endResponse }) {
      if (!belongs(url.pathname, redirectRoot)) return;
      endResponse(readOnly(request) ?? (await answer(request, url, schema)));
    },
  };
}
