// The argument slots of a relation read off the sentence structure: the subject of a word, the object phrase after
// it, a passive's agent, the object a relative clause leaves out, the place of a "where" clause or of an action.
// The code rules ask these; the pattern rules ask the same structure through their steps.
import { NAMING_WORDS } from '../gazetteers/people.ts';
import { DOER_OBJECT_VERBS } from '../gazetteers/relationWords.ts';
import { PLACE_NOUNS } from '../gazetteers/places.ts';
import { SPEECH_VERBS } from '../gazetteers/words.ts';
import { pushAll } from '../multiMap.ts';
import { clauseAt, prepositionOf, subjectOfVerb, withConjuncts, type SentenceStructure } from '../structure/index.ts';
import { argumentAt, type Argument, type RelationContext } from './context.ts';
import { phraseArguments, referents } from './patterns/referents.ts';

/** Prepositions an object phrase continues through to a name: "control of Laukkai", "positions in Rakhine State". */
export const OF_LINK: ReadonlySet<string> = new Set(['of']);
export const PLACE_LINKS: ReadonlySet<string> = new Set(['in', 'of', 'near', 'around', 'outside', 'across', 'at']);

const SKIPPED = new Set(['“', '"', '‘', '”', '’', '-', '(']);

/** The phrase starting at token `i`, past quotation marks and hyphens; -1 when none does. */
export function phraseFrom(ctx: RelationContext, st: SentenceStructure, i: number): number {
  for (let k = i; k < Math.min(st.last, i + 3); k++) {
    const p = st.phraseAt[k - st.first];
    if (p >= 0) return st.phrases[p].first === k || k > i ? p : -1;
    if (!SKIPPED.has(ctx.tokens[k].text)) return -1;
  }
  return -1;
}

/** Names that are a phrase's topic rather than what it is ("the Sahel programme", "Laukkai town" is Laukkai). */
function namedInside(ctx: RelationContext, st: SentenceStructure, p: number): Argument[] {
  const phrase = st.phrases[p];
  const found: Argument[] = [];
  for (const i of phrase.names) {
    const arg = argumentAt(ctx, i);
    if (!arg) continue;
    const after = ctx.tokens[arg.last];
    const location = ctx.entities[ctx.argumentAt[i]?.entity ?? -1]?.type === 'Location';
    if (location && after && after.text === after.lower && !PLACE_NOUNS.has(after.lower)) continue;
    found.push(arg);
  }
  return found;
}

/**
 * What the phrase `p` after a relation word names, with the phrases coordinated with it: its referents, else those
 * of a phrase it leads to through one of `links` ("seized control of Laukkai"), else a name inside it ("the Putin
 * government"). A possessor gives way to what it possesses ("Sony’s PlayStation unit" is about PlayStation).
 */
export function objectArguments(
  ctx: RelationContext,
  st: SentenceStructure,
  p: number,
  links: ReadonlySet<string> = OF_LINK,
): Argument[] {
  let fallback: Argument[] = [];
  let q = p;
  for (let hops = 0; hops < 3 && q >= 0; hops++) {
    if (st.phrases[q + 1]?.possessor === q) {
      if (!fallback.length) fallback = referents(ctx, st, q);
      q++;
    }
    // A name hyphenated into an adjective ("Lebanon-based conduits") is not the object.
    const args = phraseArguments(ctx, st, q).filter((a) => !ctx.compounds.some((m) => m.first === a.first));
    if (args.length) return args;
    if (!fallback.length) fallback = withConjuncts(st, q).flatMap((r) => namedInside(ctx, st, r));
    const example = examplesAfter(ctx, st, q);
    if (example >= 0) {
      q = example;
      continue;
    }
    // "occupied hospitals and homes in Khartoum": on from the list's last phrase.
    // Only a pair: after a long list a place phrase goes with its last item ("outlets, …, and infrastructure in X").
    const list = st.phrases[q].conjunctOf ?? q;
    if (withConjuncts(st, list).length === 2 && st.phrases[q + 1]?.conjunctOf === list) q++;
    const next = st.phrases[q + 1];
    const under = next?.preposition === null || next === undefined ? null : ctx.tokens[next.preposition].lower;
    const attached = next?.attachedTo?.kind === 'phrase' && next.attachedTo.index === q;
    q = attached && under !== null && links.has(under) ? q + 1 : -1;
  }
  return fallback;
}

