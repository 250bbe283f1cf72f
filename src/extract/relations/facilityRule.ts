// Named facilities and the town they stand in: "the Example hotel in Lorton", "the Vell seaport in Dornik", "a
// Lorton Court of Appeal panel in Dornik".
import { FACILITY_NOUNS, WORKS_NOUNS } from '../gazetteers/phraseWords.ts';
import { SETTLEMENT_NOUNS } from '../gazetteers/relationWords.ts';
import type { SentenceStructure } from '../structure/index.ts';
import { argumentAt, type Argument, type RelationContext } from './context.ts';
import { referents } from './patterns/referents.ts';
import { relate, single, type Found } from './relate.ts';
import type { RelationRule } from './rules.ts';

const FACILITIES = new Set(FACILITY_NOUNS);
const WORKS = new Set(WORKS_NOUNS);
const SETTLEMENTS = new Set(SETTLEMENT_NOUNS);
/** A court's panel or bench sits where the court does: "a Court of Appeals panel in New Orleans". */
const COURT_PARTS = new Set(['panel', 'bench', 'chamber']);
const COURT = /\b(?:Court|Tribunal)\b/;
const POSSESSIVES = new Set(['’s', "'s", '’', "'"]);

/**
 * The place the phrase after `p` names under "in": the possessed place of "in Lorton’s Vell district", the named one
 * of "in the Lorton suburb of Dornik", else the phrase's own.
 */
function placeIn(ctx: RelationContext, st: SentenceStructure, p: number): Argument[] {
  const at = st.phrases[p + 1];
  if (!at || at.first !== st.phrases[p].last + 1 || ctx.tokens[at.preposition ?? -1]?.lower !== 'in') return [];
  let q = p + 1;
  if (POSSESSIVES.has(ctx.tokens[at.last - 1].text)) q = st.phrases[p + 2]?.possessor === p + 1 ? p + 2 : -1;
  const of = st.phrases[q + 1];
  if (
    q > 0 &&
    SETTLEMENTS.has(ctx.tokens[st.phrases[q].head].lower) &&
    of?.attachedTo?.kind === 'phrase' &&
    of.attachedTo.index === q &&
    ctx.tokens[of.preposition ?? -1]?.lower === 'of'
  )
    q += 1;
  return q > 0 ? referents(ctx, st, q).filter((a) => a.resolve(['Location']).length) : [];
}

export const facilityRule: RelationRule = {
  id: 'facility-in-place',
  description:
    'a facility named before its kind, in a town: "the Example hotel in Lorton", "a Court of Appeals panel in Dornik"',
  run(ctx, s) {
    const st = ctx.structure[s];
    const found: Found[] = [];
    st.phrases.forEach((phrase, p) => {
      const kind = ctx.tokens[phrase.head].lower;
      // The facility's own name, right before its kind: not a country's ("the Example embassy" is its country's).
      const named = ctx.argumentAt[phrase.head - 1];
      if (!named || named.first < phrase.first) return;
      const entity = ctx.entities[named.entity];
      if (entity.type === 'Person' || entity.identity.known?.startsWith('country:')) return;
      const fits = FACILITIES.has(kind)
        ? true
        : WORKS.has(kind)
          ? entity.type === 'Location'
          : COURT_PARTS.has(kind) && COURT.test(entity.label);
      if (!fits) return;
      for (const f of relate('LOCATED_IN', single(argumentAt(ctx, named.first)), placeIn(ctx, st, p))) found.push(f);
    });
    return found;
  },
};
