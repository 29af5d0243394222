import { EXCLUDED_BY_DEFAULT } from '../../graph/subgraph.ts';
import type { RelationType } from '../../model/relations.ts';
import { builder } from '../builder.ts';
import { RelationTypeEnum } from '../enums.ts';
import { EXCLUDE_PER_NODE, type Limits } from '../limits.ts';

/** What each limit bounds, for its field of `Limits` (one entry per limit, so none goes unexplained). */
const WHAT: Record<keyof Limits, string> = {
  maxFirst: '`first` of `entities` and `search`.',
  maxRelations: '`first` of `relations` and of `Paragraph.facts`.',
  maxDepth: '`depth` of `neighborhood`.',
  maxNodes: `\`limit\` of \`neighborhood\` (nodes); \`exclude\` takes ${EXCLUDE_PER_NODE} times this many keys.`,
  maxPathLength: '`maxLength` of `shortestPath`.',
  maxKeys: 'Seed `keys` of `neighborhood`.',
  maxSearchText: 'Characters of the `text` of `search`.',
  maxWhereDepth: 'Levels of relation conditions nested in a `where`.',
};

interface LimitsModel {
  limits: Limits;
  excludedRelationTypes: readonly RelationType[];
}

const LimitsRef = builder.objectRef<LimitsModel>('Limits').implement({
  description:
    'The limits in force on this server (arguments beyond them are refused, with the range in the error), and what graph queries leave out unless asked.',
  fields: (t) => ({
    ...(Object.fromEntries(
      (Object.keys(WHAT) as (keyof Limits)[]).map((name) => [
        name,
        t.int({ description: WHAT[name], resolve: (model) => model.limits[name] }),
      ]),
    ) as Record<keyof Limits, ReturnType<typeof t.int>>),
    excludedRelationTypes: t.field({
      type: [RelationTypeEnum],
      description: '`neighborhood` and `shortestPath` leave these out unless `relationTypes` names them.',
      resolve: (model) => [...model.excludedRelationTypes],
    }),
  }),
});

builder.queryField('limits', (t) =>
  t.field({
    type: LimitsRef,
    description: 'The limits in force, so that a client can ask within them.',
    resolve: (_root, _args, ctx) => ({ limits: ctx.limits, excludedRelationTypes: EXCLUDED_BY_DEFAULT }),
  }),
);
