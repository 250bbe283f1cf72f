// Most mentioned entities
// How often each entity is named, and in how many documents.
MATCH (e:Entity)
RETURN e.name AS entity, e.type AS type, e.mentions AS mentions, size(e.documents) AS documents
ORDER BY mentions DESC, entity
LIMIT 15
