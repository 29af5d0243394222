import { DataError } from './dataError.ts';
import { DraftSet } from './drafts.ts';
import type { ReportGraph } from './graphData.ts';
import { addM49Relations } from './m49Relations.ts';
import { findMentions } from './mentions.ts';
import { toGraphNode } from './nodes.ts';
import type { ReportBundle } from './reportBundle.ts';
import { RelationshipSet } from './relationships.ts';
import { reportTexts } from './reportTexts.ts';
import { addCuratedRelations } from './curatedRelations.ts';
import { addStructureEntities } from './structureEntities.ts';
import { addStructureRelations } from './structureRelations.ts';

/**
 * Turns one report (text, curated facts, English rendering) into the nodes and relationships it puts in
 * the graph, checking everything on the way. Pure: nothing is written here.
 */
export function buildReportGraph(bundle: ReportBundle): ReportGraph {
  const { curated } = bundle;
  const symbol = curated.report.symbol;
  const drafts = new DraftSet();
  const texts = reportTexts(bundle.parsed, symbol);
  addStructureEntities(bundle, texts, drafts);

  const declared = new Set<string>();
  curated.entities.forEach((entity, index) => {
    if (declared.has(entity.key)) {
      throw new DataError(bundle.file, `entities[${index}].key`, `${entity.key} is declared twice`);
    }
    declared.add(entity.key);
    drafts.declare({
      key: entity.key,
      names: { zh: entity.names.zh, en: entity.names.en ?? '' },
      enStatus: entity.enStatus,
      aliases: entity.aliases,
      props: { ...entity.props, ...(entity.note ? { note: entity.note } : {}) },
    });
  });
  for (const field of ['meeting', 'defaultConvention'] as const) {
    if (!drafts.has(curated.report[field])) {
      throw new DataError(
        bundle.file,
        `report.${field}`,
        `${curated.report[field]} is not declared in entities`,
      );
    }
  }

  const mentions = findMentions(bundle, drafts, texts);
  const relationships = new RelationshipSet();
  addStructureRelations(bundle, drafts, texts, mentions, relationships);
  addCuratedRelations(bundle, drafts, texts, mentions, relationships);

  const reportDate = bundle.parsed.dates.at(-1)!;
  const nodes = [...drafts.values()].map((draft) => toGraphNode(draft, symbol, reportDate));
  addM49Relations(nodes, relationships);
  const keys = new Set(nodes.map((node) => node.key));
  const built = relationships.values((key) => texts.byKey.get(key));
  for (const relationship of built) {
    for (const end of [relationship.from, relationship.to]) {
      if (!keys.has(end))
        throw new DataError(bundle.file, '', `${relationship.type} points to ${end}, which is not an entity`);
    }
  }
  return { report: symbol, fingerprint: bundle.fingerprint, nodes, relationships: built };
}
