// Undo/redo over immutable snapshots: each exploration step (expand, collapse, hide, pin, reset) is one entry.

export class UndoHistory<T> {
  private past: T[] = [];
  private future: T[] = [];

  constructor(
    private present: T,
    /** Oldest steps are forgotten past this many, so a long session does not grow without bound. */
    private readonly limit = 200,
  ) {}

  get current(): T {
    return this.present;
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  /** Records a new step; it clears the redo branch, as in every editor. */
  push(next: T): T {
    if (next === this.present) return next;
    this.past.push(this.present);
    if (this.past.length > this.limit) this.past.shift();
    this.future = [];
    this.present = next;
    return next;
  }

  undo(): T {
    const previous = this.past.pop();
    if (previous === undefined) return this.present;
    this.future.push(this.present);
    this.present = previous;
    return previous;
  }

  redo(): T {
    const next = this.future.pop();
    if (next === undefined) return this.present;
    this.past.push(this.present);
    this.present = next;
    return next;
  }

  /** Replaces the present without making a step (e.g. a state restored from the URL). */
  replace(value: T): void {
    this.present = value;
  }
}
