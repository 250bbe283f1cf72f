// The curation file (graph-data/curation.json): a user's corrections, applied on every extraction run.
import type { EntityType } from './vocabulary.ts';

/** Entities are named by node key ("person:andriy-yosov") or by any of their names, case-insensitively. */
export interface Curation {
  /** Each list becomes one entity. */
  merge: string[][];
  /** Pairs never merged on likeness alone (spelling variants, short forms). */
  separate: [string, string][];
  /** Entity -> new label. */
  rename: Record<string, string>;
  /** Entity -> Person | Organization | Location. */
  retype: Record<string, string>;
  /** Names never extracted. */
  ignore: string[];
  /** Merges made on likeness that a person checked and kept, as [entity, alias]: no longer "to review". */
  confirm: [string, string][];
}

export const EMPTY_CURATION: Curation = { merge: [], separate: [], rename: {}, retype: {}, ignore: [], confirm: [] };

/** One correction made in the explorer; entities are named by label, which survives a retype (keys do not). */
export type CurationAction =
  | { kind: 'merge'; entities: string[] }
  | { kind: 'separate'; names: [string, string] }
  | { kind: 'rename'; entity: string; label: string }
  | { kind: 'retype'; entity: string; type: EntityType }
  | { kind: 'ignore'; entity: string }
  | { kind: 'confirm'; entity: string; alias: string };
