// What the parts of a pattern match stand for: the entities a phrase names or describes, and who owns an event.
import { PLACE_NOUNS } from '../../gazetteers/places.ts';
import { COUNT_NOUNS, SETTLEMENT_PLURALS } from '../../gazetteers/phraseWords.ts';
import {
  GOVERNMENT_NOUNS,
  MEMBER_NOUNS,
  ORGANIZATION_KIND_NOUNS,
  QUANTITY_NOUNS,
  SETTLEMENT_NOUNS,
} from '../../gazetteers/relationWords.ts';
import { SPEECH_VERBS } from '../../gazetteers/words.ts';
import { countryOf } from '../../lexicon.ts';
import { subjectOfVerb, withConjuncts, type NounPhrase, type SentenceStructure } from '../../structure/index.ts';
import type { LocalEntity } from '../../../model/extraction.ts';
import { argumentAt, type Argument, type RelationContext } from '../context.ts';

/** The argument a token names: a name, a resolved reference, or a name used as a modifier ("Kremlin-backed"). */
export function nameArgument(ctx: RelationContext, i: number): Argument | null {
  const arg = argumentAt(ctx, i);
  if (arg) return arg;
  const compound = ctx.compounds.find((m) => m.first <= i && i < m.last);
  if (!compound) return null;
  return {
    first: compound.first,
    last: compound.last,
    resolve: (types) => (types.includes(ctx.entities[compound.entity].type) ? [compound.entity] : []),
  };
}

const firstNamedByDocument = new WeakMap<LocalEntity[], Map<string, number>>();
/** Each lower-cased label and alias of a document's entities, with the position of the first entity that has it. */
function firstNamed(entities: LocalEntity[]): Map<string, number> {
  let byName = firstNamedByDocument.get(entities);
  if (byName) return byName;
  byName = new Map();
  entities.forEach((e, position) => {
    for (const name of [e.label, ...e.aliases])
      if (!byName.has(name.toLowerCase())) byName.set(name.toLowerCase(), position);
  });
  firstNamedByDocument.set(entities, byName);
  return byName;
}

/**
 * The entity a written name stands for in this document ("Western" -> none, "Russian" -> Russia, "Kremlin"): the
 * first whose label or an alias is the word or its country, in any case.
 */
export function namedEntity(ctx: RelationContext, word: string): Argument | null {
  const byName = firstNamed(ctx.entities);
  const positions = [word.toLowerCase(), (countryOf(word) ?? '').toLowerCase()]
    .filter((name) => name !== '')
    .map((name) => byName.get(name) ?? Infinity);
  const first = Math.min(...positions);
  if (first === Infinity) return null;
  const entity = ctx.entities[first];
  return { first: -1, last: -1, resolve: (types) => (types.includes(entity.type) ? [entity.id] : []) };
}

const COPULAS = new Set(['is', 'was', 'are', 'were', 'remains', 'became', 'becomes', 'be', 'been']);
const LEADING_PARTICIPLES = new Set(['led', 'commanded', 'headed', 'directed']);
const GOVERNMENT = new Set(GOVERNMENT_NOUNS);
/** Nouns after the name of a place, or of an organization, that stand for what the name names. */
const KIND_NOUNS = new Set([...PLACE_NOUNS, ...SETTLEMENT_NOUNS, ...ORGANIZATION_KIND_NOUNS, ...SETTLEMENT_PLURALS]);
/** Nouns for people ("fighters of X") or a kind of settlement ("the town of X") that stand for the "of" name. */
const OF_NOUNS = new Set([...MEMBER_NOUNS, ...SETTLEMENT_NOUNS]);
/** A count of people stands for those it counts: "dozens of Example fighters". */
const COUNTS = new Set(COUNT_NOUNS);

/**
 * What a phrase stands for: its head's name (or pronoun), else a name it is in apposition with ("Night Wolves, a
 * pro-Kremlin biker group"), else a group named before a member noun ("Wagner fighters"), else the subject when
 * the phrase follows a copula ("the group is a Kremlin-backed militia").
 */
