import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BUILD_STAMP, CLASSES_DIR, LIB_DIR, MODULE_DIR } from './paths.ts';
import { requireJava, requireMaven } from './toolchain.ts';

function newestSourceMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSourceMtime(full));
    else newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

/** True when the module was built after its pom and sources last changed. */
export function isBuilt(): boolean {
  if (!existsSync(BUILD_STAMP) || !existsSync(CLASSES_DIR) || !existsSync(LIB_DIR)) return false;
  const sources = Math.max(
    statSync(path.join(MODULE_DIR, 'pom.xml')).mtimeMs,
    newestSourceMtime(path.join(MODULE_DIR, 'src')),
  );
  return statSync(BUILD_STAMP).mtimeMs >= sources;
}

/**
 * Builds the local Neo4j module with Maven once (the first run downloads Neo4j from Maven Central); later
 * starts run it straight from the class path.
 */
export async function ensureBuilt(log: (line: string) => void = console.error): Promise<void> {
  requireJava();
  if (isBuilt()) return;
  requireMaven();
  log('coopgraph: building the local Neo4j module with Maven (the first build downloads about 130 MB)…');
  const started = Date.now();
  await new Promise<void>((resolve, reject) => {
    const child = spawn('mvn', ['-B', '-q', '-DskipTests', 'package'], {
      cwd: MODULE_DIR,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    // Maven is quiet with -q; a heartbeat shows the build is alive during the first download.
    const heartbeat = setInterval(
      () => log(`coopgraph: still building (${Math.round((Date.now() - started) / 1000)} s)…`),
      15_000,
    );
    child.on('error', (error) => {
      clearInterval(heartbeat);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(heartbeat);
      if (code === 0) resolve();
      else reject(new Error(`the Maven build of neo4j-local failed (exit ${code}):\n${output}`));
    });
  });
  writeFileSync(BUILD_STAMP, new Date().toISOString());
  log(`coopgraph: local Neo4j module built in ${Math.round((Date.now() - started) / 1000)} s`);
}
