import type { EntityRow } from '../../graph/rows.ts';
import { encodeCursor } from '../plan/page.ts';
import type { PageInfoModel } from './pageInfo.ts';

/** One more row than asked for tells there is a next page. */
export function cut<T>(rows: readonly T[], first: number): { rows: T[]; hasNextPage: boolean } {
  return { rows: rows.slice(0, first), hasNextPage: rows.length > first };
}

export const cursorOf = (signature: string, row: EntityRow) =>
  encodeCursor(signature, [...(row._sort ?? []), row.key]);

export function pageInfo(
  signature: string,
  rows: readonly EntityRow[],
  hasNextPage: boolean,
  after: boolean,
): PageInfoModel {
  return {
    hasNextPage,
    hasPreviousPage: after,
    startCursor: rows[0] ? cursorOf(signature, rows[0]) : null,
    endCursor: rows.at(-1) ? cursorOf(signature, rows.at(-1)!) : null,
  };
}

/** A count the statement was planned to bring; missing, the plan and the selection disagree. */
export function planned<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} was selected but not planned`);
  return value;
}
