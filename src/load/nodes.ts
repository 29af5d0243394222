import { foldEnglish } from '../model/fold.ts';
import { ENTITY_KINDS } from '../model/kinds.ts';
import { makeKey, parseArticleId, parseKey } from '../model/keys.ts';
import type { EntityDraft } from './drafts.ts';
import type { GraphNode, Properties } from './graphData.ts';
import { m49Area, m49Country, m49Lineage } from './m49.ts';
import { hasCjk } from './surfaceForms.ts';
import { formerUnName } from './unNames.ts';

/** Properties that follow from the key or from UN M49, so that the data file never repeats them. */
function derivedProps(draft: EntityDraft): Properties {
  const { id } = parseKey(draft.key)!;
  switch (draft.kind) {
    case 'state': {
      const country = m49Country(id);
      return {
        iso3: id,
        m49: country?.code ?? null,
        // Today's M49 name, beside names.en, which is the name the UN used on the report's date.
        m49Name: country?.name ?? null,
        m49Path: country ? m49Lineage(country.code).map((area) => area.code) : [],
      };
    }
    case 'region': {
      const code = typeof draft.props.m49 === 'string' ? draft.props.m49 : null;
      return code
        ? { m49Name: m49Area(code)?.name ?? null, m49Path: m49Lineage(code).map((area) => area.code) }
        : { m49: null, m49Path: [] };
    }
    case 'article': {
      const parts = parseArticleId(id)!;
      return {
        convention: makeKey('convention', parts.convention),
        article: parts.article,
        paragraph: parts.paragraph,
      };
    }
    case 'resolution': {
      const cut = id.lastIndexOf('-');
      return { body: id.slice(0, cut), symbol: id.slice(cut + 1) };
    }
    case 'agendaItem':
      return { number: id.slice(id.indexOf('#') + 1) };
    case 'document':
      return { symbol: id, symbols: Array.isArray(draft.props.symbols) ? draft.props.symbols : [id] };
    default:
      return {};
  }
}

interface EnglishName {
  en: string;
  status: string;
  /** Set when the name is the UN's name on the report's date and no longer today's: that date, and why. */
  asOf?: { date: string; source: string };
}

/** A State without a declared English name takes the UN's name on the report's date (UN M49, or the name before a change). */
function englishName(draft: EntityDraft, reportDate: string): EnglishName {
  if (draft.kind === 'state' && !draft.names.en) {
    const iso3 = parseKey(draft.key)!.id;
    const country = m49Country(iso3);
    const former = formerUnName(iso3, reportDate);
    if (former)
      return { en: former.name, status: 'official', asOf: { date: reportDate, source: former.source } };
    if (country) return { en: country.name, status: 'official' };
  }
  return { en: draft.names.en, status: draft.enStatus };
}

/** What full-text search reads: names, aliases, acronyms and symbols, split by script. */
function searchText(
  draft: EntityDraft,
  props: Properties,
  en: string,
): { searchEn: string; searchZh: string } {
  // An identity known from outside (externalName) is searchable, though never the entity's name.
  const extra = [
    props.acronym,
    props.externalAcronym,
    props.externalName,
    props.symbol,
    ...(Array.isArray(props.symbols) ? props.symbols : []),
    props.iso3,
  ].filter((value): value is string => typeof value === 'string');
  const forms = [en, ...draft.aliases, ...extra];
  return {
    searchEn: [...new Set(forms.filter((form) => !hasCjk(form)))].join('\n'),
    searchZh: [...new Set([draft.names.zh, ...draft.aliases].filter(hasCjk))].join('\n'),
  };
}

/**
 * The node of a draft. `reportDate` (ISO, the report's last meeting day) chooses the names of States: a
 * report speaks with the names of its own date, today's M49 name becoming an alias.
 */
export function toGraphNode(draft: EntityDraft, reportSymbol: string, reportDate: string): GraphNode {
  const owned = draft.key.startsWith(`${ENTITY_KINDS[draft.kind].prefix}:${reportSymbol}#`);
  const { en, status, asOf } = englishName(draft, reportDate);
  const props: Properties = { ...draft.props, ...derivedProps(draft) };
  const aliases =
    asOf && typeof props.m49Name === 'string'
      ? [...new Set([...draft.aliases, props.m49Name])]
      : draft.aliases;
  if (asOf) Object.assign(props, { nameEnAsOf: asOf.date, nameEnSource: asOf.source });
  return {
    key: draft.key,
    kind: draft.kind,
    label: ENTITY_KINDS[draft.kind].label,
    owned,
    props: {
      ...props,
      key: draft.key,
      kind: draft.kind,
      nameEn: en,
      nameEnFold: foldEnglish(en),
      nameZh: draft.names.zh,
      enStatus: status,
      aliases,
      ...searchText({ ...draft, aliases }, props, en),
      report: owned ? reportSymbol : null,
    },
  };
}
