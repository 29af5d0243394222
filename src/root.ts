import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository's folder: the nearest one above this module with a package.json. Found rather than
 * counted, so that the sources (src/) and the compiled build (dist/) read the same Cypher, data and page
 * files from it at run time.
 */
function projectRoot(): string {
  const start = path.dirname(fileURLToPath(import.meta.url));
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (dir === path.dirname(dir)) throw new Error(`no package.json in any folder above ${start}`);
  }
}

export const PROJECT_ROOT = projectRoot();
