import { builder } from '../builder.ts';

export interface PageInfoModel {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

/** The Relay page info of every connection. */
export const PageInfo = builder.objectRef<PageInfoModel>('PageInfo').implement({
  description: 'Where a page stands in its connection (Relay).',
  fields: (t) => ({
    hasNextPage: t.exposeBoolean('hasNextPage'),
    hasPreviousPage: t.exposeBoolean('hasPreviousPage', {
      description: 'True when the page was asked for after a cursor.',
    }),
    startCursor: t.exposeString('startCursor', { nullable: true }),
    endCursor: t.exposeString('endCursor', { nullable: true }),
  }),
});
