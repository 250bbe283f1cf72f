// The second read-only check, on the engine's own reading of the query: Grafeo's EXPLAIN plan names every operator
// it would run, so a query whose plan loads a file or writes is refused before it runs, whatever the lexical check
// made of its text.

/** Plan operators that write or read outside the graph, one per plan line (`LoadCsv ('/etc/passwd' AS row)`). */
const REFUSED_LINE =
  /^\s*(LoadCsv|Create|CreateNode|CreateEdge|Merge|MergeRelationship|SetProperty|AddLabel|RemoveLabel|DeleteNode|DeleteEdge)\b/m;
/** The same operators inside a nested plan, which Grafeo prints in Rust's debug form (`LoadCsvOp { … }`). */
const REFUSED_NESTED = /\b(LoadCsv|Create\w*|Merge\w*|SetProperty|AddLabel|RemoveLabel|Delete\w*)Op\b/;

/** The operator that makes a plan unfit for the read-only API (`LoadCsv`, `SetProperty`…), or null. */
export function refusedOperator(plan: string): string | null {
  return (REFUSED_LINE.exec(plan) ?? REFUSED_NESTED.exec(plan))?.[1] ?? null;
}

/** The query as the plan check sends it; EXPLAIN of an EXPLAIN or PROFILE query plans the query inside it. */
export const EXPLAIN_PREFIX = 'EXPLAIN ';
