import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import Chromium from '@sparticuz/chromium';
import { PROJECT_ROOT } from '../../src/neo4j/local/paths.ts';

/**
 * The Chromium the browser tests drive: the one the `@sparticuz/chromium` package ships (a headless
 * Chromium, brotli-compressed inside the package, that needs nothing from the system but the C library),
 * unpacked once per package version into node_modules/.cache. `npm install` is all the set-up.
 *
 * It sees no font of the system either: a fontconfig file of its own names only the Latin font the
 * package ships, so the pages look the same on every machine (Chinese comes from the page's own web
 * font), and a machine with no font at all (where Chromium would abort) runs it too.
 */
const PACKAGE_DIR = packageDir(createRequire(import.meta.url).resolve('@sparticuz/chromium'));
const VERSION = (
  JSON.parse(readFileSync(path.join(PACKAGE_DIR, 'package.json'), 'utf8')) as { version: string }
).version;
const CACHE_DIR = path.join(PROJECT_ROOT, 'node_modules', '.cache', 'coopgraph-chromium');
const INSTALL_DIR = path.join(CACHE_DIR, VERSION);
export const PACKAGED_CHROMIUM = path.join(INSTALL_DIR, 'chromium');
const FONTCONFIG_FILE = path.join(INSTALL_DIR, 'fonts.conf');

export interface ChromiumInstall {
  executablePath: string;
  /** The environment to launch it with. */
  env: Record<string, string | undefined>;
}

function install(): ChromiumInstall {
  return { executablePath: PACKAGED_CHROMIUM, env: { ...process.env, FONTCONFIG_FILE } };
}

/** Fontconfig's settings for the packaged Chromium: the package's fonts, and a cache beside them. */
function fontconfig(): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">',
    '<fontconfig>',
    `  <dir>${escape(path.join(INSTALL_DIR, 'fonts', 'fonts'))}</dir>`,
    `  <cachedir>${escape(path.join(INSTALL_DIR, 'fonts-cache'))}</cachedir>`,
    '</fontconfig>',
    '',
  ].join('\n');
}

/** The package's own folder (its `exports` hide package.json from `resolve`). */
function packageDir(entry: string): string {
  for (let dir = path.dirname(entry); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json')) && path.basename(dir) === 'chromium') return dir;
  }
  throw new Error(`no package folder above ${entry}`);
}

/** The packaged Chromium, unpacked first when this version has not been yet (with progress). */
export async function packagedChromium(log: (line: string) => void = console.log): Promise<ChromiumInstall> {
  if (existsSync(FONTCONFIG_FILE)) return install();
  const dir = INSTALL_DIR;
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
  // Written last: its presence says the unpacking finished.
  writeFileSync(path.join(staging, 'fonts.conf'), fontconfig());
  // A folder without it is a copy of an older layout, or one left unfinished: replaced.
  if (!existsSync(FONTCONFIG_FILE)) rmSync(dir, { recursive: true, force: true });
  try {
    renameSync(staging, dir);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    // Another run finished first: its copy is as good.
    if (!existsSync(FONTCONFIG_FILE)) throw error;
  }
  log(`coopgraph: Chromium unpacked in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return install();
}
