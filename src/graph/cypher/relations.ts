import Cypher from '@neo4j/cypher-builder';
import type { EntityKind } from '../../model/kinds.ts';
import type { Direction, RelationRow } from '../rows.ts';
import {
  relationMatcher,
  relationParams,
  relationShape,
  type RelationFilter,
  type RelationShape,
} from './relationFilter.ts';
import { int, param, statementText, type Statement } from './statement.ts';

export interface RelationsArgs {
  relations: RelationFilter;
  direction: Direction;
  /** Kinds of the entity at the other end (null: any). */
  kinds: readonly EntityKind[] | null;
  first: number;
}

export interface RelationsRow extends Record<string, unknown> {
  key: string;
  relations: RelationRow[];
}

const DIRECTIONS = { OUT: 'right', IN: 'left', BOTH: 'undirected' } as const;

/**
 * For each key: its relationships (type, direction, the entity at the other end, the paragraphs that
 * state it), filtered, in a stable order (type, outgoing first, other key) and capped per key.
 */
export function relationsStatement(args: RelationsArgs, keys: readonly string[]): Statement {
  return {
    cypher: relationsText({
      relations: relationShape(args.relations),
      direction: args.direction,
      kinds: args.kinds !== null,
    }),
    params: { keys, kinds: args.kinds, first: int(args.first), ...relationParams(args.relations) },
  };
}

interface RelationsShape {
  relations: RelationShape;
  direction: Direction;
  kinds: boolean;
}

const relationsText = statementText((shape: RelationsShape) => {
  const key = new Cypher.Variable();
  const n = new Cypher.Node();
  const r = new Cypher.Relationship();
  const m = new Cypher.Node();
  const outgoing = new Cypher.Variable();
  const relations = new Cypher.Variable();
  const match = new Cypher.Match(
    new Cypher.Pattern(n)
      .related(r, { direction: DIRECTIONS[shape.direction] })
      .to(m, { labels: ['Entity'] }),
  );
  const keep = Cypher.and(
    relationMatcher(shape.relations)(r),
    shape.kinds ? Cypher.in(m.property('kind'), param('kinds')) : undefined,
  );
  if (keep) match.where(keep);
  const perKey = match
    .with(r, m, [Cypher.eq(Cypher.startNode(r), n), outgoing])
    .orderBy([Cypher.type(r), 'ASC'], [outgoing, 'DESC'], [m.property('key'), 'ASC'])
    .limit(param('first'))
    .return([
      Cypher.collect(
        new Cypher.Map({
          type: Cypher.type(r),
          outgoing,
          other: Cypher.properties(m),
          sources: r.property('sources'),
          quote: r.property('quote'),
          props: Cypher.properties(r),
        } satisfies Record<keyof RelationRow, Cypher.Expr>),
      ),
      relations,
    ]);
  return new Cypher.Unwind([param('keys'), key])
    .match(new Cypher.Pattern(n, { labels: ['Entity'], properties: { key } }))
    .call(perKey, [n])
    .return([key, 'key'], [relations, 'relations']);
});
