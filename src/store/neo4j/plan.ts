// EXPLAIN on Neo4j returns a plan and no rows; the API shows it as one `plan` column, as Grafeo does.
interface PlanNode {
  operatorType: string;
  identifiers: string[];
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

export function planText(plan: PlanNode, depth = 0): string {
  const details = plan.arguments?.Details ? ` ${String(plan.arguments.Details)}` : '';
  const line = `${'  '.repeat(depth)}${plan.operatorType.replace(/@.*$/, '')}${details} (${plan.identifiers.join(', ')})\n`;
  return line + plan.children.map((c) => planText(c, depth + 1)).join('');
}
