// How the phrases of a sentence hang together: prepositions and what they attach to, appositions, coordination.
import { NAMING_WORDS, ROLE_RELATIONS } from '../gazetteers/people.ts';
import { MEMBER_NOUNS } from '../gazetteers/relationWords.ts';
import { PREPOSITIONS, SPEECH_VERBS } from '../gazetteers/words.ts';
import type { Token } from '../tokenize.ts';
import type { NounPhrase, VerbGroup } from './types.ts';

/** Prepositions that attach to the noun right before them, whatever the verb: "the commander of", "a raid on". */
const NOUN_PREPOSITIONS = new Set(['of']);

/**
 * "Dennis Basic, 33,", "Kazuyuki Tajima (53)": a number set off by a comma or in parentheses right after a name is
 * the person's age, not a phrase of its own;
 * returns the named phrase it belongs to, or -1.
 */
export function ageOf(tokens: Token[], phrases: NounPhrase[], p: number): number {
  const phrase = phrases[p];
  const before = phrases[p - 1];
  if (!before || phrase.last - phrase.first !== 1 || tokens[phrase.first].pos !== 'NUM') return -1;
  if (!/^\d{1,3}$/.test(tokens[phrase.first].text) || before.names.length === 0) return -1;
  if (before.last + 1 !== phrase.first) return -1;
  // "Kazuyuki Tajima (53) and …": in parentheses too.
  const parenthesized = tokens[before.last].text === '(' && tokens[phrase.last]?.text === ')';
  return tokens[before.last].text === ',' || parenthesized ? p - 1 : -1;
}

/**
 * Marks each phrase right after a preposition with it, and attaches the prepositional phrase to the noun phrase
 * just before the preposition ("the commander of the brigade") or else to the last verb group ("fought in Bakhmut").
 * Between a noun and a verb the nearest one wins: right association, the chunker's main source of error.
 */
export function attachPrepositions(tokens: Token[], phrases: NounPhrase[], verbs: VerbGroup[]): void {
  let v = -1;
  phrases.forEach((phrase, p) => {
    const at = phrase.first - 1;
    const prep = tokens[at];
    while (v + 1 < verbs.length && verbs[v + 1].last <= phrase.first) v++;
    // "stepped down as chief executive": the tagger may call "as" an adverb before a role, and "to" a particle.
    const untagged = prep?.lower === 'to' || prep?.lower === 'as';
    if (!prep || !PREPOSITIONS.has(prep.lower) || (prep.pos !== 'ADP' && prep.pos !== 'SCONJ' && !untagged)) return;
    // "in Syria and Iraq": the conjunct after "and" has no preposition of its own; "with" before "and" does.
    phrase.preposition = at;
    // "Kiyoshi Dorn, 63, of the Example Group" / "Ivan Dorn, 21 from Lorton": past the age to the person.
    const age = p > 0 ? ageOf(tokens, phrases, p - 1) : -1;
    const agedComma = age >= 0 && tokens[at - 1]?.text === ',' && phrases[p - 1].last === at - 1;
    if (age >= 0 && (agedComma || phrases[p - 1].last === at)) {
      phrase.attachedTo = { kind: 'phrase', index: age };
      return;
    }
    const before = p > 0 ? phrases[p - 1] : undefined;
    const verb = v >= 0 ? verbs[v] : undefined;
    const nounAdjacent = before && before.last === at;
    // "a stake of 50.2 per cent in Tata Play": past a share, to what it is a share of.
    if (nounAdjacent && isShare(tokens, before) && before.attachedTo?.kind === 'phrase')
      phrase.attachedTo = before.attachedTo;
    else if (nounAdjacent && (NOUN_PREPOSITIONS.has(prep.lower) || !verb || verb.last <= before.first))
      phrase.attachedTo = { kind: 'phrase', index: p - 1 };
    else if (verb && verb.last === at) phrase.attachedTo = { kind: 'verb', index: v };
    else if (nounAdjacent) phrase.attachedTo = { kind: 'phrase', index: p - 1 };
    else if (verb) phrase.attachedTo = { kind: 'verb', index: v };
  });
  // An age goes with its person, so that what follows it hangs on the person too: "Ivan Dorn, 21, a member of …".
  phrases.forEach((phrase, p) => {
    const person = ageOf(tokens, phrases, p);
    if (person >= 0 && phrase.attachedTo === null) phrase.attachedTo = { kind: 'phrase', index: person };
  });
  // "for Ukraine’s intelligence directorate": the preposition governs the possessed phrase too.
  for (const phrase of phrases) {
    const possessor = phrase.possessor === null ? undefined : phrases[phrase.possessor];
    if (possessor && possessor.preposition !== null && phrase.preposition === null) {
      phrase.preposition = possessor.preposition;
      phrase.attachedTo = possessor.attachedTo;
    }
  }
}