/** The phrase after "including", "like" or "such as" that gives examples of the phrase `q`: "businesses including X". */
function examplesAfter(ctx: RelationContext, st: SentenceStructure, q: number): number {
  let at = st.phrases[q].last;
  if (ctx.tokens[at]?.text === ',') at++;
  const word = ctx.tokens[at]?.lower;
  const length =
    word === 'including' || word === 'like' ? 1 : word === 'such' && ctx.tokens[at + 1]?.lower === 'as' ? 2 : 0;
  return length && at + length < st.last ? phraseFrom(ctx, st, at + length) : -1;
}

/**
 * Organizations named inside the object phrase starting at token `i` but not its head: "attacked ISIL strongholds
 * in X", "struck Houthi targets": the side whose things are hit.
 */
export function ownersInside(ctx: RelationContext, st: SentenceStructure, i: number): Argument[] {
  const p = phraseFrom(ctx, st, i);
  if (p < 0) return [];
  const organization = (a: Argument): Argument => ({
    ...a,
    resolve: (types) => a.resolve(types.filter((t) => t === 'Organization')),
  });
  return withConjuncts(st, p)
    .filter((q) => !argumentAt(ctx, st.phrases[q].head))
    .flatMap((q) => namedInside(ctx, st, q).map(organization));
}

/** The objects after a relation word ending before token `i`. */
export function objectsAfter(
  ctx: RelationContext,
  st: SentenceStructure,
  i: number,
  links: ReadonlySet<string> = OF_LINK,
): Argument[] {
  const p = phraseFrom(ctx, st, i);
  return p < 0 ? [] : objectArguments(ctx, st, p, links);
}

/** A passive's agent: the first "by" phrase after verb group `v`, before the next verb ("was banned … by X"). */
export function agentsOf(ctx: RelationContext, st: SentenceStructure, v: number): Argument[] {
  const verb = st.verbs[v];
  const next = st.verbs[v + 1]?.first ?? st.last;
  const by = st.phrases.findIndex(
    (q) => q.first > verb.first && q.first < next && ctx.tokens[q.preposition ?? -1]?.lower === 'by',
  );
  if (by >= 0) return objectArguments(ctx, st, by);
  // "are armed and controlled by X": coordinated participles share the agent.
  return st.verbs[v + 1]?.coordinatedWith === v ? agentsOf(ctx, st, v + 1) : [];
}

/**
 * Who a relation word at token `i` is about: the name its phrase renames ("Ivan Dorn, a member of …"), the
 * subject of its verb group, else of the verb before it in its clause, else the clause's subject.
 */
export function subjectAt(ctx: RelationContext, st: SentenceStructure, i: number): Argument[] {
  const p = st.phraseAt[i - st.first];
  if (p >= 0 && st.phrases[p].appositionOf !== null) return phraseArguments(ctx, st, st.phrases[p].appositionOf!);
  let v = st.verbAt[i - st.first];
  const clause = clauseAt(st, i);
  if (v < 0) v = st.verbs.findLastIndex((verb) => verb.last <= i && verb.clause === clause);
  const doer = v >= 0 ? doerObject(ctx, st, v) : -1;
  if (doer >= 0) return phraseArguments(ctx, st, doer);
  const subject = v >= 0 ? subjectOfVerb(st, v) : st.clauses[clause].subject;
  if (subject === null) return [];
  // "he added, referring to the intelligence branch of …": past a verb of saying, the speaker is not the subject
  // (unless the word is coordinated with it: "said … and told the BBC").
  if (subject === st.clauses[clause].subject && v >= 0) {
    const speech = st.verbs.findIndex(
      (verb, w) =>
        w < v &&
        verb.clause === clause &&
        SPEECH_VERBS.has(ctx.tokens[verb.head].lower) &&
        st.verbs[v].coordinatedWith !== w,
    );
    if (speech >= 0 && st.verbs[v].coordinatedWith === null) return [];
  }
  return phraseArguments(ctx, st, subject);
}

const DOER_OBJECT = new Set(DOER_OBJECT_VERBS);

/**
 * "accused Norway of backing X", "praised Y for helping": the verb after "of" or "for" is done by the named object of
 * the verb before it, not by that verb's subject. The object phrase, or -1.
 */
function doerObject(ctx: RelationContext, st: SentenceStructure, v: number): number {
  const verb = st.verbs[v];
  // The tagger may call "for" a conjunction; the group may go on past the -ing word ("of preparing to attack").
  if (!['of', 'for'].includes(ctx.tokens[verb.first - 1]?.lower) || !ctx.tokens[verb.first].lower.endsWith('ing'))
    return -1;
  const before = st.verbs.findLastIndex((w, k) => k < v && w.clause === verb.clause);
  if (before < 0 || st.verbs[before].voice !== 'active') return -1;
  if (!DOER_OBJECT.has(ctx.tokens[st.verbs[before].head].lower)) return -1;
  const from = st.verbs[before].last;
  return st.phrases.findIndex(
    (q) => q.first >= from && q.last < verb.first && q.preposition === null && q.names.length > 0,
  );
}

