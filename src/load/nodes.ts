import { foldEnglish } from '../model/fold.ts';
import { ENTITY_KINDS } from '../model/kinds.ts';
import { makeKey, parseArticleId, parseKey } from '../model/keys.ts';
import type { EntityDraft } from './drafts.ts';
import type { GraphNode, Properties } from './graphData.ts';
import { m49Area, m49Country, m49Lineage } from './m49.ts';
import { hasCjk } from './surfaceForms.ts';

/** Properties that follow from the key or from UN M49, so that the data file never repeats them. */
function derivedProps(draft: EntityDraft): Properties {
  const { id } = parseKey(draft.key)!;
  switch (draft.kind) {
    case 'state': {
      const country = m49Country(id);
      return {
        iso3: id,
        m49: country?.code ?? null,
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

function englishName(draft: EntityDraft): { en: string; status: string } {
  if (draft.kind === 'state' && !draft.names.en) {
    const country = m49Country(parseKey(draft.key)!.id);
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
  const extra = [
    props.acronym,
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

export function toGraphNode(draft: EntityDraft, reportSymbol: string): GraphNode {
  const owned = draft.key.startsWith(`${ENTITY_KINDS[draft.kind].prefix}:${reportSymbol}#`);
  const { en, status } = englishName(draft);
  const props: Properties = { ...draft.props, ...derivedProps(draft) };
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
      aliases: draft.aliases,
      ...searchText(draft, props, en),
      report: owned ? reportSymbol : null,
    },
  };
}
