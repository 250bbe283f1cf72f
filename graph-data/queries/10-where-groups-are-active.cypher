// Where groups are active
// Places each organization or person operates or fights in, with the sentence that says so.
MATCH (g:Entity)-[r:ACTIVE_IN]->(place:Location)
RETURN g, r, place, g.name AS actor, place.name AS place_name, r.weight AS sentences, r.evidenceTexts[0] AS evidence
ORDER BY place_name, actor
