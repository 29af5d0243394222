import { z } from 'zod';

/**
 * The schema of a report's English rendering (`data/reports/<file>.en.yaml`). The report's only text is
 * Chinese; this file holds coopgraph's own English rendering of its paragraphs and headings, always marked
 * as unofficial so that a reader never takes it for the UN's English version.
 */
const nonEmpty = z.string().trim().min(1);

export const ReportTranslationSchema = z.strictObject({
  report: z.string().min(1),
  language: z.literal('en'),
  status: z.literal('unofficial'),
  sections: z.record(z.string().regex(/^(\d+(\.[A-Z](\.\d+)?)?|annex)$/), nonEmpty),
  paragraphs: z.record(
    z.string().regex(/^[1-9]\d*$/),
    z.strictObject({
      lead: nonEmpty,
      items: z.record(z.string().regex(/^[a-z]$/), nonEmpty).default({}),
    }),
  ),
});

export type ReportTranslation = z.infer<typeof ReportTranslationSchema>;
