// Named together, never related
// Pairs that share sentences but have no stated relation: leads for a closer reading.
MATCH (a:Entity)-[m:MENTIONED_WITH]-(b:Entity)
WHERE a.id < b.id AND NOT EXISTS { MATCH (a)-[r]-(b) WHERE type(r) <> 'MENTIONED_WITH' }
RETURN a.name AS one, b.name AS other, m.weight AS sentences, m.evidenceTexts[0] AS example
ORDER BY sentences DESC, one, other
LIMIT 20
