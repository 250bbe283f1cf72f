// Entities the documents disagree about
// Pairs described as allies or supporters in one sentence and as opponents in another, with both sentences.
MATCH (a:Entity)-[friendly:ALLIED_WITH|SUPPORTS]-(b:Entity)
MATCH (a)-[hostile:OPPOSES]-(b)
WHERE a.id < b.id
RETURN a.name AS one, b.name AS other, type(friendly) AS says, friendly.evidenceDocuments[0] AS document,
  friendly.evidenceTexts[0] AS sentence, hostile.evidenceDocuments[0] AS otherDocument,
  hostile.evidenceTexts[0] AS otherSentence
