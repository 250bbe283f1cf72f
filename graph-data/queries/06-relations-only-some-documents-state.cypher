// Relations only some documents state
// A relation one document states while another document names both entities without stating it.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE type(r) <> 'MENTIONED_WITH'
MATCH (d:Document)-[:MENTIONS]->(a), (d)-[:MENTIONS]->(b)
WHERE NOT d.id IN r.evidenceDocuments
RETURN a.name AS source, type(r) AS relation, b.name AS target, r.evidenceDocuments AS statedIn,
  collect(d.id) AS silentIn
ORDER BY relation, source
