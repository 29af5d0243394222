import { createHash } from 'node:crypto';
import { GraphQLError, getNamedType, type GraphQLField, type GraphQLInputObjectType } from 'graphql';
import type { Cursor, Order, Page } from '../../graph/plan/query.ts';
import type { OrderInput } from '../inputs/order.ts';
import { checkRange } from '../limits.ts';
import { filterOf } from './where.ts';

/** What a connection field takes: `where`, `orderBy`, `first`, `after`. */
export interface PageArgs {
  where?: Record<string, unknown> | null;
  orderBy?: OrderInput[] | null;
  first?: number | null;
  after?: string | null;
}

export function ordersOf(inputs: readonly OrderInput[] | null | undefined): Order[] {
  return (inputs ?? []).flatMap(({ field, direction, lang }): Order[] => {
    const dir = direction ?? 'ASC';
    switch (field.by) {
      case 'key':
        // The key ends every order; asked for alone, only its direction matters.
        return dir === 'ASC' ? [] : [{ key: { by: 'property', property: 'key' }, direction: dir }];
      case 'name':
        return [
          { key: { by: 'property', property: lang === 'zh' ? 'nameZh' : 'nameEnFold' }, direction: dir },
        ];
      default:
        return [{ key: field, direction: dir }];
    }
  });
}

/** Names the order a cursor was made under, so that a cursor of another order is refused. */
export const orderSignature = (orders: readonly Order[]) =>
  createHash('sha256').update(JSON.stringify(orders)).digest('base64url').slice(0, 10);

export function encodeCursor(signature: string, values: readonly unknown[]): string {
  return Buffer.from(JSON.stringify([signature, ...values]), 'utf8').toString('base64url');
}

const badCursor = (reason: string) =>
  new GraphQLError(`after is not a cursor of this connection: ${reason}`, {
    extensions: { code: 'BAD_USER_INPUT', argument: 'after' },
  });

export function decodeCursor(cursor: string, orders: readonly Order[]): Cursor {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badCursor('it does not decode');
  }
  if (!Array.isArray(decoded) || typeof decoded.at(-1) !== 'string') throw badCursor('it does not decode');
  if (decoded[0] !== orderSignature(orders)) throw badCursor('it was made under another orderBy');
  if (decoded.length !== orders.length + 2) throw badCursor('it does not decode');
  return decoded.slice(1);
}

export interface PageLimits {
  maxFirst: number;
  maxWhereDepth: number;
}

/** A connection's arguments as a Page; `field` gives the `where` input type. */
export function pageOf(
  field: GraphQLField<unknown, unknown>,
  args: PageArgs,
  limits: PageLimits,
  defaultFirst: number,
): Page {
  const whereArg = field.args.find((arg) => arg.name === 'where');
  const orderBy = ordersOf(args.orderBy);
  return {
    where: whereArg
      ? filterOf(args.where, getNamedType(whereArg.type) as GraphQLInputObjectType, limits.maxWhereDepth)
      : null,
    orderBy,
    first: checkRange('first', args.first ?? defaultFirst, 1, limits.maxFirst),
    after: args.after ? decodeCursor(args.after, orderBy) : null,
  };
}
