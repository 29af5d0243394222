import {
  getNamedType,
  isAbstractType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import type { RelatedArgs } from '../graph/loaders.ts';
import { LOOKAHEAD_DEPTH, mergeNext, type NextRelation } from '../graph/lookahead.ts';
import { ENTITY_KIND_NAMES, kindOfLabel } from '../model/kinds.ts';

/** Resolvers of typed relation fields, with the arguments they give the related loader. */
const TYPED_FIELDS = new WeakMap<object, RelatedArgs>();

/** Marks `resolve` as the resolver of a typed relation field, so that lookahead can fetch it early. */
export function typedField<R extends object>(resolve: R, args: RelatedArgs): R {
  TYPED_FIELDS.set(resolve, args);
  return resolve;
}

function typedArgs(field: GraphQLField<unknown, unknown> | undefined): RelatedArgs | undefined {
  if (!field) return undefined;
  // Pothos keeps the resolver it was given here when a plugin wraps it.
  const original = field.extensions?.pothosOriginalResolve as object | undefined;
  return (original && TYPED_FIELDS.get(original)) ?? (field.resolve && TYPED_FIELDS.get(field.resolve));
}

function applies(condition: string | undefined, type: GraphQLObjectType): boolean {
  return (
    condition === undefined ||
    condition === type.name ||
    type.getInterfaces().some((iface) => iface.name === condition)
  );
}

/** The fields a selection asks of an object of `type`, through inline fragments and fragment spreads. */
function selectedFields(
  selections: readonly SelectionSetNode[],
  type: GraphQLObjectType,
  info: GraphQLResolveInfo,
  out: FieldNode[] = [],
): FieldNode[] {
  for (const set of selections) {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) out.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (applies(selection.typeCondition?.name.value, type)) {
          selectedFields([selection.selectionSet], type, info, out);
        }
      } else {
        const fragment = info.fragments[selection.name.value];
        if (fragment && applies(fragment.typeCondition.name.value, type)) {
          selectedFields([fragment.selectionSet], type, info, out);
        }
      }
    }
  }
  return out;
}

function objectTypes(type: GraphQLNamedType, info: GraphQLResolveInfo): readonly GraphQLObjectType[] {
  if (isAbstractType(type)) return info.schema.getPossibleTypes(type);
  return isObjectType(type) ? [type] : [];
}

/** The selections below `path` (field names through wrapper objects such as a connection). */
function selectionsAt(
  nodes: readonly FieldNode[],
  type: GraphQLNamedType,
  path: readonly string[],
  info: GraphQLResolveInfo,
): { nodes: FieldNode[]; type: GraphQLNamedType } | undefined {
  let current = { nodes: [...nodes], type };
  for (const name of path) {
    if (!isObjectType(current.type)) return undefined;
    const field = current.type.getFields()[name];
    if (!field) return undefined;
    const sets = current.nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
    const below = selectedFields(sets, current.type, info).filter((node) => node.name.value === name);
    current = { nodes: below, type: getNamedType(field.type) };
  }
  return current;
}

/** Every kind has the field: no need to say which. */
function allKinds(relations: NextRelation[]): NextRelation[] {
  return relations.map((relation) => ({
    args: relation.args,
    parentKinds: relation.parentKinds?.length === ENTITY_KIND_NAMES.length ? null : relation.parentKinds,
    next: allKinds(relation.next),
  }));
}

/** The typed relation fields `nodes` select on entities of `type`, and those below them, `depth` levels. */
function typedBelow(
  nodes: readonly FieldNode[],
  type: GraphQLNamedType,
  info: GraphQLResolveInfo,
  depth: number,
): NextRelation[] {
  const found: NextRelation[] = [];
  const sets = nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  for (const object of objectTypes(type, info)) {
    const kind = kindOfLabel(object.name);
    if (!kind) continue;
    for (const node of selectedFields(sets, object, info)) {
      const field = object.getFields()[node.name.value];
      const args = typedArgs(field);
      if (!args) continue;
      const next = depth > 1 ? typedBelow([node], getNamedType(field!.type), info, depth - 1) : [];
      found.push({ args, parentKinds: [kind], next });
    }
  }
  return mergeNext([found]);
}

const cache = new WeakMap<FieldNode, Map<string, NextRelation[]>>();

/**
 * The typed relation fields a request selects on the entities the current field returns (at `path`
 * below it, for a connection's `nodes`), and those selected below them, each with the kinds of entity it
 * is selected on. Directives are not read: a field skipped by @skip is fetched for nothing, never missed.
 * Remembered per field of a parsed document, which Yoga reuses for the same query text.
 */
export function nextRelations(info: GraphQLResolveInfo, path: readonly string[] = []): NextRelation[] {
  // A field merged from several places (a fragment and a direct selection) may meet other company
  // elsewhere in the document: only a field selected once is remembered.
  const only = info.fieldNodes.length === 1 ? info.fieldNodes[0]! : undefined;
  const id = `${info.parentType.name}.${info.fieldName}/${path.join('.')}`;
  const known = only && (cache.get(only) ?? new Map<string, NextRelation[]>());
  if (only && known) cache.set(only, known);
  const hit = known?.get(id);
  if (hit) return hit;
  const at = selectionsAt(info.fieldNodes, getNamedType(info.returnType), path, info);
  const next = at ? allKinds(typedBelow(at.nodes, at.type, info, LOOKAHEAD_DEPTH)) : [];
  known?.set(id, next);
  return next;
}
