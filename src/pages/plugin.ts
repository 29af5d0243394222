import path from 'node:path';
import { GraphQLObjectType, type GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { documentKey } from '../model/keys.ts';
import { PROJECT_ROOT } from '../root.ts';
import { serveFile } from '../web/files.ts';
import { graphqlExecutor, type Caller, type ExecuteGraphQL } from '../web/graphql.ts';
import { HttpError, dataOf, forMethod, readOnly, refusalHeaders } from '../web/http.ts';
import {
  ENTITY_PREFIX,
  REPORTS_PATH,
  REPORT_PREFIX,
  SEARCH_PATH,
  entityPath,
  readAddress,
  reportPath,
  type PageAddress,
} from './addresses.ts';
import { entityMain, notFoundMain } from './entityPage.ts';
import { documentText, html, jsonScript, type Html } from './html.ts';
import { entityJsonLd, reportJsonLd } from './jsonld.ts';
import { STYLESHEET_PATH, page } from './layout.ts';
import { negotiate, type Format } from './negotiate.ts';
import {
  MAX_CHAPTERS,
  PARAGRAPHS_PER_REQUEST,
  REPORT_OUTLINE_QUERY,
  REPORTS_QUERY,
  SEARCH_QUERY,
  entityQuery,
  reportParagraphsQuery,
  type Capabilities,
  type EntityAnswer,
  type ParagraphAnswer,
  type ReportOutlineAnswer,
  type ReportsAnswer,
  type SearchAnswer,
  type SectionAnswer,
} from './queries.ts';
import { SHOW, byPath, reportMain, type ReportData, type Show } from './reportPage.ts';
import { searchMain } from './searchPage.ts';
import { VOCAB_PATH, vocabMain } from './vocabPage.ts';

export interface PagesOptions {
  /**
   * Runs the pages' GraphQL. Default: the Yoga app's own /graphql pipeline (see `executeThroughYoga`),
   * so a page shows nothing that the API would not, under the same limits.
   */
  execute?: ExecuteGraphQL;
  /**
   * The origin the pages are published at (`https://graph.example.org`), for permanent addresses
   * (canonical links, cite lines, JSON-LD identifiers). Default: the origin each request was sent to.
   */
  publicUrl?: string;
}

/** Read from the repository, by the sources and by the compiled build alike. */
const STYLESHEET_FILE = path.join(PROJECT_ROOT, 'src', 'pages', 'public', 'pages.css');

/** The pages ask for nothing from elsewhere, run no script, and send forms only to themselves. */
export const PAGE_POLICY = [
  "default-src 'none'",
  "style-src 'self'",
  "font-src 'self'",
  "img-src 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

const PAGE_HEADERS = {
  'cache-control': 'no-cache',
  'content-security-policy': PAGE_POLICY,
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
};

function htmlResponse(body: Html, status = 200, extra: Record<string, string> = {}): Response {
  return new Response(documentText(body), {
    status,
    headers: { ...PAGE_HEADERS, 'content-type': 'text/html; charset=utf-8', ...extra },
  });
}

function jsonResponse(format: Format, value: unknown, extra: Record<string, string> = {}): Response {
  return new Response(`${JSON.stringify(value, null, 2)}\n`, {
    headers: { ...PAGE_HEADERS, 'content-type': `${format}; charset=utf-8`, ...extra },
  });
}

const redirect = (location: string): Response =>
  new Response(null, { status: 301, headers: { location, 'cache-control': 'no-cache' } });

interface Answering {
  request: Request;
  url: URL;
  caller: Caller;
  base: string;
  execute: ExecuteGraphQL;
  capabilities: Capabilities;
}

const alternates = (path: string) => ({
  link: `<${path}.jsonld>; rel="alternate"; type="application/ld+json", <${path}.json>; rel="alternate"; type="application/json"`,
  vary: 'accept',
});

async function entityResponse(at: Answering, address: PageAddress): Promise<Response> {
  const format = negotiate(at.request, address.suffix);
  const data = dataOf(
    await at.execute<{ entity: EntityAnswer | null }>(
      entityQuery(at.capabilities),
      { key: address.name },
      at.caller,
    ),
  );
  const entity = data.entity;
  if (!entity) {
    const message = `The graph has no entity with the key “${address.name}”.`;
    if (format !== 'text/html') throw new HttpError(404, message);
    const suggestion = address.name.replace(/^[a-z-]+:/, '');
    return htmlResponse(
      page({
        title: 'Not found',
        canonical: `${at.base}${entityPath(address.name)}`,
        main: notFoundMain(message, suggestion),
      }),
      404,
    );
  }
  const path = entityPath(entity.key);
  const canonical = `${at.base}${path}`;
  const headers = alternates(path);
  if (format === 'application/json') return jsonResponse(format, { entity }, headers);
  const jsonld = entityJsonLd(entity, at.base);
  if (format === 'application/ld+json') return jsonResponse(format, jsonld, headers);
  return htmlResponse(
    page({
      title: entity.names.en,
      canonical,
      jsonld: { href: `${path}.jsonld`, data: jsonScript(jsonld) },
      main: entityMain(entity, canonical),
    }),
    200,
    headers,
  );
}

function chaptersOf(outline: NonNullable<ReportOutlineAnswer['report']>): SectionAnswer[] {
  if (outline.parts.length >= MAX_CHAPTERS) {
    throw new HttpError(
      500,
      `the report has more than ${MAX_CHAPTERS - 1} chapters, more than its page shows`,
    );
  }
  const sort = (sections: SectionAnswer[]): SectionAnswer[] =>
    [...sections].sort(byPath).map((section) => ({ ...section, children: sort(section.children ?? []) }));
  return sort(
    outline.parts.map((part) => part.other).filter((other): other is SectionAnswer => 'path' in other),
  );
}

async function reportData(at: Answering, symbol: string): Promise<ReportData | null> {
  const key = documentKey(symbol);
  const { report } = dataOf(await at.execute<ReportOutlineAnswer>(REPORT_OUTLINE_QUERY, { key }, at.caller));
  if (!report || !report.isReport || !report.symbol) return null;
  const chapters = chaptersOf(report);
  const ids: string[] = [];
  const collect = (section: SectionAnswer) => {
    ids.push(...section.paragraphs.map((paragraph) => paragraph.id));
    (section.children ?? []).forEach(collect);
  };
  chapters.forEach(collect);
  const batches: string[][] = [];
  for (let i = 0; i < ids.length; i += PARAGRAPHS_PER_REQUEST) {
    batches.push(ids.slice(i, i + PARAGRAPHS_PER_REQUEST));
  }
  const document = reportParagraphsQuery(at.capabilities);
  const answers = await Promise.all(
    batches.map(async (batch) =>
      dataOf(await at.execute<{ nodes: (ParagraphAnswer | null)[] }>(document, { ids: batch }, at.caller)),
    ),
  );
  const paragraphs = new Map<number, ParagraphAnswer>();
  for (const answer of answers) {
    for (const paragraph of answer.nodes) if (paragraph) paragraphs.set(paragraph.number, paragraph);
  }
  return {
    key,
    symbol: report.symbol,
    names: report.names,
    properties: report.properties,
    chapters,
    paragraphs,
  };
}

function showOf(url: URL): Show {
  const values = url.searchParams.getAll('show');
  const [value] = values;
  for (const name of url.searchParams.keys()) {
    if (name !== 'show') throw new HttpError(400, `unknown parameter “${name}”; the report page takes show`);
  }
  if (values.length > 1 || (value !== undefined && !(SHOW as readonly string[]).includes(value))) {
    throw new HttpError(400, `show must be one of ${SHOW.join(', ')}`);
  }
  return (value as Show | undefined) ?? 'both';
}

async function reportResponse(at: Answering, address: PageAddress): Promise<Response> {
  const format = negotiate(at.request, address.suffix);
  const show = showOf(at.url);
  const data = await reportData(at, address.name);
  if (!data) {
    const message = `The graph holds no report with the symbol “${address.name}”.`;
    if (format !== 'text/html') throw new HttpError(404, message);
    return htmlResponse(
      page({
        title: 'Not found',
        canonical: `${at.base}${reportPath(address.name)}`,
        main: notFoundMain(message, address.name),
      }),
      404,
    );
  }
  const path = reportPath(data.symbol);
  const canonical = `${at.base}${path}`;
  const headers = alternates(path);
  if (format === 'application/json') {
    const paragraphs = [...data.paragraphs.values()].sort((a, b) => a.number - b.number);
    return jsonResponse(format, { report: { ...data, paragraphs } }, headers);
  }
  const jsonld = reportJsonLd(data, at.base);
  if (format === 'application/ld+json') return jsonResponse(format, jsonld, headers);
  return htmlResponse(
    page({
      title: `${data.symbol}: ${data.names.en}`,
      canonical,
      jsonld: { href: `${path}.jsonld`, data: jsonScript(jsonld) },
      main: reportMain(data, show, canonical),
    }),
    200,
    headers,
  );
}

async function searchResponse(at: Answering): Promise<Response> {
  for (const name of at.url.searchParams.keys()) {
    if (name !== 'q') throw new HttpError(400, `unknown parameter “${name}”; the search page takes q`);
  }
  const text = (at.url.searchParams.get('q') ?? '').trim();
  const canonical = `${at.base}${SEARCH_PATH}`;
  if (text === '') return htmlResponse(page({ title: 'Search', canonical, main: searchMain('', null) }));
  const answer = await at.execute<SearchAnswer>(SEARCH_QUERY, { text }, at.caller);
  try {
    const { search } = dataOf(answer);
    return htmlResponse(
      page({ title: `Search: ${text}`, canonical, query: text, main: searchMain(text, search) }),
    );
  } catch (error) {
    if (!(error instanceof HttpError) || error.status >= 500) throw error;
    return htmlResponse(
      page({ title: 'Search', canonical, query: text, main: searchMain(text, null, error.message) }),
      error.status,
      refusalHeaders(error),
    );
  }
}

function errorPage(at: Answering, error: HttpError, machine: boolean): Response {
  if (machine) {
    return Response.json(
      { error: error.message },
      {
        status: error.status,
        headers: { ...PAGE_HEADERS, 'cache-control': 'no-store', ...refusalHeaders(error) },
      },
    );
  }
  const title = error.status === 404 ? 'Not found' : `Error ${error.status}`;
  return htmlResponse(
    page({
      title,
      canonical: `${at.base}${at.url.pathname}`,
      main: html`<article>
        <h1>${title}</h1>
        <p role="alert">${error.message}</p>
      </article>`,
    }),
    error.status,
    refusalHeaders(error),
  );
}

async function reportsResponse(at: Answering): Promise<Response> {
  const { database } = dataOf(await at.execute<ReportsAnswer>(REPORTS_QUERY, {}, at.caller));
  const reports = [...database.reports].sort();
  return htmlResponse(
    page({
      title: 'Reports',
      canonical: `${at.base}${REPORTS_PATH}`,
      main: html`<article>
        <h1>Reports</h1>
        <p>The reports loaded into the graph, each readable in full with every mention linked.</p>
        <ul>
          ${reports.map((symbol) => html`<li><a href="${reportPath(symbol)}">${symbol}</a></li>`)}
        </ul>
      </article>`,
    }),
  );
}

async function answer(at: Answering): Promise<Response | undefined> {
  const { pathname } = at.url;
  if (pathname === STYLESHEET_PATH) return serveFile(at.request, STYLESHEET_FILE, PAGE_POLICY);
  if (pathname === REPORTS_PATH || pathname === REPORT_PREFIX) return reportsResponse(at);
  if (pathname === SEARCH_PATH) return searchResponse(at);
  if (pathname === VOCAB_PATH) {
    return htmlResponse(
      page({ title: 'Vocabulary', canonical: `${at.base}${VOCAB_PATH}`, main: vocabMain() }),
    );
  }
  for (const [prefix, respond] of [
    [ENTITY_PREFIX, entityResponse],
    [REPORT_PREFIX, reportResponse],
  ] as const) {
    if (!pathname.startsWith(prefix)) continue;
    const address = readAddress(pathname, prefix);
    if (address.redirect) return redirect(`${address.redirect}${at.url.search}`);
    return respond(at, address);
  }
  return undefined;
}

const handles = (pathname: string) =>
  pathname === STYLESHEET_PATH ||
  pathname === REPORTS_PATH ||
  pathname === SEARCH_PATH ||
  pathname === VOCAB_PATH ||
  pathname.startsWith(ENTITY_PREFIX) ||
  pathname.startsWith(REPORT_PREFIX);

/**
 * The reading pages as a Yoga plugin: `/reports/<symbol>` (the report, annotated), `/entities/<key>`
 * (an entity with every relationship and its paragraphs), `/search?q=`, each entity and report address
 * also as JSON-LD and JSON (by `Accept`, or a `.jsonld`/`.json` suffix). Everything is read through
 * GraphQL (see `PagesOptions.execute`).
 */
export function usePages(options: PagesOptions = {}): Plugin {
  const { hooks, execute } = graphqlExecutor(options.execute);
  const publicUrl = options.publicUrl?.replace(/\/+$/, '');
  const capabilities: Capabilities = { quote: false, spans: false };
  return {
    ...hooks,
    onSchemaChange({ schema }) {
      const relation = (schema as GraphQLSchema).getType('Relation');
      const fields = relation instanceof GraphQLObjectType ? relation.getFields() : {};
      capabilities.quote = 'quote' in fields;
      capabilities.spans = 'spans' in fields;
    },
    async onRequest({ request, url, serverContext, endResponse }) {
      if (!handles(url.pathname)) return;
      const refused = readOnly(request);
      if (refused) return endResponse(refused);
      const at: Answering = {
        request,
        url,
        caller: { request, serverContext: serverContext as Record<string, unknown> },
        base: publicUrl ?? url.origin,
        execute,
        capabilities,
      };
      try {
        const response = await answer(at);
        if (response) endResponse(forMethod(request, response));
      } catch (error) {
        if (!(error instanceof HttpError)) throw error;
        const accept = request.headers.get('accept') ?? '';
        const machine =
          url.pathname.endsWith('.json') ||
          url.pathname.endsWith('.jsonld') ||
          error.status === 406 ||
          (/json/.test(accept) && !/html/.test(accept));
        endResponse(forMethod(request, errorPage(at, error, machine)));
      }
    },
  };
}
