// Who speaks for whom, and to whom
// Spokespeople with the organizations they speak for, and the outlets they gave statements to.
MATCH (p:Person)-[s:SPOKESPERSON_FOR]->(o:Entity)
OPTIONAL MATCH (p)-[t:SPOKE_TO]->(outlet:Organization)
RETURN p.name AS person, o.name AS speaksFor, collect(DISTINCT outlet.name) AS spokeTo,
  s.evidenceTexts[0] AS evidence
ORDER BY person