/** "60 %", "51 percent", "50.2 per cent": a phrase that is only a share. */
function isShare(tokens: Token[], phrase: NounPhrase): boolean {
  if (tokens[phrase.first].pos !== 'NUM') return false;
  const rest = tokens
    .slice(phrase.first + 1, phrase.last)
    .map((t) => t.lower)
    .join(' ');
  return rest === '%' || rest === 'percent' || rest === 'per cent';
}

const OPEN = new Set(['(', '[']);
/** "X, a body that …": a relative clause may close an apposition. */
const RELATIVE_WORDS = new Set(['that', 'which', 'who', 'whose']);
const CLOSE = new Set([')', ']']);
/** Adverbs that may stand between the comma and an apposition: "X, reportedly the head of Y,". */
const HEDGES = new Set(
  'allegedly reportedly reputedly purportedly supposedly also now formerly currently once previously still'.split(' '),
);
/** "X, a coalition including A and B,": participles that go on describing the apposition, not a verb after it. */
const DESCRIBING_PARTICIPLES = new Set(['including', 'comprising', 'uniting', 'grouping', 'based', 'headquartered']);

/** The last phrase of `p`'s span with its prepositional phrases: "the commander of the brigade" ends at "brigade". */
export function phraseSpanEnd(phrases: NounPhrase[], p: number): number {
  let end = p;
  for (let q = p + 1; q < phrases.length; q++) {
    const a = phrases[q].attachedTo;
    if (a?.kind === 'phrase' && a.index >= p && a.index <= end && phrases[q].first - phrases[end].last <= 1) end = q;
    else break;
  }
  return end;
}

/**
 * "Ivan Petrov, the commander of the brigade, said": a phrase set off by commas (or a parenthesis) right after
 * another renames it. Not in lists ("A, B and C") and not before a verb's object ("In May, the group …").
 */
