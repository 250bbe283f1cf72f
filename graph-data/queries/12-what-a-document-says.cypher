// What a document says
// The entities a document names, most named first, and the relations it states.
// params: {"document": "000_d630ea40083de3a6.txt"}
MATCH (d:Document {id: $document})-[m:MENTIONS]->(e:Entity)
OPTIONAL MATCH (e)-[r]->(other:Entity)
WHERE type(r) <> 'MENTIONED_WITH' AND $document IN r.evidenceDocuments
RETURN e.name AS entity, e.type AS type, m.count AS mentions,
  collect(DISTINCT type(r) + ' ' + other.name) AS states
ORDER BY mentions DESC, entity
