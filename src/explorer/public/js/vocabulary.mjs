// Entity kinds and relation types as the schema declares them, with a colour per kind.
import { gql, VOCABULARY } from './api.mjs';

// Colours by position in the schema's EntityKind enum; chosen to stay apart on white and in print.
const PALETTE = [
  '#2f6db5',
  '#3a9a5b',
  '#d9622b',
  '#7b55b0',
  '#8b5a2b',
  '#c23b3b',
  '#e0a019',
  '#1f9aa8',
  '#6b7785',
  '#b04f8f',
  '#4c4fc4',
  '#7a9a2e',
  '#d1477a',
  '#437c6e',
  '#9a7d52',
  '#505a66',
];

/** "Network (网络)" → { en: "Network", zh: "网络" }. */
function splitDescription(name, description) {
  const match = /^(.*) \((.*)\)$/.exec(description ?? '');
  const fallback = name.toLowerCase().replace(/_/g, ' ');
  return match ? { en: match[1], zh: match[2] } : { en: fallback, zh: fallback };
}

function hashColour(name) {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.codePointAt(0)) >>> 0;
  return PALETTE[hash % PALETTE.length];
}

export class Vocabulary {
  constructor() {
    this.kinds = new Map();
    this.relationTypes = new Map();
    /** False when the vocabulary could not be read: kinds are then learnt from what arrives. */
    this.fromSchema = false;
  }

  /**
   * Asks the schema (introspection); a server that refuses introspection still publishes the two enums
   * at /explore/vocabulary.json.
   */
  async load() {
    try {
      let data;
      try {
        data = await gql(VOCABULARY);
      } catch {
        const response = await fetch('/explore/vocabulary.json');
        if (!response.ok) throw new Error(`vocabulary: ${response.status}`);
        data = await response.json();
      }
      data.kinds.enumValues.forEach(({ name, description }, index) =>
        this.kinds.set(name, {
          name,
          ...splitDescription(name, description),
          colour: PALETTE[index % PALETTE.length],
        }),
      );
      data.relationTypes.enumValues.forEach(({ name, description }) =>
        this.relationTypes.set(name, { name, ...splitDescription(name, description) }),
      );
      this.fromSchema = true;
    } catch (error) {
      console.warn(`coopgraph explorer: no vocabulary (${error.message}); kinds are learnt as they come`);
    }
  }

  kind(name) {
    if (!this.kinds.has(name)) {
      this.kinds.set(name, { name, ...splitDescription(name), colour: hashColour(name) });
    }
    return this.kinds.get(name);
  }

  relationType(name) {
    if (!this.relationTypes.has(name)) this.relationTypes.set(name, { name, ...splitDescription(name) });
    return this.relationTypes.get(name);
  }

  colour(kind) {
    return this.kind(kind).colour;
  }

  /** The name of a kind or relation type in the label language. */
  kindName(kind, lang) {
    return this.kind(kind)[lang];
  }

  relationName(type, lang) {
    return this.relationType(type)[lang];
  }
}
