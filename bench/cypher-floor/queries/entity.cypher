// An entity by key, with its names.
MATCH (n:Entity {key: $key})
RETURN n { .key, .kind, names: { en: n.nameEn, zh: n.nameZh } } AS entity
