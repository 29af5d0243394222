/**
 * States whose United Nations name changed after the date of a report of the series: the name the UN
 * used before, and the day from which today's UN M49 name holds. A report is named with the names of its
 * own date. For the Netherlands the day is the earliest on which the new name is attested, not the day of
 * the change, which was not found.
 */
const RENAMED: Readonly<Record<string, { earlier: string; since: string; source: string }>> = {
  TUR: {
    earlier: 'Turkey',
    since: '2022-06-01',
    source: 'UN spokesperson: the change to Türkiye took effect on receipt of the request, 1 June 2022',
  },
  NLD: {
    earlier: 'Netherlands',
    since: '2023-07-10',
    source: 'UNTERM short name "Netherlands (Kingdom of the)", in use at the UN by 10 July 2023',
  },
};

/** The UN name of a State on `date` (ISO), when it differs from today's M49 name. */
export function formerUnName(iso3: string, date: string): { name: string; source: string } | undefined {
  const renamed = RENAMED[iso3];
  return renamed && date < renamed.since ? { name: renamed.earlier, source: renamed.source } : undefined;
}