export function referents(ctx: RelationContext, st: SentenceStructure, p: number): Argument[] {
  const phrase = st.phrases[p];
  const speaker = reportingSpeaker(ctx, st, phrase);
  if (speaker !== null) return referents(ctx, st, speaker);
  const head =
    nameArgument(ctx, phrase.head) ?? (ctx.references.has(phrase.head) ? argumentAt(ctx, phrase.head) : null);
  if (head) return [head];
  const appositions: Argument[] = [];
  for (let q = 0; q < st.phrases.length; q++) {
    if (q === p || (st.phrases[q].appositionOf !== p && phrase.appositionOf !== q)) continue;
    const named = nameArgument(ctx, st.phrases[q].head);
    if (named) appositions.push(named);
  }
  if (appositions.length) return appositions;
  // "Example fighters", "the Lorton region": the name before a noun for its people or its kind of place.
  const headWord = ctx.tokens[phrase.head].lower;
  const of = st.phrases[p + 1];
  const ofPhrase =
    of?.attachedTo?.index === p && of.attachedTo.kind === 'phrase' && ctx.tokens[of.preposition ?? -1]?.lower === 'of';
  // "Dozens of Example fighters".
  if (COUNTS.has(headWord) && ofPhrase) return referents(ctx, st, p + 1);
  if (MEMBER_NOUNS.has(headWord) || KIND_NOUNS.has(headWord)) {
    const names = phrase.names.map((i) => nameArgument(ctx, i)).filter((a): a is Argument => !!a);
    if (names.length) return names;
    // "Fighters of the Example Front"; "the towns of Dornik and Lorby", each of the places listed.
    if (OF_NOUNS.has(headWord) && ofPhrase)
      return MEMBER_NOUNS.has(headWord) ? referents(ctx, st, p + 1) : phraseArguments(ctx, st, p + 1);
  }
  // "Poland's new government": a country stands for its government (FORMAT.md), so its government for it.
  if (GOVERNMENT.has(headWord) && phrase.possessor !== null) {
    const countries = referents(ctx, st, phrase.possessor).filter((a) => a.resolve(['Location']).length);
    if (countries.length) return countries;
  }
  // "insurgents led by the Example Front": people led by a group stand for it.
  const led = st.verbAt[phrase.last - st.first];
  const by = st.phrases[p + 1];
  if (
    MEMBER_NOUNS.has(headWord) &&
    led !== undefined &&
    led >= 0 &&
    LEADING_PARTICIPLES.has(ctx.tokens[st.verbs[led].head].lower) &&
    by?.first === st.verbs[led].last + 1 &&
    ctx.tokens[by.preposition ?? -1]?.lower === 'by'
  )
    return referents(ctx, st, p + 1);
  const before = st.verbAt[phrase.first - st.first - 1];
  if (before !== undefined && before >= 0 && COPULAS.has(ctx.tokens[st.verbs[before].head].lower)) {
    const subject = subjectOfVerb(st, before);
    if (subject !== null && subject !== p) return referents(ctx, st, subject);
  }
  return [];
}

const REPORTED_PRONOUNS = new Set(['it', 'they', 'he', 'she']);

/**
 * "The ministry said it was sanctioning …", "Dorn said he would lead …": a pronoun opening what a speaker said is
 * the speaker, when the speaker is named and of the pronoun's kind.
 */
function reportingSpeaker(ctx: RelationContext, st: SentenceStructure, phrase: NounPhrase): number | null {
  if (phrase.last - phrase.first !== 1 || !REPORTED_PRONOUNS.has(ctx.tokens[phrase.first].lower)) return null;
  const v = st.verbAt[phrase.first - st.first - 1];
  if (v === undefined || v < 0 || !SPEECH_VERBS.has(ctx.tokens[st.verbs[v].head].lower)) return null;
  const subject = subjectOfVerb(st, v);
  if (subject === null || subject === st.phrases.indexOf(phrase)) return null;
  const named = nameArgument(ctx, st.phrases[subject].head);
  const person = ['he', 'she'].includes(ctx.tokens[phrase.first].lower);
  return named?.resolve(person ? ['Person'] : ['Organization', 'Location']).length ? subject : null;
}

