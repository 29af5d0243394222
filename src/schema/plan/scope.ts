import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.ts';
import type { PlanScope } from './selection.ts';

/** The planner's view of the request a resolver runs in. */
export const scopeOf = (info: GraphQLResolveInfo, ctx: Context): PlanScope => ({
  schema: info.schema,
  fragments: info.fragments,
  variableValues: info.variableValues,
  limits: { maxFirst: ctx.limits.maxFirst, maxWhereDepth: ctx.limits.maxWhereDepth },
});