export function linkAppositions(tokens: Token[], phrases: NounPhrase[], sentenceLast: number): void {
  for (let p = 0; p + 1 < phrases.length; p++) {
    const end = roleSpanEnd(tokens, phrases, p);
    const opening = phrases[end + 1];
    if (!opening || opening.preposition !== null) continue;
    // "Sarah Cardell, the regulator’s chief executive,": the possessed phrase renames, its possessor opens it.
    const a = phrases[end + 2]?.possessor === end + 1 ? end + 2 : end + 1;
    const next = phrases[a];
    // "the Example Party (EP), the main member of …": past the short name in parentheses, the name is renamed.
    const shortName = phrases[p].appositionOf === p - 1 && CLOSE.has(tokens[phrases[end].last]?.text ?? '');
    const gapAt = phrases[end].last + (shortName ? 1 : 0);
    const between = tokens[gapAt];
    // "Ivan Dorn, allegedly the leader of …": a hedging adverb may open the apposition.
    const hedged = between?.text === ',' && HEDGES.has(tokens[gapAt + 1]?.lower ?? '') ? 1 : 0;
    if (opening.first !== gapAt + 1 + hedged || !between) continue;
    if (OPEN.has(between.text)) {
      if (CLOSE.has(tokens[next.last]?.text ?? '') && ageOf(tokens, phrases, a) < 0) next.appositionOf = p;
      continue;
    }
    // A phrase inside a longer one ("of the brigade" in "the commander of the brigade") renames nothing itself.
    if (between.text !== ',' || next.appositionOf !== null || phrases[p].attachedTo?.kind === 'phrase') continue;
    // A name, or a described one ("the commander of …", "a Kremlin-backed group"), then a comma, an end or a verb.
    const spanEnd = spanOverLists(tokens, phrases, a);
    const after = tokens[pastParenthesis(tokens, phrases[spanEnd].last, sentenceLast)];
    // "According to the ministry, Example fighters attacked": the phrase after the source is the clause's subject,
    // unless it is a role set off by a second comma ("according to Ivan Dorn, a spokesman for X, …").
    const under = phrases[p].preposition;
    const role = ROLE_RELATIONS.has(tokens[next.head].lower) && after?.text === ',';
    if (under !== null && tokens[under].lower === 'to' && tokens[under - 1]?.lower === 'according' && !role) continue;
    const closes =
      !after ||
      after.text === ',' ||
      after.text === '.' ||
      // "Ivan Dorn, founder of Velmar Bank; Anna Kovic, …": items of a list set off by semicolons.
      after.text === ';' ||
      RELATIVE_WORDS.has(after.lower) ||
      DESCRIBING_PARTICIPLES.has(after.lower) ||
      phrases[spanEnd].last >= sentenceLast;
    const listGoesOn = after && (after.lower === 'and' || after.lower === 'or');
    // "Belgorod, Bryansk, Kursk": bare names one after another, separated by commas, are a list.
    const afterNext = phrases[spanEnd + 1];
    const bare = (q: NounPhrase | undefined) =>
      !!q && q.determiner === null && q.modifiers.length === 0 && q.names.length > 0;
    const nameList =
      after?.text === ',' &&
      bare(phrases[p]) &&
      bare(next) &&
      bare(afterNext) &&
      afterNext!.first === phrases[spanEnd].last + 1;
    // "Dennis Basic, 33,": an age is not another name for the person.
    const age = next.last - next.first === 1 && tokens[next.first].pos === 'NUM';
    const described =
      !age &&
      (next.determiner !== null ||
        next.names.length > 0 ||
        phrases[p].names.length > 0 ||
        ROLE_RELATIONS.has(tokens[next.head].lower));
    // "Example Gang members, Ivan Dorn, 27, and Anna Kovic": a list of names renames the group of people before it.
    // Not "police in A, B and C": the group stands alone or "of" its organization.
    const ofGroup = end === p || (end === p + 1 && tokens[phrases[end].preposition ?? -1]?.lower === 'of');
    const namesAGroup =
      ofGroup && MEMBER_NOUNS.has(tokens[phrases[p].head].lower) && next.names.length > 0 && next.determiner === null;
    // "Pierin Vincenz, ex-chief executive of Velmar Bank, and Beat Stocker were": a role between commas after a
    // name renames it, though a list goes on after it.
    const roleEnd = phrases[phraseSpanEnd(phrases, a)].last;
    const roleOfName =
      tokens[roleEnd]?.text === ',' &&
      ['and', 'or'].includes(tokens[roleEnd + 1]?.lower) &&
      phrases[p].names.length > 0 &&
      next.names.length === 0 &&
      ROLE_RELATIONS.has(tokens[next.head].lower);
    if (!described || !(closes || roleOfName || (listGoesOn && namesAGroup)) || (listGoesOn && !namesAGroup)) continue;
    if (!namesAGroup && !roleOfName && (nameList || isListItem(tokens, phrases, a))) continue;
    // "The extradition of Ivan Dorn, the former leader of …": after a common noun "of" a name, the name is renamed.
    const last = phrases[end];
    // "Ivan Dorn, 21, from Lorton, a member of …": after an age, the person is renamed.
    const renamesName =
      end > p &&
      ageOf(tokens, phrases, p + 1) < 0 &&
      last.names.length > 0 &&
      !ROLE_RELATIONS.has(tokens[phrases[p].head].lower) &&
      (phrases[p].names.length === 0 || last.attachedTo?.index !== p || tokens[last.preposition ?? -1]?.lower !== 'of');
    next.appositionOf = shortName ? p - 1 : renamesName && !namesAGroup ? end : p;
  }
}

