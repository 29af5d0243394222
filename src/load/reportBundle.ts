import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'zod';
import { parseReport } from '../extract/parseReport.ts';
import type { ParsedReport } from '../extract/types.ts';
import { CuratedReportSchema, type CuratedReport } from '../model/curated.ts';
import { ReportTranslationSchema, type ReportTranslation } from '../model/translation.ts';
import { PROJECT_ROOT } from '../neo4j/local/paths.ts';
import { DataError } from './dataError.ts';

/** One report as the loader reads it: its curated facts, its text parsed, its English rendering. */
export interface ReportBundle {
  /** The curated data file, relative to the project root. */
  file: string;
  curated: CuratedReport;
  textFile: string;
  parsed: ParsedReport;
  translation: ReportTranslation | null;
  /** Changes whenever any input of the report (or the loader's graph version) changes. */
  fingerprint: string;
}

/**
 * Bumped when the shape of what the loader writes changes, so `npm start` reloads existing databases
 * (3: quotes and spans on every relationship; an external relationship names its publisher and package
 * apart from its edition).
 */
export const GRAPH_VERSION = 3;

export const DEFAULT_REPORTS_DIR = path.join(PROJECT_ROOT, 'data', 'reports');

function formatPath(segments: readonly PropertyKey[]): string {
  return segments
    .map((segment, i) =>
      typeof segment === 'number' ? `[${segment}]` : `${i === 0 ? '' : '.'}${String(segment)}`,
    )
    .join('');
}

function readYaml<T>(file: string, schema: z.ZodType<T>): T {
  const relative = path.relative(PROJECT_ROOT, file);
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(file, 'utf8'));
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const line = error.linePos?.[0]?.line;
      throw new DataError(
        relative,
        line ? `line ${line}` : '',
        `not valid YAML: ${error.message.split('\n')[0]}`,
      );
    }
    throw error;
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const more =
      result.error.issues.length > 1 ? ` (and ${result.error.issues.length - 1} more problems)` : '';
    throw new DataError(relative, formatPath(issue.path), `${issue.message}${more}`);
  }
  return result.data;
}

/** The curated data files of a folder: every `*.yaml` except the `*.en.yaml` renderings. */
export function listReportFiles(dir: string): string[] {
  if (!existsSync(dir))
    throw new DataError(path.relative(PROJECT_ROOT, dir), '', 'the reports folder does not exist');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml') && !name.endsWith('.en.yaml'))
    .sort()
    .map((name) => path.join(dir, name));
}

export function readReportBundle(file: string): ReportBundle {
  const relative = path.relative(PROJECT_ROOT, file);
  const curated = readYaml(file, CuratedReportSchema);
  const textPath = path.resolve(PROJECT_ROOT, curated.report.text);
  if (!existsSync(textPath))
    throw new DataError(relative, 'report.text', `${curated.report.text} does not exist`);
  const text = readFileSync(textPath, 'utf8');
  const textFile = path.relative(PROJECT_ROOT, textPath);

  let parsed: ParsedReport;
  try {
    parsed = parseReport(text);
  } catch (error) {
    throw new DataError(textFile, '', (error as Error).message);
  }
  if (parsed.symbol !== curated.report.symbol) {
    throw new DataError(
      relative,
      'report.symbol',
      `${curated.report.symbol} does not match the symbol of ${textFile} (${parsed.symbol})`,
    );
  }

  const translationFile = file.replace(/\.yaml$/, '.en.yaml');
  const translation = existsSync(translationFile) ? readYaml(translationFile, ReportTranslationSchema) : null;
  if (translation && translation.report !== curated.report.symbol) {
    throw new DataError(
      path.relative(PROJECT_ROOT, translationFile),
      'report',
      `is not ${curated.report.symbol}`,
    );
  }

  const hash = createHash('sha256').update(`graph-version:${GRAPH_VERSION}\n`);
  hash.update(readFileSync(file)).update(text);
  if (existsSync(translationFile)) hash.update(readFileSync(translationFile));
  return { file: relative, curated, textFile, parsed, translation, fingerprint: hash.digest('hex') };
}
