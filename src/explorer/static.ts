import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { PROJECT_ROOT } from '../root.ts';

/** The page's own files, read from the repository (by the sources and by the compiled build alike). */
export const PUBLIC_DIR = path.join(PROJECT_ROOT, 'src', 'explorer', 'public') + path.sep;

/**
 * Cytoscape.js as the npm package ships it: its ES module build has no imports, so the browser loads it
 * as is. The package's `exports` map hides the file from `require.resolve`, so it is found next to the
 * CommonJS entry.
 */
export const CYTOSCAPE_FILE = path.join(
  path.dirname(createRequire(import.meta.url).resolve('cytoscape')),
  'cytoscape.esm.min.mjs',
);

/**
 * Noto Sans SC as @fontsource-variable ships it: a stylesheet of @font-face rules, one per slice of the
 * character set (unicode-range), so a browser fetches only the slices of the characters on the page. The
 * page brings its own Chinese font rather than hoping the system has one.
 */
export const FONT_DIR = path.dirname(
  createRequire(import.meta.url).resolve('@fontsource-variable/noto-sans-sc/package.json'),
);

/** The font's file that a URL path below the font's route names (its stylesheet or one of its slices). */
export function fontFile(relative: string): string | undefined {
  return relative === 'index.css' || /^files\/[a-z0-9-]+\.woff2$/.test(relative)
    ? path.join(FONT_DIR, relative)
    : undefined;
}

const TYPES: Record<string, string> = {
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

/**
 * Nothing on the page comes from elsewhere (its font included), so the policy can be strict. Cytoscape sets element styles
 * from script (allowed); `data:` and `blob:` images are its exports.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

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

/** The file under PUBLIC_DIR that a URL path below `/explore/` names, or undefined when none may be served. */
export function publicFile(relative: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(relative);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const normal = path.posix.normalize(decoded);
  if (normal.startsWith('..') || path.posix.isAbsolute(normal)) return undefined;
  if (!TYPES[path.extname(normal)]) return undefined;
  const file = path.join(PUBLIC_DIR, normal);
  return file.startsWith(PUBLIC_DIR) ? file : undefined;
}

/** Serves a file with its type, a validator (ETag, 304) and gzip when the client takes it. */
export async function serveFile(request: Request, file: string): Promise<Response | undefined> {
  const entry = await load(file);
  if (!entry) return undefined;
  const headers = new Headers({
    'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    // Revalidate every time: the files are small and change with the server.
    'cache-control': 'no-cache',
    etag: entry.etag,
    vary: 'accept-encoding',
    'x-content-type-options': 'nosniff',
  });
  if (file.endsWith('.html')) {
    headers.set('content-security-policy', CONTENT_SECURITY_POLICY);
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
