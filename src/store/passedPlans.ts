// The statements whose plan passed the read-only check, so that a statement asked again is not planned again. A
// plan's operators and query type follow from the statement's text alone (parameters are values: they cannot add a
// clause), so the check's answer holds for every later run of the same text.

/** Remembered statements, at most; the one asked least recently is forgotten first. */
const REMEMBERED = 500;

export class PassedPlans {
  private statements = new Set<string>();

  /** True when `statement` passed before (it becomes the most recently asked). */
  has(statement: string): boolean {
    if (!this.statements.delete(statement)) return false;
    this.statements.add(statement);
    return true;
  }

  add(statement: string): void {
    this.statements.add(statement);
    if (this.statements.size > REMEMBERED) this.statements.delete(this.statements.values().next().value!);
  }

  /** A new database: its plans are checked afresh. */
  clear(): void {
    this.statements.clear();
  }
}