/**
 * The last phrase of `p`'s span, past lists under its prepositions: "head of markets for Europe and Africa at
 * Example Bank" ends at "Example Bank" (coordination is linked after appositions, so it is read off the tokens here).
 */
function spanOverLists(tokens: Token[], phrases: NounPhrase[], p: number): number {
  let end = phraseSpanEnd(phrases, p);
  for (;;) {
    const joiner = tokens[phrases[end].last];
    const skip = joiner?.text === ',' && ['and', 'or'].includes(tokens[phrases[end].last + 1]?.lower) ? 2 : 1;
    const item = phrases[end + 1];
    const listed = joiner && (['and', 'or'].includes(joiner.lower) || skip === 2);
    if (end === p || !listed || !item || item.first !== phrases[end].last + skip) return end;
    if (phrases[end].preposition === null || item.preposition !== null) return end;
    end = phraseSpanEnd(phrases, end + 1);
  }
}

/**
 * The last phrase of `p`'s span, past a list of bare fields under a role's preposition: "The Director of Legal and
 * Prosecution, Ivan Dorn," is renamed as a whole; "between the chief and his deputy, Ivan Dorn," renames the deputy.
 */
function roleSpanEnd(tokens: Token[], phrases: NounPhrase[], p: number): number {
  const end = phraseSpanEnd(phrases, p);
  if (!ROLE_RELATIONS.has(tokens[phrases[p].head].lower)) return end;
  const listEnd = spanOverLists(tokens, phrases, p);
  for (let q = end + 1; q <= listEnd; q++) if (phrases[q].determiner !== null || phrases[q].names.length) return end;
  return listEnd;
}

/** The token after a parenthesis opening at `i` ("the Example Party (EP), said"), or `i` when there is none. */
function pastParenthesis(tokens: Token[], i: number, sentenceLast: number): number {
  if (!OPEN.has(tokens[i]?.text ?? '')) return i;
  for (let k = i + 1; k < Math.min(sentenceLast, i + 12); k++) if (CLOSE.has(tokens[k].text)) return k + 1;
  return i;
}

/** "a man nicknamed “Caesar”", "a group called the Example Front": the name after a naming verb renames the phrase. */
export function linkNamings(tokens: Token[], phrases: NounPhrase[], verbs: VerbGroup[]): void {
  for (const verb of verbs) {
    if (verb.last - verb.first !== 1 || !NAMING_WORDS.has(tokens[verb.head].lower)) continue;
    const before = phrases.findIndex((q) => q.last === verb.first);
    // "The Example Bank named Ivan Dorn its chief": what is a name already is not being named; the verb is finite.
    if (before >= 0 && tokens[phrases[before].head].pos === 'PROPN') continue;
    let at = verb.last;
    while (QUOTES.has(tokens[at]?.text ?? '')) at++;
    const named = phrases.findIndex((q) => q.first === at && q.names.length > 0);
    if (before >= 0 && named >= 0 && phrases[named].appositionOf === null) phrases[named].appositionOf = before;
  }
}

const QUOTES = new Set(['“', '"', '‘']);

