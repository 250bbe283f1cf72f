// Relations by type
// How many relations of each type the graph holds and how many sentences back them.
MATCH ()-[r]->()
RETURN type(r) AS relation, count(*) AS relations, sum(r.weight) AS sentences
ORDER BY relations DESC
