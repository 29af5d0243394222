import { lexicographicSortSchema, printSchema } from 'graphql';
import { builder } from './builder.ts';
import './entity.ts';
import './types/state.ts';
import './types/region.ts';
import './types/network.ts';
import './types/organization.ts';
import './types/convention.ts';
import './types/article.ts';
import './types/resolution.ts';
import './types/recommendation.ts';
import './types/document.ts';
import './types/agendaItem.ts';
import './types/meeting.ts';
import './types/person.ts';
import './types/topic.ts';
import './types/section.ts';
import './types/paragraph.ts';
import './types/database.ts';
import './relationFields.ts';
import './query/entity.ts';
import './query/connections.ts';
import './query/search.ts';
import './query/graph.ts';

export const schema = builder.toSchema();

/** The SDL kept in `schema/schema.graphql`, sorted so that it changes only when the schema does. */
export function printedSchema(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
