import path from 'node:path';
import { PROJECT_ROOT } from '../../src/neo4j/local/paths.ts';
import { readReportBundle, type ReportBundle } from '../../src/load/reportBundle.ts';

export const REPORT_SYMBOL = 'CTOC/COP/WG.3/2012/5';
export const REPORT_FILE = path.join(PROJECT_ROOT, 'data/reports/CTOC-COP-WG.3-2012-5.yaml');
export const FIXTURE_REPORTS_DIR = path.join(PROJECT_ROOT, 'tests/fixtures/reports');
export const SECOND_SYMBOL = 'CTOC/COP/WG.3/2031/5';

/** A fresh copy of the real report's bundle (tests may change it). */
export function reportBundle(): ReportBundle {
  return readReportBundle(REPORT_FILE);
}
