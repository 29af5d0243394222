import {
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  isObjectType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import type { Origin } from '../../model/provenance.ts';
import type { RelationType } from '../../model/relations.ts';
import { kindOfLabel, type EntityKind } from '../../model/kinds.ts';
import type { FieldPlan, GroupKey, GroupPlan, Projection, ProjectedField } from '../../graph/plan/query.ts';
import type { Direction, RelationSpec } from '../../graph/plan/relation.ts';
import { pageOf, type PageArgs, type PageLimits } from './page.ts';

/** What a relation field carries in `extensions.relation`: what it reaches, and in which form. */
export interface RelationExtension {
  relation: RelationSpec;
  form: 'list' | 'one' | 'connection';
}

/** What the planner needs of the request: the schema, the document's fragments, the variables. */
export interface PlanScope {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variableValues: Record<string, unknown>;
  limits: PageLimits;
}

/** Page size of a relation connection when `first` is not given. */
export const DEFAULT_RELATION_FIRST = 20;

function included(node: FieldNode | { directives?: FieldNode['directives'] }, scope: PlanScope): boolean {
  const skip = getDirectiveValues(GraphQLSkipDirective, node as FieldNode, scope.variableValues);
  if (skip?.if === true) return false;
  const include = getDirectiveValues(GraphQLIncludeDirective, node as FieldNode, scope.variableValues);
  return include?.if !== false;
}

function applies(condition: string | undefined, type: GraphQLObjectType): boolean {
  return (
    condition === undefined ||
    condition === type.name ||
    type.getInterfaces().some((face) => face.name === condition)
  );
}

/** The fields the selection sets ask of an object of `type`, by response name, through fragments. */
export function collectFields(
  type: GraphQLObjectType,
  sets: readonly SelectionSetNode[],
  scope: PlanScope,
  out = new Map<string, FieldNode[]>(),
): Map<string, FieldNode[]> {
  for (const set of sets) {
    for (const selection of set.selections) {
      if (!included(selection, scope)) continue;
      if (selection.kind === Kind.FIELD) {
        const name = selection.alias?.value ?? selection.name.value;
        out.set(name, [...(out.get(name) ?? []), selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (applies(selection.typeCondition?.name.value, type))
          collectFields(type, [selection.selectionSet], scope, out);
      } else {
        const fragment = scope.fragments[selection.name.value];
        if (fragment && applies(fragment.typeCondition.name.value, type)) {
          collectFields(type, [fragment.selectionSet], scope, out);
        }
      }
    }
  }
  return out;
}

const setsOf = (nodes: readonly FieldNode[]) =>
  nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));

function objectTypesOf(type: GraphQLNamedType, schema: GraphQLSchema): readonly GraphQLObjectType[] {
  if (isAbstractType(type)) return schema.getPossibleTypes(type);
  return isObjectType(type) ? [type] : [];
}

/** The selections below a wrapper (a connection), by the field names of the wrapper, aliases aside. */
function below(type: GraphQLObjectType, sets: readonly SelectionSetNode[], field: string, scope: PlanScope) {
  return [...collectFields(type, sets, scope).values()].flat().filter((node) => node.name.value === field);
}

/** What a connection's selection asks of its entities: the nodes, and the node of each edge. */
function connectionNodes(type: GraphQLObjectType, sets: readonly SelectionSetNode[], scope: PlanScope) {
  const nodes = below(type, sets, 'nodes', scope);
  const edges = below(type, sets, 'edges', scope);
  const edgeType = getNamedType(type.getFields().edges!.type) as GraphQLObjectType;
  const edgeNodes = below(edgeType, setsOf(edges), 'node', scope);
  const nodeType = getNamedType(type.getFields().nodes!.type);
  return { all: [...nodes, ...edgeNodes], nodeType, edges };
}

/**
 * The plan of a relation field selected with `nodes` (the field nodes merged under one response
 * name): what it reaches and, below, what is selected there. Null for a field the planner does not
 * bring (a scalar, or a field that reads by other means).
 */
export function fieldPlanOf(
  def: GraphQLField<unknown, unknown>,
  nodes: readonly FieldNode[],
  scope: PlanScope,
): FieldPlan | null {
  const relation = def.extensions.relation as RelationExtension | undefined;
  const args = getArgumentValues(def, nodes[0]!, scope.variableValues);
  if (relation) {
    const target = getNamedType(def.type);
    const sets = setsOf(nodes);
    if (relation.form !== 'connection') {
      return { plan: 'list', relation: relation.relation, projection: projectionOf(target, sets, scope) };
    }
    const connection = target as GraphQLObjectType;
    const { all, nodeType } = connectionNodes(connection, sets, scope);
    return {
      plan: 'connection',
      relation: relation.relation,
      page: pageOf(def, args as PageArgs, scope.limits, DEFAULT_RELATION_FIRST),
      edges: edgeFilterOf(args),
      projection: projectionOf(nodeType, setsOf(all), scope),
      total: below(connection, sets, 'totalCount', scope).length > 0,
    };
  }
  if (def.extensions.relationCount) {
    return {
      plan: 'relationCount',
      hop: {
        types: (args.types as RelationType[] | null) ?? [],
        direction: (args.direction as Direction | null) ?? 'BOTH',
        kinds: (args.kinds as EntityKind[] | null) ?? null,
      },
      edges: edgeFilterOf(args),
    };
  }
  return null;
}

export function edgeFilterOf(args: Record<string, unknown>) {
  return {
    origins: (args.origins as Origin[] | null | undefined) ?? null,
    includeInferred: (args.includeInferred as boolean | null | undefined) ?? true,
  };
}

/**
 * The stored properties a field reads off its row: those it declares (`extensions.reads`), the one a
 * Pothos `expose` field reads, none for a relation field (its answer comes under the row's key). Null
 * when it may read any (a field that reads long texts, or declares nothing).
 */
function readsOf(def: GraphQLField<unknown, unknown>): readonly string[] | null {
  if (def.extensions.relation || def.extensions.relationCount) return [];
  if (def.extensions.texts) return null;
  const reads = def.extensions.reads as readonly string[] | undefined;
  if (reads) return reads;
  const exposed = def.extensions.pothosExposedField;
  return typeof exposed === 'string' ? [exposed] : null;
}

/**
 * What a request selects on the entities of `type` (an entity type or the Entity interface): the
 * properties its fields read, the long texts (`extensions.texts`) and every relation field, per kind,
 * to any depth.
 */
export function projectionOf(
  type: GraphQLNamedType,
  sets: readonly SelectionSetNode[],
  scope: PlanScope,
): Projection {
  let props: Set<string> | null = new Set<string>();
  const texts = new Set<string>();
  const variants = new Map<string, Map<string, { kinds: EntityKind[]; value: FieldPlan }>>();
  const objects = objectTypesOf(type, scope.schema);
  for (const object of objects) {
    const kind = kindOfLabel(object.name);
    if (!kind) continue;
    for (const [name, nodes] of collectFields(object, sets, scope)) {
      const def = object.getFields()[nodes[0]!.name.value];
      if (!def) continue;
      for (const text of (def.extensions.texts as string[] | undefined) ?? []) texts.add(text);
      const reads = readsOf(def);
      if (reads === null) props = null;
      else for (const prop of reads) props?.add(prop);
      const value = fieldPlanOf(def, nodes, scope);
      if (!value) continue;
      const byPlan = variants.get(name) ?? new Map();
      const signature = JSON.stringify(value);
      const seen = byPlan.get(signature) ?? { kinds: [], value };
      seen.kinds.push(kind);
      byPlan.set(signature, seen);
      variants.set(name, byPlan);
    }
  }
  const fields: ProjectedField[] = [];
  for (const [name, byPlan] of variants) {
    for (const { kinds, value } of byPlan.values()) {
      fields.push({ name, kinds: kinds.length === objects.length ? null : kinds, value });
    }
  }
  return { props: props ? [...props] : null, texts: [...texts], fields };
}

/** The root connection's selection: projection of its entities, whether it counts, its groups. */
export function connectionSelection(
  connection: GraphQLObjectType,
  nodes: readonly FieldNode[],
  scope: PlanScope,
): { projection: Projection | null; total: boolean; groups: GroupPlan[] } {
  const sets = setsOf(nodes);
  const { all, nodeType, edges } = connectionNodes(connection, sets, scope);
  const pageInfo = below(connection, sets, 'pageInfo', scope);
  const groupBy = connection.getFields().groupBy!;
  const groups: GroupPlan[] = [];
  for (const [name, fieldNodes] of collectFields(connection, sets, scope)) {
    if (fieldNodes[0]!.name.value !== 'groupBy') continue;
    const args = getArgumentValues(groupBy, fieldNodes[0]!, scope.variableValues);
    groups.push({ name, key: args.by as GroupKey });
  }
  const paged = all.length > 0 || edges.length > 0 || pageInfo.length > 0;
  return {
    projection: paged ? projectionOf(nodeType, setsOf(all), scope) : null,
    total: below(connection, sets, 'totalCount', scope).length > 0,
    groups,
  };
}
