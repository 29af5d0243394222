import { builder } from '../builder.ts';
import { EntityRef } from '../refs.ts';
import { scopeOf } from '../plan/scope.ts';
import { projectionOf } from '../plan/selection.ts';
import { getNamedType } from 'graphql';

builder.queryField('entity', (t) =>
  t.field({
    type: EntityRef,
    nullable: true,
    description: 'The entity with this key (e.g. `network:ejn`, `state:CHN`), or null when there is none.',
    args: { key: t.arg.string({ required: true }) },
    resolve: (_root, { key }, ctx, info) => {
      // The entity and every relation field selected below it come in one statement.
      const sets = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
      const projection = projectionOf(getNamedType(info.returnType), sets, scopeOf(info, ctx));
      return ctx.loaders.entitiesWith(projection).load(key);
    },
  }),
);
