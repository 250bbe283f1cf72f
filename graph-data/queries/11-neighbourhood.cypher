// Two-hop neighbourhood of an entity
// What is linked to an entity by stated relations, and what is linked to those: each relation once, with its entities.
// params: {"id": "organization:freedom-of-russia-legion"}
MATCH p = (e:Entity {id: $id})-[*1..2]-(:Entity)
WHERE all(r IN relationships(p) WHERE type(r) <> 'MENTIONED_WITH')
WITH p LIMIT 200
UNWIND relationships(p) AS r
RETURN collect(DISTINCT r) AS relations
