import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_TYPES } from '../web/files.ts';

export { CONTENT_SECURITY_POLICY, serveFile } from '../web/files.ts';

/** The page's own files. */
export const PUBLIC_DIR = fileURLToPath(new URL('./public/', import.meta.url));

/**
 * Cytoscape.js as the npm package ships it: its ES module build has no imports, so the browser loads it
 * as is. The package's `exports` map hides the file from `require.resolve`, so it is found next to the
 * CommonJS entry.
 */
export const CYTOSCAPE_FILE = path.join(
  path.dirname(createRequire(import.meta.url).resolve('cytoscape')),
  'cytoscape.esm.min.mjs',
);

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
