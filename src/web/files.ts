import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** The files the plugins serve, by extension; others are not served. */
export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** Already compressed: gzip would only cost time. */
const COMPRESSED = new Set(['.png', '.woff2']);

interface Cached {
  mtimeMs: number;
  body: Buffer;
  gzipped: Buffer | undefined;
  etag: string;
}

const cache = new Map<string, Cached>();

async function load(file: string): Promise<Cached | undefined> {
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) return undefined;
  const hit = cache.get(file);
  if (hit && hit.mtimeMs === info.mtimeMs) return hit;
  const body = await readFile(file);
  const compressible = !COMPRESSED.has(path.extname(file));
  const entry: Cached = {
    mtimeMs: info.mtimeMs,
    body,
    gzipped: compressible ? gzipSync(body) : undefined,
    etag: `"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`,
  };
  cache.set(file, entry);
  return entry;
}

/** Serves a file with its type, a validator (ETag, 304) and gzip when the client takes it. */
export async function serveFile(
  request: Request,
  file: string,
  /** The Content-Security-Policy of an HTML file. */
  policy: string,
): Promise<Response | undefined> {
  const entry = await load(file);
  if (!entry) return undefined;
  const headers = new Headers({
    'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
    // Revalidate every time: the files are small and change with the server.
    'cache-control': 'no-cache',
    etag: entry.etag,
    vary: 'accept-encoding',
    'x-content-type-options': 'nosniff',
  });
  if (file.endsWith('.html')) {
    headers.set('content-security-policy', policy);
    headers.set('referrer-policy', 'no-referrer');
  }
  if (request.headers.get('if-none-match') === entry.etag) {
    return new Response(null, { status: 304, headers });
  }
  const gzip = entry.gzipped && /\bgzip\b/.test(request.headers.get('accept-encoding') ?? '');
  const body = gzip ? entry.gzipped! : entry.body;
  if (gzip) headers.set('content-encoding', 'gzip');
  headers.set('content-length', String(body.length));
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
}
