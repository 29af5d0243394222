import { hop, oneHop, viaPaths, type RelationSpec } from '../graph/plan/relation.ts';
import type { EntityKind } from '../model/kinds.ts';

/** A typed relation field of a kind: what it reaches (a kind's type, or any Entity) and how. */
export interface RelationField {
  relation: RelationSpec;
  /** The GraphQL type of what it reaches: a kind's own type, or the Entity interface. */
  target: EntityKind | 'entity';
  description?: string;
  /** At most one entity: the field is an object, not a list (a paragraph's section). */
  one?: boolean;
}

type Fields = Record<string, RelationField>;

const to = (target: EntityKind | 'entity', relation: RelationSpec, description?: string): RelationField => ({
  relation,
  target,
  description,
});
const single = (field: RelationField): RelationField => ({ ...field, one: true });
const topics = to('topic', oneHop(['CONCERNS'], 'OUT', ['topic']), 'Topics it concerns.');

/**
 * The typed relation fields of every kind: the one table from which their GraphQL fields (list and
 * connection), their filters in `<Type>Where`, their counts, orders and groups are all made. Each field
 * carries its entry in `extensions.relation`, where the planner reads it.
 */
export const RELATION_FIELDS = {
  state: {
    networks: to(
      'network',
      oneHop(['MEMBER_OF'], 'OUT', ['network']),
      'Networks the State is a member or focal point of.',
    ),
    regions: to(
      'region',
      oneHop(['LOCATED_IN'], 'OUT', ['region']),
      'Regions of the graph the State lies in: as the report says, or by UN M49 (an EXTERNAL edge).',
    ),
    spokeAt: to('meeting', oneHop(['SPOKE_AT'], 'OUT', ['meeting']), 'Meetings at which the State spoke.'),
  },
  region: {
    networks: to('network', oneHop(['COVERS'], 'IN', ['network']), 'Networks that cover the region.'),
    states: to(
      'state',
      oneHop(['LOCATED_IN'], 'IN', ['state']),
      'States of the graph in the region: as the report says, or by UN M49 (an EXTERNAL edge).',
    ),
  },
  network: {
    regions: to('region', oneHop(['COVERS'], 'OUT', ['region']), 'Regions the network covers.'),
    members: to(
      'entity',
      oneHop(['MEMBER_OF'], 'IN'),
      'States and bodies that are members or focal points of the network.',
    ),
    presenters: to('entity', oneHop(['PRESENTED'], 'IN'), 'Who presented the network to the meeting.'),
    supporters: to(
      'entity',
      oneHop(['SUPPORTS', 'ESTABLISHED'], 'IN'),
      'Who set up or supports the network.',
    ),
    modelledOn: to(
      'network',
      oneHop(['MODELLED_ON'], 'OUT', ['network']),
      'Networks this one is modelled on.',
    ),
    models: to('network', oneHop(['MODELLED_ON'], 'IN', ['network']), 'Networks modelled on this one.'),
  },
  organization: {
    parent: to('entity', oneHop(['PART_OF'], 'OUT'), 'What the body is part of.'),
    parts: to('entity', oneHop(['PART_OF'], 'IN'), 'Its parts.'),
    networks: to(
      'network',
      oneHop(['SUPPORTS', 'ESTABLISHED'], 'OUT', ['network']),
      'Networks the body set up or supports.',
    ),
    requestedBy: to(
      'entity',
      oneHop(['REQUESTED'], 'IN'),
      'Resolutions that asked the body to act (the verbs on the edge: requested, encouraged…).',
    ),
    addressedBy: to(
      'recommendation',
      oneHop(['ADDRESSES'], 'IN', ['recommendation']),
      'Recommendations addressed to the body (the verbs on the edge: recommend, request, invite, urge…).',
    ),
    askingProposedBy: to(
      'recommendation',
      oneHop(['PROPOSES_ASKING'], 'IN', ['recommendation']),
      'Recommendations that propose that their addressee ask the body to act, which asks the body nothing itself (the verbs and the addressee, through, on the edge).',
    ),
  },
  convention: {
    articles: to('article', oneHop(['PART_OF'], 'IN', ['article']), 'Its articles that the reports cite.'),
  },
  article: {
    parent: single(
      to('article', oneHop(['PART_OF'], 'OUT', ['article']), 'The whole article, for a paragraph.'),
    ),
    children: to('article', oneHop(['PART_OF'], 'IN', ['article']), 'Its paragraphs that the reports cite.'),
    recommendations: to(
      'recommendation',
      oneHop(['CITES'], 'IN', ['recommendation']),
      'Recommendations that cite it.',
    ),
    topics,
  },
  resolution: {
    issuedBy: to('organization', oneHop(['ISSUED_BY'], 'OUT', ['organization']), 'The body that adopted it.'),
    recommendations: to(
      'recommendation',
      viaPaths(
        [hop(['LED_TO'], 'OUT', ['recommendation'])],
        [hop(['LED_TO'], 'OUT', ['meeting']), hop(['PRODUCED'], 'OUT', ['recommendation'])],
      ),
      'Recommendations it led to, directly or through the discussion it asked for.',
    ),
    ledTo: to(
      'entity',
      oneHop(['LED_TO'], 'OUT'),
      'What it led to directly (a discussion, a meeting, recommendations).',
    ),
    requested: to('entity', oneHop(['REQUESTED'], 'OUT'), 'The bodies it asked to act.'),
    established: to('entity', oneHop(['ESTABLISHED'], 'OUT'), 'The bodies it established.'),
    articles: to('article', oneHop(['CITES'], 'OUT', ['article']), 'Articles it refers to.'),
  },
  recommendation: {
    paragraph: single(
      to('paragraph', oneHop(['PART_OF'], 'OUT', ['paragraph']), 'The paragraph it is an item of.'),
    ),
    resolutions: to(
      'resolution',
      viaPaths(
        [hop(['LED_TO'], 'IN', ['resolution'])],
        [hop(['PRODUCED'], 'IN', ['meeting']), hop(['LED_TO'], 'IN', ['resolution'])],
      ),
      'Resolutions it came from, directly or through the discussion they asked for.',
    ),
    producedBy: to('entity', oneHop(['PRODUCED'], 'IN'), 'The meeting or discussion that produced it.'),
    articles: to('article', oneHop(['CITES'], 'OUT', ['article']), 'Articles it cites.'),
    cites: to(
      'entity',
      oneHop(['CITES'], 'OUT'),
      'Everything it cites: articles, conventions, treaties, documents.',
    ),
    addressees: to(
      'entity',
      oneHop(['ADDRESSES'], 'OUT'),
      'Whom it addresses (the verbs on the edge: recommend, request, invite, urge, consider).',
    ),
    requested: to(
      'entity',
      oneHop(['REQUESTED'], 'OUT'),
      'Kept for older data: a recommendation asks those it addresses (addressees) and, through them, others (proposesAsking).',
    ),
    proposesAsking: to(
      'entity',
      oneHop(['PROPOSES_ASKING'], 'OUT'),
      'Whom it proposes that its addressee ask to act (38(a): that the Conference consider requesting UNODC); the verbs and the addressee, through, on the edge.',
    ),
    topics,
  },
  document: {
    agendaItems: to(
      'agendaItem',
      oneHop(['SUBMITTED_UNDER'], 'OUT', ['agendaItem']),
      'Agenda items it was submitted under.',
    ),
    meetings: to(
      'meeting',
      oneHop(['CONSIDERED_AT', 'REPORTS_ON'], 'OUT', ['meeting']),
      'Meetings it was before, or reports on.',
    ),
    issuedBy: to('entity', oneHop(['ISSUED_BY'], 'OUT'), 'The body that issued it.'),
  },
  agendaItem: {
    documents: to(
      'document',
      oneHop(['SUBMITTED_UNDER'], 'IN', ['document']),
      'Documents submitted under it.',
    ),
    panellists: to('person', oneHop(['PANELIST_ON'], 'IN', ['person']), 'Panellists who led its discussion.'),
    discussed: to(
      'entity',
      oneHop(['DISCUSSED_UNDER'], 'IN'),
      'What was discussed under it: the networks presented, for one.',
    ),
    topics,
  },
  meeting: {
    speakers: to('entity', oneHop(['SPOKE_AT'], 'IN'), 'States, organizations and networks that spoke.'),
    observers: to('entity', oneHop(['OBSERVER_AT'], 'IN'), 'Those that attended as observers.'),
    agendaItems: to(
      'agendaItem',
      oneHop(['CONSIDERED_AT'], 'IN', ['agendaItem']),
      'The items considered at it.',
    ),
    documents: to(
      'document',
      oneHop(['CONSIDERED_AT', 'REPORTS_ON'], 'IN', ['document']),
      'Documents before it and reports on it.',
    ),
    recommendations: to(
      'recommendation',
      oneHop(['PRODUCED'], 'OUT', ['recommendation']),
      'Recommendations it produced.',
    ),
    body: to('entity', oneHop(['MEETING_OF'], 'OUT'), 'The body that met.'),
    chairs: to('entity', oneHop(['CHAIRED'], 'IN'), 'Who chaired it.'),
  },
  person: {
    affiliations: to(
      'entity',
      oneHop(['AFFILIATED_WITH'], 'OUT'),
      'The States or organizations the person is from.',
    ),
    presented: to('entity', oneHop(['PRESENTED'], 'OUT'), 'What the person presented.'),
    panellistOn: to(
      'agendaItem',
      oneHop(['PANELIST_ON'], 'OUT', ['agendaItem']),
      'Agenda items the person was a panellist on.',
    ),
  },
  topic: {
    concernedBy: to(
      'entity',
      oneHop(['CONCERNS'], 'IN'),
      'Sections, articles, recommendations and others that concern it.',
    ),
  },
  section: {
    parent: to('entity', oneHop(['PART_OF'], 'OUT'), 'The section or report it is part of.'),
    children: to('section', oneHop(['PART_OF'], 'IN', ['section']), 'Its subsections.'),
    paragraphs: to('paragraph', oneHop(['PART_OF'], 'IN', ['paragraph']), 'Its paragraphs.'),
    topics,
  },
  paragraph: {
    section: single(to('section', oneHop(['PART_OF'], 'OUT', ['section']), 'The section it stands in.')),
    mentions: to('entity', oneHop(['MENTIONS'], 'OUT'), 'Entities it mentions.'),
    recommendations: to(
      'recommendation',
      oneHop(['PART_OF'], 'IN', ['recommendation']),
      'Its lettered items that are recommendations.',
    ),
  },
} satisfies Record<EntityKind, Fields>;

/** Fields every entity has, for `EntityWhere` and on every type. */
export const COMMON_RELATION_FIELDS = {
  mentionedIn: to(
    'paragraph',
    oneHop(['MENTIONS'], 'IN', ['paragraph']),
    'The paragraphs of the reports that mention the entity.',
  ),
} satisfies Fields;

export type RelationFields = Fields;
