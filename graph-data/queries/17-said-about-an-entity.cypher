// Said about an entity
// The claims that name one entity, with who made each one (empty when the text does not say).
// params: {"id": "person:vladimir-putin"}
MATCH (c:Claim)-[:ABOUT]->(e:Entity {id: $id})
OPTIONAL MATCH (speaker:Entity)-[:SAID]->(c)
RETURN speaker.name AS speaker, c.kind AS kind, c.text AS claim, c.document AS document, c.start AS start
ORDER BY document, start