/** Whether the phrase at `p` is followed, past commas, by "and" and another phrase: a list, not an apposition. */
function isListItem(tokens: Token[], phrases: NounPhrase[], p: number): boolean {
  for (let q = p; q < phrases.length; q++) {
    // "al-Mourabitoun (MUJAO), Katiba Macina and …": past a short name in parentheses.
    const aside = tokens[phrases[q].last]?.text === '(' && tokens[phrases[q + 1]?.last]?.text === ')';
    if (aside) q++;
    const end = phrases[q].last + (aside ? 1 : 0);
    const after = tokens[end];
    if (!after) return false;
    if (after.lower === 'and' || after.lower === 'or') return phrases[q + 1]?.first === end + 1;
    // "Florida, Georgia, and California".
    const then = tokens[end + 1];
    if (after.text === ',' && (then?.lower === 'and' || then?.lower === 'or')) return true;
    if (after.text !== ',' || phrases[q + 1]?.first !== end + 1) return false;
  }
  return false;
}

/** "the RVC and the Legion", "Syria, Iraq and Lebanon": each later phrase points to the first of the list. */
export function linkCoordination(tokens: Token[], phrases: NounPhrase[]): void {
  // "A, 27, B, 29, and C", "A (53) and B (62)": an age is an aside of the item before it, not an item of the list.
  // Not past a short name in parentheses ("Libya, the Central African Republic (CAR), Sudan"): the place rules
  // that read "X, Y (" as a dateline would widen it to every pair of the list.
  const pastAside = (q: number) => (ageOf(tokens, phrases, q) >= 0 ? q - 1 : q);
  const inParentheses = (q: number) => tokens[phrases[q].last]?.text === ')' && pastAside(q) === q - 1;
  for (let p = 1; p < phrases.length; p++) {
    const phrase = phrases[p];
    if (ageOf(tokens, phrases, p) >= 0) continue;
    // "the Example Front (EF) and the Velmar Army (VA)": two names joined past the first one's short form.
    const shortForm = tokens[phrases[p - 1].last]?.text === ')' && phrases[p - 1].appositionOf === p - 2;
    const gapFrom = phrases[p - 1].last + (inParentheses(p - 1) || shortForm ? 1 : 0);
    const gap = tokens.slice(gapFrom, phrase.first).map((t) => t.lower);
    const joined = gap.length === 1 && (gap[0] === 'and' || gap[0] === 'or');
    const listed = gap.length === 2 && gap[0] === ',' && (gap[1] === 'and' || gap[1] === 'or');
    if (!joined && !(listed && !shortForm)) continue;
    let first = shortForm ? p - 2 : pastAside(p - 1);
    // "Ivan Dorn, the commander of the brigade, and Anna Kovic": past the apposition to the phrase it renames.
    let described = first;
    while (listed && phrases[described].attachedTo?.kind === 'phrase') described = phrases[described].attachedTo!.index;
    const pastApposition = listed && phrases[described].appositionOf !== null && phrase.preposition === null;
    if (pastApposition) first = phrases[described].appositionOf!;
    if (first < 0 || (phrase.preposition !== null && phrases[first].preposition === null)) continue;
    // ", and the FTC is examining …": after an object or a prepositional phrase, a name before a verb starts a clause.
    const opensClause = ['VERB', 'AUX'].includes(tokens[phrase.last]?.pos ?? '');
    // Back over "A, B," to the list's first phrase; not, for a list that is a subject, into a prepositional phrase on
    // a verb before its comma ("After the meeting held on Thursday, the party leader and the premier nominated …").
    while (first > 0) {
      const prev = phrases[first - 1];
      const sep = tokens.slice(prev.last + (inParentheses(first - 1) ? 1 : 0), phrases[first].first);
      if (sep.length !== 1 || sep[0].text !== ',' || phrases[first].appositionOf !== null) break;
      const aside = pastAside(first - 1);
      const opener = phrases[aside].preposition !== null && phrases[aside].attachedTo?.kind !== 'phrase';
      if (opensClause && opener && phrases[first].preposition === null) break;
      first = aside;
    }
    const list = phrases[phrases[first].conjunctOf ?? first];
    const headIsObject = list.preposition !== null || ['VERB', 'AUX'].includes(tokens[list.first - 1]?.pos ?? '');
    if (listed && opensClause && headIsObject) continue;
    // "Fighting is still ongoing and Tatmadaw is firing": after what follows a verb, "and" and a phrase before a verb
    // of its own start a clause; not after a verb of saying ("said Ivan Dorn and Anna Kovic were arrested").
    let v = list.first - 1;
    while (v > 0 && tokens[v].pos === 'ADV') v--;
    const afterVerb = ['VERB', 'AUX'].includes(tokens[v]?.pos ?? '') && !SPEECH_VERBS.has(tokens[v].lower);
    if (joined && opensClause && afterVerb && list.preposition === null) continue;
    const head = phrases[first].conjunctOf ?? first;
    phrase.conjunctOf = head;
    for (let q = first + 1; q < p && !pastApposition; q++)
      if (phrases[q].conjunctOf === null && pastAside(q) === q && phrases[q].appositionOf === null)
        phrases[q].conjunctOf = head;
    // "for Europe, the Middle East and Africa": every item of the list hangs where its first one does.
    if (phrases[head].preposition === null) continue;
    for (let q = head + 1; q <= p; q++)
      if (phrases[q].conjunctOf === head && phrases[q].preposition === null && phrases[q].attachedTo === null)
        phrases[q].attachedTo = phrases[head].attachedTo;
  }
}

