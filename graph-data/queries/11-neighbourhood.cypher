// Two-hop neighbourhood of an entity
// What is linked to an entity by stated relations, and what is linked to those.
// params: {"id": "organization:freedom-of-russia-legion"}
MATCH p = (e:Entity {id: $id})-[*1..2]-(:Entity)
WHERE all(r IN relationships(p) WHERE type(r) <> 'MENTIONED_WITH')
RETURN p
LIMIT 200
