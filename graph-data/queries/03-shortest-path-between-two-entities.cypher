// Shortest path between two entities
// The fewest hops from one entity to another, over any relation (co-occurrence included), up to 6.
// params: {"from": "person:kapustin", "to": "person:vladimir-putin"}
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = shortestPath((a)-[*..6]-(b))
RETURN p, length(p) AS hops, [n IN nodes(p) | n.name] AS names, [r IN relationships(p) | type(r)] AS relations
