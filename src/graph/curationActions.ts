// A correction made in the explorer -> the curation file's new content. Pure: the server reads, applies, writes.
import type { Curation, CurationAction } from '../model/curation.ts';

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
const samePair = ([a, b]: [string, string], [c, d]: [string, string]) =>
  (same(a, c) && same(b, d)) || (same(a, d) && same(b, c));

/** The curation with `action` added; an entry already there is not written twice. */
export function applyCurationAction(curation: Curation, action: CurationAction): Curation {
  switch (action.kind) {
    case 'merge':
      return { ...curation, merge: [...curation.merge, [...new Set(action.entities)]] };
    case 'separate':
      // Undoing a merge also withdraws its confirmation.
      return {
        ...curation,
        separate: curation.separate.some((p) => samePair(p, action.names))
          ? curation.separate
          : [...curation.separate, action.names],
        confirm: curation.confirm.filter((p) => !samePair(p, action.names)),
      };
    case 'rename':
      return { ...curation, rename: { ...curation.rename, [action.entity]: action.label } };
    case 'retype':
      return { ...curation, retype: { ...curation.retype, [action.entity]: action.type } };
    case 'ignore':
      return curation.ignore.some((e) => same(e, action.entity))
        ? curation
        : { ...curation, ignore: [...curation.ignore, action.entity] };
    case 'confirm': {
      const pair: [string, string] = [action.entity, action.alias];
      return curation.confirm.some((p) => samePair(p, pair))
        ? curation
        : { ...curation, confirm: [...curation.confirm, pair] };
    }
  }
}
