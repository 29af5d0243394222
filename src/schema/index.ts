import { lexicographicSortSchema, printSchema } from 'graphql';
import { builder } from './builder.ts';
import './types/database.ts';

export const schema = builder.toSchema();

/** The SDL kept in `schema/schema.graphql`, sorted so that it changes only when the schema does. */
export function printedSchema(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
