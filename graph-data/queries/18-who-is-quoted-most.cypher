// Who is quoted most
// Speakers by the number of claims the documents attribute to them, and in how many documents.
MATCH (e:Entity)-[:SAID]->(c:Claim)<-[:CONTAINS]-(d:Document)
RETURN e.name AS speaker, e.type AS type, count(c) AS claims, count(DISTINCT d) AS documents
ORDER BY claims DESC, speaker
LIMIT 20
