// Who leads which group
// Every LEADS relation, with the sentence that states it and the document it is in.
MATCH (p:Person)-[r:LEADS]->(o:Organization)
RETURN p, r, o, p.name AS leader, o.name AS organization, r.evidenceTexts[0] AS evidence,
  r.evidenceDocuments[0] AS document
ORDER BY organization, leader