/** Relative pronouns whose clause may leave its object out: "the faction, which Ivan Dorn led,". */
const OBJECT_RELATIVES = new Set(['which', 'that', 'whom']);

/**
 * The object a relative clause leaves out, when verb group `v` is in one with a subject of its own: the phrase the
 * clause describes ("the faction, which Ivan Dorn led" -> the faction). Nothing for "who led the faction".
 */
export function gapObject(ctx: RelationContext, st: SentenceStructure, v: number): Argument[] {
  const clause = st.clauses[st.verbs[v].clause];
  if (clause.kind !== 'relative' || clause.antecedent === null || clause.subject === clause.antecedent) return [];
  if (clause.subject === null || !OBJECT_RELATIVES.has(ctx.tokens[clause.first].lower)) return [];
  return phraseArguments(ctx, st, clause.antecedent);
}

/** The place a "where" clause around token `i` is about: "Jenin, where its army has carried out raids". */
export function wherePlace(ctx: RelationContext, st: SentenceStructure, i: number): Argument[] {
  const clause = st.clauses[clauseAt(st, i)];
  if (clause.kind !== 'relative' || clause.antecedent === null || ctx.tokens[clause.first].lower !== 'where') return [];
  // "Tigray and Oromia, where …" is about the last of the list only.
  return referents(ctx, st, clause.antecedent);
}

const isNaming = (ctx: RelationContext, st: SentenceStructure, v: number) =>
  st.verbs[v].last - st.verbs[v].first === 1 && NAMING_WORDS.has(ctx.tokens[st.verbs[v].head].lower);

const ACTION_LINKS = new Set(['of', 'than', 'by', 'with', 'alongside', 'against']);

/** Prepositions that place an action: "launched drones at ships in the Red Sea", "raids across the north". */
const ACTION_PLACE_LINKS = new Set(['in', 'at', 'near', 'inside', 'across', 'around', 'outside', 'throughout', 'into']);

/**
 * The places of the action of verb group `v`: names under a place preposition between the verb and the next verb
 * group, on the verb, its object or another such place, wherever the chunker attached them ("launched drones at
 * least 14 times at ships in the Red Sea"); not a place of something else ("strikes during the war in X").
 */
export function actionPlaces(ctx: RelationContext, st: SentenceStructure, v: number): Argument[] {
  const verb = st.verbs[v];
  // "conducted an operation dubbed Sahara in the X area": a naming participle does not end the action.
  let next = v + 1;
  while (st.verbs[next] && isNaming(ctx, st, next)) next++;
  const end = st.verbs[next]?.first ?? st.last;
  const places: Argument[] = [];
  const onAction = new Set<number>();
  const placed = new Set<number>();
  for (let p = 0; p < st.phrases.length; p++) {
    const phrase = st.phrases[p];
    if (phrase.first < verb.last || phrase.first >= end) continue;
    const under = prepositionOf(st, p);
    const anchor = phrase.conjunctOf ?? p;
    const on = st.phrases[anchor].attachedTo;
    const word = under === null ? null : ctx.tokens[under].lower;
    const onIt = on === null || on.kind === 'verb' || onAction.has(on.index) || st.phrases[on.index].first < verb.last;
    // "in Khartoum and its twin city of Omdurman": a place phrase's "of" names the place.
    const ofPlace = word === 'of' && on?.kind === 'phrase' && placed.has(on.index);
    if ((word !== null && ACTION_PLACE_LINKS.has(word) && onIt) || ofPlace) {
      onAction.add(p);
      placed.add(p);
      pushAll(places, referents(ctx, st, p));
      // "in several provinces, including X and Y".
      const example = examplesAfter(ctx, st, p);
      if (example >= 0) pushAll(places, phraseArguments(ctx, st, example));
      continue;
    }
    // "seized positions in X, a large plain in Y": what renames a place says where the place is, not the action.
    if (phrase.appositionOf !== null && placed.has(phrase.appositionOf)) continue;
    // "more than 60 targets in X", "control of towns in X", "carried out by X across Y", "fought alongside X in
    // Y": the action goes on through a quantity, an "of", its agent, partner or opponent.
    if (word === null || (ACTION_LINKS.has(word) && onIt)) onAction.add(p);
  }
  return places;
}
