// Shortest path over stated relations
// As the shortest path, but only through relations a sentence states (no co-occurrence).
// params: {"from": "person:kapustin", "to": "organization:armed-forces-of-ukraine"}
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = shortestPath((a)-[:LEADS|SPOKESPERSON_FOR|MEMBER_OF|WORKS_FOR|PART_OF|ALLIED_WITH|OPPOSES|SUPPORTS|CONTROLS|BANNED|ACTIVE_IN|SPOKE_TO|LOCATED_IN*..6]-(b))
RETURN p, length(p) AS hops, [n IN nodes(p) | n.name] AS names
