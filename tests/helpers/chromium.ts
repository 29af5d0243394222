import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import Chromium from '@sparticuz/chromium';
import { PROJECT_ROOT } from '../../src/neo4j/local/paths.ts';

/**
 * The Chromium the browser tests drive: the one the `@sparticuz/chromium` package ships (a headless
 * Chromium, brotli-compressed inside the package, that needs nothing from the system but the C library),
 * unpacked once per package version into node_modules/.cache. `npm install` is all the set-up.
 */
const PACKAGE_DIR = packageDir(createRequire(import.meta.url).resolve('@sparticuz/chromium'));
const VERSION = (
  JSON.parse(readFileSync(path.join(PACKAGE_DIR, 'package.json'), 'utf8')) as { version: string }
).version;
const CACHE_DIR = path.join(PROJECT_ROOT, 'node_modules', '.cache', 'coopgraph-chromium');
export const PACKAGED_CHROMIUM = path.join(CACHE_DIR, VERSION, 'chromium');

/** The package's own folder (its `exports` hide package.json from `resolve`). */
function packageDir(entry: string): string {
  for (let dir = path.dirname(entry); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json')) && path.basename(dir) === 'chromium') return dir;
  }
  throw new Error(`no package folder above ${entry}`);
}

/** The packaged Chromium's binary, unpacked first when this version has not been yet (with progress). */
export async function packagedChromium(log: (line: string) => void = console.log): Promise<string> {
  if (existsSync(PACKAGED_CHROMIUM)) return PACKAGED_CHROMIUM;
  const dir = path.dirname(PACKAGED_CHROMIUM);
  mkdirSync(CACHE_DIR, { recursive: true });
  // Unpacked beside the final place and renamed into it at the end, so that an interrupted run leaves
  // no half-written browser behind and two runs at once do not mix their files.
  const staging = mkdtempSync(path.join(CACHE_DIR, `${VERSION}.partial-`));
  const compressed = statSync(path.join(PACKAGE_DIR, 'bin', 'chromium.br')).size;
  log(
    `coopgraph: unpacking Chromium ${VERSION} from @sparticuz/chromium ` +
      `(${(compressed / 1e6).toFixed(0)} MB compressed) into ${path.relative(PROJECT_ROOT, dir)}…`,
  );
  const started = performance.now();
  // The package unpacks into the temporary directory of the moment (meant for a serverless /tmp).
  const tmpdir = process.env.TMPDIR;
  process.env.TMPDIR = staging;
  let unpacked: string;
  try {
    unpacked = await Chromium.executablePath();
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  } finally {
    if (tmpdir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = tmpdir;
  }
  if (unpacked !== path.join(staging, 'chromium')) {
    rmSync(staging, { recursive: true, force: true });
    throw new Error(`@sparticuz/chromium unpacked its browser to ${unpacked}, not into ${staging}`);
  }
  try {
    renameSync(staging, dir);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    // Another run finished first: its copy is as good.
    if (!existsSync(PACKAGED_CHROMIUM)) throw error;
  }
  log(`coopgraph: Chromium unpacked in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return PACKAGED_CHROMIUM;
}
