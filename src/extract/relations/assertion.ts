// Whether a verb group states that its action happened or holds: "did not join", "may lead", "refused to head" and
// "urged voters to join" state no relation of their subject.
import { HEDGING_MODALS, INTENT_VERBS, NEEDING_VERBS, UNASSERTING_VERBS } from '../gazetteers/relationWords.ts';
import { clauseAt, type SentenceStructure } from '../structure/index.ts';
import type { RelationContext } from './context.ts';

/**
 * The verb group `v` is negated, hedged, or its action is wanted, refused, denied or urged rather than done. With
 * `stance`, intent counts as stated: wanting to overthrow someone is opposing them.
 */
export function isAsserted(ctx: RelationContext, st: SentenceStructure, v: number, stance = false): boolean {
  const verb = st.verbs[v];
  if (verb.negated) return false;
  const unasserting = (word: string) => UNASSERTING_VERBS.has(word) && !(stance && INTENT_VERBS.has(word));
  // Any word before the group's last: "refused to lead", "denied being" (whose head the tagger leaves on "denied").
  for (let k = verb.first; k < verb.last - 1; k++) {
    const word = ctx.tokens[k].lower;
    if (HEDGING_MODALS.has(word) || unasserting(word)) return false;
  }
  if (!verb.infinitive) return true;
  // "urged voters to join": the verb group before the infinitive, in its clause, governs it.
  const before = st.verbs.findLastIndex((w, k) => k < v && w.clause === verb.clause);
  return (
    before < 0 || (unasserting(ctx.tokens[st.verbs[before].head].lower) ? false : isAsserted(ctx, st, before, stance))
  );
}

/**
 * Whether the relation word at token `i` is stated: by its own verb group, or, for a noun outside an apposition,
 * by the verb before it in its clause ("is not a member of", "denied being a member of").
 */
export function isAssertedAt(ctx: RelationContext, st: SentenceStructure, i: number, stance = false): boolean {
  let v = st.verbAt[i - st.first];
  if (v < 0) {
    const p = st.phraseAt[i - st.first];
    if (p >= 0 && st.phrases[p].appositionOf !== null) return true;
    const clause = clauseAt(st, i);
    v = st.verbs.findLastIndex((verb) => verb.last <= i && verb.clause === clause);
  }
  return v < 0 || isAsserted(ctx, st, v, stance);
}

/**
 * Whether phrase `p` is stated by the verb before it in its clause: not "requires strong cooperation between A and
 * B", "called for a partnership with B", nor after a negated or hedged verb.
 */
export function isAssertedPhrase(ctx: RelationContext, st: SentenceStructure, p: number): boolean {
  const phrase = st.phrases[p];
  const v = st.verbs.findLastIndex((verb) => verb.last <= phrase.first && verb.clause === phrase.clause);
  if (v < 0) return true;
  const head = ctx.tokens[st.verbs[v].head].lower;
  return !NEEDING_VERBS.has(head) && !UNASSERTING_VERBS.has(head) && isAsserted(ctx, st, v);
}