/** A phrase and those coordinated with it ("the RVC and the Legion"), as arguments. */
export function phraseArguments(ctx: RelationContext, st: SentenceStructure, p: number): Argument[] {
  return withConjuncts(st, p).flatMap((q) => referents(ctx, st, q));
}

/** Verbs that make their subject the owner of the event they take ("launched an attack on X"). */
const LAUNCH_VERBS = new Set(
  'launched launch launches completed confirmed reported celebrated announces claims carried conducted conducts mounted staged began begun started claimed announced stepped intensified led leads continued resumed imposed imposes impose slapped filed brought took taking considering threatened pursued pursuing waging waged wages wage'.split(
    ' ',
  ),
);

/** Who an event phrase is by: its possessor, a "by" phrase on it, or the subject of the verb that launched it. */
export function ownerOf(ctx: RelationContext, st: SentenceStructure, p: number): Argument[] {
  const phrase = st.phrases[p];
  if (phrase.possessor !== null) return phraseArguments(ctx, st, phrase.possessor);
  // "its campaign against …", "their advance on …".
  if (phrase.determiner !== null && ctx.references.has(phrase.determiner)) {
    const owner = argumentAt(ctx, phrase.determiner);
    if (owner) return [owner];
  }
  const by = st.phrases.findIndex(
    (q) =>
      q.attachedTo?.kind === 'phrase' && q.attachedTo.index === p && ctx.tokens[q.preposition ?? -1]?.lower === 'by',
  );
  if (by >= 0) return phraseArguments(ctx, st, by);
  // "the fresh U.S. sanctions", "an RSF attack": a name before the event's head.
  const headName = ctx.argumentAt[phrase.head];
  const modifiers = phrase.names.filter((i) => i < phrase.head && !(headName && i >= headName.first));
  if (modifiers.length) return modifiers.map((i) => nameArgument(ctx, i)).filter((a): a is Argument => !!a);
  // "launched an attack on", or "arrested 15 people in a series of raids in": the subject of the clause's verb.
  let event = p;
  const quantity = phrase.attachedTo?.kind === 'phrase' ? phrase.attachedTo.index : -1;
  if (quantity >= 0 && phrase.preposition !== null && ctx.tokens[phrase.preposition].lower === 'of')
    if (QUANTITIES.has(ctx.tokens[st.phrases[quantity].head].lower)) event = quantity;
  const eventPhrase = st.phrases[event];
  const under = eventPhrase.preposition === null ? null : ctx.tokens[eventPhrase.preposition].lower;
  let v: number | null = -1;
  if (under === null) v = st.verbAt[eventPhrase.first - st.first - 1] ?? -1;
  else if (['in', 'during', 'with'].includes(under)) v = nearestVerb(st, event);
  if (v === null || v < 0 || st.verbs[v].voice !== 'active') return [];
  const verb = ctx.tokens[st.verbs[v].head].lower;
  if (under === null ? !LAUNCH_VERBS.has(verb) : SPEECH_VERBS.has(verb)) return [];
  const subject = subjectOfVerb(st, v);
  return subject === null ? [] : phraseArguments(ctx, st, subject);
}

/** "a series of raids": the event is the quantity's. */
const QUANTITIES = new Set(QUANTITY_NOUNS);

/** The verb a clause-level phrase belongs to: the one it attaches to, else the first one after it. */
export function nearestVerb(st: SentenceStructure, p: number | null): number | null {
  if (p === null) return st.verbs.length ? 0 : null;
  const attached = st.phrases[p].attachedTo;
  if (attached?.kind === 'verb') return attached.index;
  // A phrase under a preposition goes with the verb before it in its clause ("arrested 15 people in raids in X").
  const phrase = st.phrases[p];
  if (phrase.preposition !== null) {
    const before = st.verbs.findLastIndex((v) => v.last <= phrase.first && v.clause === phrase.clause);
    if (before >= 0) return before;
  }
  const after = st.verbs.findIndex((v) => v.first > phrase.first);
  return after >= 0 ? after : st.verbs.length ? st.verbs.length - 1 : null;
}
