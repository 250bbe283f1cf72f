// Most connected entities
// Entities with the most stated relations (co-occurrence left out), and how many kinds of relation they have.
MATCH (e:Entity)-[r]-(:Entity)
WHERE type(r) <> 'MENTIONED_WITH'
RETURN e.name AS entity, e.type AS type, count(r) AS relations, collect(DISTINCT type(r)) AS kinds
ORDER BY relations DESC, entity
LIMIT 10
