import { createRequire } from 'node:module';
import path from 'node:path';
import { PROJECT_ROOT } from '../root.ts';
import { CONTENT_TYPES } from '../web/files.ts';

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

/**
 * Nothing on the page comes from elsewhere (its font included), so the policy can be strict. Cytoscape
 * sets element styles from script (allowed); `data:` and `blob:` images are its exports.
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
  if (!CONTENT_TYPES[path.extname(normal)]) return undefined;
  const file = path.join(PUBLIC_DIR, normal);
  return file.startsWith(PUBLIC_DIR) ? file : undefined;
}