/**
 * "include Alfa-Bank; diamond miner Alrosa; Kronshtadt, which makes drones; and the Wagner Group": items of a list
 * set off by semicolons, each opening its stretch, are one coordination; not clauses ("; the rebels fled; and").
 */
export function linkSemicolonLists(tokens: Token[], phrases: NounPhrase[]): void {
  const startingAt = new Map(phrases.map((phrase, p) => [phrase.first, p]));
  const endingAt = new Map(phrases.map((phrase, p) => [phrase.last, p]));
  const end = phrases[phrases.length - 1]?.last ?? 0;
  // An item is no clause's subject: no verb follows it before a comma or the next semicolon ("brothers A (53) and
  // B (51) are executives of …;" is a clause; "Kronshtadt, which makes drones;" an item).
  const isItem = (p: number) => {
    for (let k = phrases[p].last; k <= end && ![',', ';', '.'].includes(tokens[k]?.text ?? '.'); k++)
      if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') return false;
    return true;
  };
  // An item opens right after its semicolon.
  const itemAfter = (semicolon: number) => {
    const p = startingAt.get(semicolon + 1);
    return p === undefined || !isItem(p) ? -1 : p;
  };
  phrases.forEach((phrase, last) => {
    const semicolon = phrase.first - 2;
    if (tokens[semicolon]?.text !== ';' || !['and', 'or'].includes(tokens[semicolon + 1].lower)) return;
    if (phrase.conjunctOf !== null || !isItem(last)) return;
    const items = [last];
    let at = semicolon;
    for (let k = semicolon - 1; k > phrases[0].first; k--) {
      if (tokens[k].text !== ';') continue;
      const item = itemAfter(k);
      if (item < 0) return;
      items.push(item);
      at = k;
    }
    // The first item is the whole phrase before the first semicolon: "Ivan Dorn, the leader of the Velmar Gang;"
    // is Ivan Dorn; not a phrase on a verb ("the Velmar Group, which is based in Oslo;").
    let first = endingAt.get(at);
    while (first !== undefined && phrases[first].attachedTo?.kind === 'phrase')
      first = phrases[first].attachedTo!.index;
    if (first !== undefined && phrases[first].appositionOf !== null) first = phrases[first].appositionOf!;
    if (first === undefined || phrases[first].attachedTo?.kind === 'verb' || items.length < 2) return;
    for (const item of items) phrases[item].conjunctOf = phrases[first].conjunctOf ?? first;
  });
}
