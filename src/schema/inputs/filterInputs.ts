import type { Comparison, CountComparison } from '../../graph/plan/filter.ts';
import { builder } from '../builder.ts';
import { EnStatusEnum, Lang } from '../enums.ts';

/**
 * The operator inputs of `<Type>Where`, one per value type. Each operator field carries, in
 * `extensions.comparison`, the comparison it stands for, so the where planner reads operators off the
 * schema rather than off a list of its own.
 */
const op = (comparison: Comparison | CountComparison) => ({ extensions: { comparison } });

export const KeyFilter = builder.inputType('KeyFilter', {
  description: 'Conditions on an entity’s key.',
  fields: (t) => ({
    eq: t.string({ ...op('eq') }),
    in: t.stringList({ ...op('in') }),
  }),
});

export const NameFilter = builder.inputType('NameFilter', {
  description:
    'Conditions on an entity’s name: English compared without case or accents, Chinese as written; in both languages unless lang says one.',
  fields: (t) => ({
    eq: t.string({ ...op('eq') }),
    contains: t.string({ ...op('contains') }),
    startsWith: t.string({ ...op('startsWith') }),
    lang: t.field({ type: Lang, description: 'Compare the name in this language only.' }),
  }),
});

export const StringFilter = builder.inputType('StringFilter', {
  fields: (t) => ({
    eq: t.string({ ...op('eq') }),
    in: t.stringList({ ...op('in') }),
    contains: t.string({ ...op('contains') }),
    startsWith: t.string({ ...op('startsWith') }),
  }),
});

export const IntFilter = builder.inputType('IntFilter', {
  fields: (t) => ({
    eq: t.int({ ...op('eq') }),
    in: t.intList({ ...op('in') }),
    lt: t.int({ ...op('lt') }),
    lte: t.int({ ...op('lte') }),
    gt: t.int({ ...op('gt') }),
    gte: t.int({ ...op('gte') }),
  }),
});

export const FloatFilter = builder.inputType('FloatFilter', {
  fields: (t) => ({
    eq: t.float({ ...op('eq') }),
    in: t.floatList({ ...op('in') }),
    lt: t.float({ ...op('lt') }),
    lte: t.float({ ...op('lte') }),
    gt: t.float({ ...op('gt') }),
    gte: t.float({ ...op('gte') }),
  }),
});

export const DateFilter = builder.inputType('DateFilter', {
  description: 'Conditions on an ISO 8601 date (YYYY-MM-DD).',
  fields: (t) => ({
    eq: t.string({ ...op('eq') }),
    in: t.stringList({ ...op('in') }),
    lt: t.string({ ...op('lt') }),
    lte: t.string({ ...op('lte') }),
    gt: t.string({ ...op('gt') }),
    gte: t.string({ ...op('gte') }),
  }),
});

export const BooleanFilter = builder.inputType('BooleanFilter', {
  fields: (t) => ({ eq: t.boolean({ ...op('eq') }) }),
});

export const CountFilter = builder.inputType('CountFilter', {
  description: 'Conditions on how many entities a relation field reaches.',
  fields: (t) => ({
    eq: t.int({ ...op('eq') }),
    lt: t.int({ ...op('lt') }),
    lte: t.int({ ...op('lte') }),
    gt: t.int({ ...op('gt') }),
    gte: t.int({ ...op('gte') }),
  }),
});

export const EnStatusFilter = builder.inputType('EnStatusFilter', {
  fields: (t) => ({
    eq: t.field({ type: EnStatusEnum, ...op('eq') }),
    in: t.field({ type: [EnStatusEnum], ...op('in') }),
  }),
});

/** `{ eq, in }` over the values of an enum property. */
export function enumFilter(name: string, type: Parameters<typeof builder.enumType>[0] | object) {
  return builder.inputType(`${name}Filter`, {
    fields: (t) => ({
      eq: t.field({ type: type as never, ...op('eq') }),
      in: t.field({ type: [type] as never, ...op('in') }),
    }),
  });
}
