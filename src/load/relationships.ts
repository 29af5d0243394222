import type { RelationType } from '../model/relations.ts';
import type { GraphRelationship, Origin, Properties } from './graphData.ts';

/** Collects relationships, merging repeats of the same (type, from, to) and joining their sources. */
export class RelationshipSet {
  private readonly byId = new Map<string, GraphRelationship>();

  add(
    type: RelationType,
    from: string,
    to: string,
    sources: { keys: string[]; refs: string[] },
    origin: Origin,
    props: Properties = {},
  ): void {
    const id = `${type}|${from}|${to}`;
    const existing = this.byId.get(id);
    if (!existing) {
      this.byId.set(id, {
        type,
        from,
        to,
        props: { ...props, sources: [...sources.keys], sourceRefs: [...sources.refs], origin },
      });
      return;
    }
    existing.props.sources = [...new Set([...existing.props.sources, ...sources.keys])];
    existing.props.sourceRefs = [...new Set([...existing.props.sourceRefs, ...sources.refs])];
    // What a person read outranks what code found; their properties join.
    if (origin === 'curated') existing.props.origin = 'curated';
    Object.assign(existing.props, props);
  }

  values(): GraphRelationship[] {
    return [...this.byId.values()];
  }
}
