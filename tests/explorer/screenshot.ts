import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/neo4j/local/paths.ts';
import { pixelDifference } from './png.ts';

/**
 * Keeps a screenshot of docs/: rewritten only when the picture changed, since Chromium's text rendering
 * varies by a few pixels from run to run and test runs should leave the tree clean.
 */
export function keepScreenshot(name: string, shot: Buffer): void {
  const file = path.join(PROJECT_ROOT, 'docs', name);
  let previous: Buffer | undefined;
  try {
    previous = readFileSync(file);
  } catch {
    previous = undefined;
  }
  if (!previous || pixelDifference(previous, shot) > 0.005) writeFileSync(file, shot);
}
