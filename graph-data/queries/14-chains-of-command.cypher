// Chains of command
// Units and the larger bodies they belong to or are controlled by, up to three levels.
MATCH p = (unit:Entity)-[:PART_OF|CONTROLS*1..3]->(top:Entity)
RETURN p, [n IN nodes(p) | n.name] AS chain
ORDER BY length(p) DESC
LIMIT 50
