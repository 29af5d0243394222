// Constraints and indexes of the coopgraph graph. Applied at start-up and before every load;
// each statement is idempotent (IF NOT EXISTS).

// Every entity node carries the label Entity beside its kind label, and a unique readable key.
CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (n:Entity) REQUIRE n.key IS UNIQUE;

// A unique key per kind label, so label-scoped lookups use an index too.
CREATE CONSTRAINT state_key IF NOT EXISTS FOR (n:State) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT region_key IF NOT EXISTS FOR (n:Region) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT network_key IF NOT EXISTS FOR (n:Network) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT organization_key IF NOT EXISTS FOR (n:Organization) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT convention_key IF NOT EXISTS FOR (n:Convention) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT article_key IF NOT EXISTS FOR (n:Article) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT resolution_key IF NOT EXISTS FOR (n:Resolution) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT recommendation_key IF NOT EXISTS FOR (n:Recommendation) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT document_key IF NOT EXISTS FOR (n:Document) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT agenda_item_key IF NOT EXISTS FOR (n:AgendaItem) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT meeting_key IF NOT EXISTS FOR (n:Meeting) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT person_key IF NOT EXISTS FOR (n:Person) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT topic_key IF NOT EXISTS FOR (n:Topic) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT section_key IF NOT EXISTS FOR (n:Section) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT paragraph_key IF NOT EXISTS FOR (n:Paragraph) REQUIRE n.key IS UNIQUE;

// Keyset pagination of entities by kind walks this index in key order.
CREATE INDEX entity_kind_key IF NOT EXISTS FOR (n:Entity) ON (n.kind, n.key);

// Name filters (`name: { contains, startsWith, eq }`) compare the folded English name and the Chinese
// name: text indexes serve them (CONTAINS among them) instead of a scan of every entity.
CREATE TEXT INDEX entity_name_en_fold IF NOT EXISTS FOR (n:Entity) ON (n.nameEnFold);
CREATE TEXT INDEX entity_name_zh IF NOT EXISTS FOR (n:Entity) ON (n.nameZh);

// Which report a node or relationship came from: a report is replaced by deleting what it owns.
CREATE INDEX entity_report IF NOT EXISTS FOR (n:Entity) ON (n.report);
CREATE INDEX state_iso3 IF NOT EXISTS FOR (n:State) ON (n.iso3);
CREATE INDEX document_symbol IF NOT EXISTS FOR (n:Document) ON (n.symbol);

// Full-text search over names and aliases: the cjk analyzer splits Chinese into bigrams, the
// standard-folding analyzer handles English words and accents (Sánchez = Sanchez).
CREATE FULLTEXT INDEX entity_search_zh IF NOT EXISTS FOR (n:Entity) ON EACH [n.searchZh]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
CREATE FULLTEXT INDEX entity_search_en IF NOT EXISTS FOR (n:Entity) ON EACH [n.searchEn]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };

// Full-text search over the report's own words (paragraph and recommendation texts, in both languages).
CREATE FULLTEXT INDEX entity_text_zh IF NOT EXISTS FOR (n:Entity) ON EACH [n.textZh]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
CREATE FULLTEXT INDEX entity_text_en IF NOT EXISTS FOR (n:Entity) ON EACH [n.textEn]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'english' } };

// The relationships each paragraph states: every relationship type's `sources` (a list of paragraph
// keys), each key one term, so Paragraph.facts finds a paragraph's relationships without a scan. Full-text
// indexes name their types: the list is RELATION_TYPE_NAMES (src/model/relations.ts), which
// tests/foundation/cypherSchema.test.ts holds it to.
CREATE FULLTEXT INDEX relationship_sources IF NOT EXISTS
FOR ()-[r:PRESENTED|MEMBER_OF|COVERS|LOCATED_IN|ESTABLISHED|SUPPORTS|MODELLED_ON|ISSUED_BY|REQUESTED|LED_TO|PRODUCED|CITES|ADDRESSES|PROPOSES_ASKING|CONCERNS|SUBMITTED_UNDER|DISCUSSED_UNDER|CONSIDERED_AT|REPORTS_ON|MEETING_OF|SPOKE_AT|OBSERVER_AT|CHAIRED|PANELIST_ON|AFFILIATED_WITH|RELATED_TO|PART_OF|MENTIONS]-()
ON EACH [r.sources]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'keyword' } };

// Metadata of each loaded report: its symbol and a fingerprint of the data it was loaded from.
CREATE CONSTRAINT loaded_report_symbol IF NOT EXISTS FOR (r:LoadedReport) REQUIRE r.symbol IS UNIQUE;
