// The explorer's state in one observable value: panels and the renderer subscribe and redraw from it.
import type { ResultSelection } from './cypherResult.ts';
import type { CurationState } from './curationClient.ts';
import type { Filters } from './filters.ts';
import type { Scene } from './scene.ts';
import type { EntityPath } from './shortestPath.ts';
import type { ColourMode } from './nodeStyle.ts';

export type Selection =
  | { kind: 'none' }
  | { kind: 'node'; key: string }
  | { kind: 'edge'; key: string }
  /** Two or more entities (shift-click, box select, the data table); one is a 'node' selection. */
  | { kind: 'nodes'; keys: ReadonlySet<string> };

export interface PathState {
  from: string;
  to: string;
  /** null: the two are not connected through what the filters let through. */
  result: EntityPath | null;
}

export interface ReaderState {
  document: string;
  /** A sentence to scroll to and mark (evidence offsets). */
  focus: { start: number; end: number } | null;
}

export interface ExplorerState {
  selection: Selection;
  hovered: string | null;
  filters: Filters;
  size: string;
  colour: ColourMode;
  /** How densely sigma labels nodes (its labelDensity setting). */
  labelDensity: number;
  scene: Scene;
  path: PathState | null;
  /** Entities and relations of the last query result, highlighted on the canvas. */
  result: ResultSelection | null;
  reader: ReaderState | null;
  query: string;
  /** The console's parameters as the user wrote them: a JSON map, or empty. */
  params: string;
  /** Whether the console drawer is open. */
  console: boolean;
  /**
   * Counts changes of the canvas graph. It is synced after the scene or filters are stored, so what reads the
   * canvas (counts, communities) listens to this, not to them.
   */
  canvasVersion: number;
  /** The last correction's rebuild, when the server offers curation. */
  curation: CurationState | null;
}

export type Listener<T> = (state: T, previous: T) => void;

export class Store<T extends object> {
  private listeners = new Set<Listener<T>>();

  constructor(private state: T) {}

  get(): T {
    return this.state;
  }

  /** Shallow merge; listeners compare fields by reference to see what changed. */
  set(patch: Partial<T>): void {
    const previous = this.state;
    const next = { ...previous, ...patch };
    if (Object.keys(patch).every((key) => previous[key as keyof T] === next[key as keyof T])) return;
    this.state = next;
    for (const listener of [...this.listeners]) listener(next, previous);
  }

  subscribe(listener: Listener<T>): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/** Runs `effect` when any of the named fields changed. */
export function onChange<T extends object>(
  store: Store<T>,
  fields: readonly (keyof T)[],
  effect: (state: T, previous: T) => void,
): () => void {
  return store.subscribe((state, previous) => {
    if (fields.some((field) => state[field] !== previous[field])) effect(state, previous);
  });
}
