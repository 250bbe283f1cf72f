// Everything said about an entity
// Each stated relation of one entity, one row per evidence sentence, with its document and offsets.
// params: {"id": "organization:russian-volunteer-corps"}
MATCH (e:Entity {id: $id})-[r]-(other:Entity)
WHERE type(r) <> 'MENTIONED_WITH'
UNWIND range(0, size(r.evidenceTexts) - 1) AS i
RETURN type(r) AS relation, CASE WHEN startNode(r) = e THEN 'out' ELSE 'in' END AS direction,
  other.name AS other, r.evidenceDocuments[i] AS document, r.evidenceStarts[i] AS start,
  r.evidenceTexts[i] AS evidence
ORDER BY relation, other, document, start
