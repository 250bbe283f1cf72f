// What an entity said
// Every claim attributed to one entity, quoted (direct) or reported (indirect), with its verb, the outlet it was said to and the entities it names.
// params: {"id": "person:mark-galeotti"}
MATCH (e:Entity {id: $id})-[:SAID]->(c:Claim)
OPTIONAL MATCH (c)-[:ABOUT]->(t:Entity)
RETURN c.document AS document, c.start AS start, c.kind AS kind, c.cue AS cue, c.medium AS medium,
  c.text AS claim, collect(t.name) AS about
ORDER BY document, start
