// The curation file (graph-data/curation.json): a user's corrections, applied on every extraction run.

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
}

export const EMPTY_CURATION: Curation = { merge: [], separate: [], rename: {}, retype: {}, ignore: [] };
