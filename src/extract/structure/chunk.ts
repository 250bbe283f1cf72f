// Noun phrases and verb groups from parts of speech: one left-to-right pass, names kept whole whatever their tags.
import { PERSON_TITLES, ROLE_RELATIONS } from '../gazetteers/people.ts';
import { MEMBER_NOUNS } from '../gazetteers/relationWords.ts';
import type { Token } from '../tokenize.ts';
import type { NounPhrase, StructureInput, Tense, VerbGroup } from './types.ts';

const PHRASE_POS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);
const HEAD_POS = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
const POSSESSIVE = new Set(['’s', "'s", '’', "'"]);
const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your', 'whose']);
const PERSONAL_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'him', 'them', 'us', 'me']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', '’s', "'s", 'am', '’re', "'re"]);
const PAST_AUX = new Set(['was', 'were', 'had', 'did', '’d', "'d"]);
const FUTURE_AUX = new Set(['will', 'shall', '’ll', "'ll"]);
const MODALS = new Set(['would', 'could', 'should', 'might', 'may', 'must', 'can']);
const NEGATIONS = new Set(['not', 'n’t', "n't", 'never']);
/** Verbs that deny or refuse the verb after them in their group: "denied attacking", "refused to back". */
const DENIALS = new Set(['deny', 'denies', 'denied', 'denying', 'refuse', 'refuses', 'refused', 'refusing']);
/** Past participles that do not end in -ed or -en: enough to tell "was led by" and "were hit" from the active. */
const IRREGULAR_PARTICIPLES = new Set(
  'led run hit set put held fought struck sent built caught found brought bought taught thought told said made paid met shot cut kept left lost won'.split(
    ' ',
  ),
);

const IRREGULAR_PAST = new Set(
  'broke fought took came went began ran rose fell gave saw spoke wrote drove overran withdrew knew grew chose flew'.split(
    ' ',
  ),
);

const isName = (input: StructureInput, i: number) => input.nameAt[i] !== undefined;

/** A determiner or adjective at `i` that starts a new phrase after a complete one ("told Reuters the incursion"). */
function startsNewPhrase(tokens: Token[], i: number, open: boolean): boolean {
  const t = tokens[i];
  // "by the Example Union last year": a time phrase is a phrase of its own.
  const time = TIME_DETERMINERS.has(t.lower) && TIME_NOUNS.has(tokens[i + 1]?.lower ?? '');
  return open && (t.pos === 'DET' || POSSESSIVE_PRONOUNS.has(t.lower) || time);
}

const TIME_DETERMINERS = new Set(['last', 'next', 'this', 'that', 'every', 'each', 'early', 'late']);
const TIME_NOUNS = new Set(
  'year years week weeks month months day days weekend night morning evening summer winter spring autumn fall decade century'.split(
    ' ',
  ),
);

/**
 * Whether the token at `i` continues the phrase open since `start`: a name, a noun-phrase part of speech, a hyphen
 * inside a compound ("Kremlin-backed"), a participle after a determiner ("the armed group"), a title's full stop.
 */
function continuesPhrase(tokens: Token[], input: StructureInput, i: number, start: number, end: number): boolean {
  const t = tokens[i];
  if (isName(input, i)) return true;
  const prev = tokens[i - 1];
  if (t.text === '-' && i > start && i + 1 < end && tokens[i + 1].start === t.end && prev.end === t.start) return true;
  if (prev?.text === '-' && i - 1 > start && prev.end === t.start) return true;
  if (t.text === '.' && i > start && PERSON_TITLES.has(prev.text)) return true;
  // "a 60% stake", "a 22.6 per cent stake": the share stays in its phrase.
  if (i > start && (t.text === '%' || t.lower === 'per') && prev.pos === 'NUM') return true;
  if (i > start && t.lower === 'cent' && prev.lower === 'per') return true;
  // "the so-called alliance", "a well-known group": a word hyphenated to the next.
  const hyphen = tokens[i + 1];
  if (i > start && i + 2 < end && hyphen.text === '-' && hyphen.start === t.end && tokens[i + 2].start === hyphen.end)
    return true;
  // "a loosely organised militia", "the newly formed party": an -ly adverb before a participle or adjective.
  if (isAdverbInPhrase(tokens, i, start, end)) return true;
  // "a “targeted strike”": a quotation mark after a determiner, before the words of the phrase.
  if (OPEN_QUOTES.has(t.text) && i > start && prev.pos === 'DET' && i + 1 < end) {
    const next = tokens[i + 1];
    return next.pos === 'ADJ' || next.pos === 'NOUN' || next.pos === 'VERB' || isName(input, i + 1);
  }
  // Past a quotation mark or an -ly adverb, the word before it ("a “targeted strike”", "a loosely organised").
  const before =
    OPEN_QUOTES.has(prev?.text ?? '') || isAdverbInPhrase(tokens, i - 1, start, end) ? tokens[i - 2] : prev;
  if (
    t.pos === 'VERB' &&
    i > start &&
    (before.pos === 'DET' || before.pos === 'ADJ' || POSSESSIVE_PRONOUNS.has(before.lower))
  )
    return (
      i + 1 < end &&
      (tokens[i + 1].pos === 'NOUN' ||
        tokens[i + 1].pos === 'ADP' ||
        isName(input, i + 1) ||
        // "the elected civilian government".
        (tokens[i + 1].pos === 'ADJ' && isParticiple(t.lower)))
    );
  // "in the north", "the southwest of Cabo Delgado": a compass word the tagger calls an adverb, after a determiner.
  if (COMPASS.has(t.lower) && prev.pos === 'DET' && i > start) return true;
  // "his de facto spokesperson": foreign words inside a phrase.
  if (t.pos === 'X' && i > start) return i + 1 < end && ['X', 'ADJ', 'NOUN'].includes(tokens[i + 1].pos);
  return (
    (PHRASE_POS.has(t.pos) && t.lower !== 'that' && t.lower !== 'which') || isCompassModifier(tokens, input, i, end)
  );
}

const OPEN_QUOTES = new Set(['“', '"', '‘']);

/** An -ly adverb inside a phrase after its determiner or adjective, before a participle or adjective. */
function isAdverbInPhrase(tokens: Token[], i: number, start: number, end: number): boolean {
  const t = tokens[i];
  if (i <= start || i + 1 >= end || t.pos !== 'ADV' || !(t.lower.endsWith('ly') || DEGREE.has(t.lower))) return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return (
    (prev.pos === 'DET' || prev.pos === 'ADJ') &&
    (next.pos === 'ADJ' || (next.pos === 'VERB' && /(ed|en)$/.test(next.lower)))
  );
}

/** "the second most powerful figure", "Sicily’s more famous Cosa Nostra": degree words inside a phrase. */
const DEGREE = new Set(['most', 'more', 'least', 'less', 'very']);

/** "Sicily’s more famous Cosa Nostra": a degree word opening a phrase before an adjective and its noun. */
function isDegreeStart(tokens: Token[], input: StructureInput, i: number, last: number): boolean {
  const next = tokens[i + 1];
  const noun = tokens[i + 2];
  return (
    DEGREE.has(tokens[i].lower) &&
    i + 2 < last &&
    next.pos === 'ADJ' &&
    (noun.pos === 'NOUN' || noun.pos === 'PROPN' || isName(input, i + 2))
  );
}

/**
 * "the agent of sanctioned Second Academy", "with banned Example Front": a participle after a preposition, before a
 * name. Before a common noun ("the list of sanctioned entities") the rules expect the verb the tagger reads.
 */
function isParticipleModifier(tokens: Token[], input: StructureInput, i: number, last: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return (
    t.pos === 'VERB' &&
    isParticiple(t.lower) &&
    prev?.pos === 'ADP' &&
    prev.lower !== 'by' &&
    i + 1 < last &&
    (isName(input, i + 1) || next.pos === 'PROPN')
  );
}

/** "houses well-known titles", "a deal with Hong Kong-registered firms": a word hyphenated to a modifier of a noun. */
function isCompoundStart(tokens: Token[], i: number, last: number): boolean {
  const hyphen = tokens[i + 1];
  const second = tokens[i + 2];
  const after = tokens[i + 3];
  return (
    i + 3 < last &&
    (tokens[i].pos === 'ADV' || tokens[i].pos === 'ADJ' || tokens[i].pos === 'NOUN') &&
    hyphen.text === '-' &&
    hyphen.start === tokens[i].end &&
    second.start === hyphen.end &&
    (second.pos === 'ADJ' || second.pos === 'VERB') &&
    (after.pos === 'NOUN' || after.pos === 'PROPN' || after.pos === 'ADJ')
  );
}

const APPROXIMATIONS = new Set(['about', 'around', 'approximately', 'roughly', 'nearly', 'almost', 'some']);

/** "About 1,000 U.S. troops are stationed": a word of approximation before a number of things starts their phrase. */
function isApproximation(tokens: Token[], i: number, last: number): boolean {
  const after = tokens[i + 2];
  return (
    APPROXIMATIONS.has(tokens[i].lower) &&
    i + 2 < last &&
    tokens[i + 1].pos === 'NUM' &&
    (after.pos === 'NOUN' || after.pos === 'PROPN' || after.pos === 'ADJ')
  );
}

const COMPASS = new Set(
  'north south east west northeast northwest southeast southwest north-east north-west south-east south-west central'.split(
    ' ',
  ),
);

/** "in northeast Mexico": a compass word before a name or noun is part of its phrase, however it was tagged. */
function isCompassModifier(tokens: Token[], input: StructureInput, i: number, end: number): boolean {
  const next = tokens[i + 1];
  return (
    COMPASS.has(tokens[i].lower) && i + 1 < end && (isName(input, i + 1) || next.pos === 'NOUN' || next.pos === 'PROPN')
  );
}

function makePhrase(tokens: Token[], input: StructureInput, first: number, last: number): NounPhrase {
  let head = last - 1;
  // "the north": a compass word right after the determiner is the head.
  const compassHead = (i: number) => COMPASS.has(tokens[i].lower) && tokens[i - 1]?.pos === 'DET';
  while (head > first && !HEAD_POS.has(tokens[head].pos) && !isName(input, head) && !compassHead(head)) head--;
  const names: number[] = [];
  for (let i = first; i < last; i++) {
    const name = input.nameAt[i];
    if (name && (name.first === i || i === first)) names.push(i);
  }
  const determiner = tokens[first].pos === 'DET' || POSSESSIVE_PRONOUNS.has(tokens[first].lower) ? first : null;
  const titles: number[] = [];
  const modifiers: number[] = [];
  const headName = input.nameAt[head];
  const headStart = headName && headName.first >= first ? headName.first : head;
  for (let i = determiner === null ? first : first + 1; i < headStart; i++) {
    if (isName(input, i)) continue;
    if (PERSON_TITLES.has(tokens[i].text) || (tokens[i].text === '.' && titles.includes(i - 1))) titles.push(i);
    else modifiers.push(i);
  }
  return {
    first,
    last,
    head,
    determiner,
    modifiers,
    titles,
    names,
    possessor: null,
    preposition: null,
    attachedTo: null,
    appositionOf: null,
    conjunctOf: null,
    clause: 0,
  };
}

/** The noun phrases of tokens [first, last), with possessors linked ("the group’s actions"). */
export function nounPhrases(tokens: Token[], input: StructureInput, first: number, last: number): NounPhrase[] {
  const phrases: NounPhrase[] = [];
  let start = -1;
  const close = (end: number) => {
    if (start >= 0 && end > start) phrases.push(makePhrase(tokens, input, start, end));
    start = -1;
  };
  for (let i = first; i < last; i++) {
    const t = tokens[i];
    const name = input.nameAt[i];
    if (
      !name &&
      (isProgressive(tokens, i) ||
        isRelativeVerb(tokens, i) ||
        isVerbAfterName(tokens, i) ||
        isVerbAfterRelativeName(tokens, i) ||
        isPastAfterNoun(tokens, i) ||
        isVerbalAdjective(tokens, i) ||
        isPassiveAdjective(tokens, i) ||
        isPerfectAdjective(tokens, i))
    ) {
      close(i);
      continue;
    }
    const interrupter = name ? 0 : insideVerbGroup(tokens, i);
    if (interrupter > 0) {
      close(i);
      i += interrupter - 1;
      continue;
    }
    if (name && name.first === i && start >= 0 && i > start && !continuesAcrossName(tokens, input, i - 1)) close(i);
    // "King’s College London": a possessive inside a name is part of it.
    const insideName = name !== undefined && name.last > i + 1;
    if (
      start >= 0 &&
      !insideName &&
      POSSESSIVE.has(t.text) &&
      (t.text.length > 1 || tokens[i - 1].lower.endsWith('s'))
    ) {
      close(i);
      phrases[phrases.length - 1].last = i + 1;
      continue;
    }
    if (start >= 0 && !name && startsNewPhrase(tokens, i, i > start && HEAD_POS.has(tokens[i - 1].pos))) close(i);
    if (start >= 0 && continuesPhrase(tokens, input, i, start, last)) continue;
    close(i);
    if (PERSONAL_PRONOUNS.has(t.lower) && t.pos === 'PRON') {
      phrases.push(makePhrase(tokens, input, i, i + 1));
      continue;
    }
    if (
      name ||
      POSSESSIVE_PRONOUNS.has(t.lower) ||
      (PHRASE_POS.has(t.pos) && t.lower !== 'that' && t.lower !== 'which') ||
      isGerundSubject(tokens, i, first, last) ||
      isParticipleAdjective(tokens, i, last) ||
      isCompassModifier(tokens, input, i, last) ||
      isApproximation(tokens, i, last) ||
      isCompoundStart(tokens, i, last) ||
      isDegreeStart(tokens, input, i, last) ||
      isParticipleModifier(tokens, input, i, last)
    )
      start = i;
  }
  close(last);
  for (let p = 1; p < phrases.length; p++) {
    const before = phrases[p - 1];
    if (before.last === phrases[p].first && POSSESSIVE.has(tokens[before.last - 1].text)) phrases[p].possessor = p - 1;
  }
  return phrases;
}

const CLAUSE_OPENERS = new Set(['that', ',', 'and', 'but', 'as', 'while', 'because']);

/** "that fighting continued": an -ing word opening a clause right before its verb is the subject, not a verb. */
function isGerundSubject(tokens: Token[], i: number, first: number, last: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  return (
    t.pos === 'VERB' &&
    t.lower.endsWith('ing') &&
    i + 1 < last &&
    (next.pos === 'VERB' || next.pos === 'AUX') &&
    (i === first || CLAUSE_OPENERS.has(tokens[i - 1].lower))
  );
}

/** "-ing" words that, before a noun, describe it rather than act: "visiting professor", "the ruling party". */
const PARTICIPLE_ADJECTIVES = new Set(
  'visiting acting ruling governing leading founding serving outgoing incoming presiding managing reigning opposing rival'.split(
    ' ',
  ),
);

function isParticipleAdjective(tokens: Token[], i: number, last: number): boolean {
  return PARTICIPLE_ADJECTIVES.has(tokens[i].lower) && i + 1 < last && tokens[i + 1].pos === 'NOUN';
}

/** A name may follow a common noun in one phrase ("the consultancy Mayak Intelligence", "spokesman Dmitry Peskov"). */
function continuesAcrossName(tokens: Token[], input: StructureInput, before: number): boolean {
  const t = tokens[before];
  if (isName(input, before)) return false;
  return t.pos !== 'NUM' && t.text !== ',';
}

const VERB_POS = new Set(['VERB', 'AUX']);
const QUOTE_MARKS = new Set(['“', '”', '"']);
/** "set up by", "taken over by": a particle between a participle and its agent. */
const PARTICLES = new Set(['up', 'over', 'out', 'down']);
const HAVE_OR_BE = new Set([
  'be',
  'been',
  'being',
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'am',
  'keep',
  'kept',
]);

/** "have been trading strikes": an -ing word the tagger calls a noun, right after "be" or "have", is the verb. */
function isProgressive(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const before = QUOTE_MARKS.has(tokens[i - 1]?.text ?? '') ? tokens[i - 2] : tokens[i - 1];
  // A cut-off page can end on "to": the word after it may not exist.
  return t?.pos === 'NOUN' && t.lower.endsWith('ing') && HAVE_OR_BE.has(before?.lower ?? '');
}

const RELATIVE_PRONOUNS = new Set(['that', 'which', 'who']);

/** "the group that claims to have …", "who heads the unit": a third-person -s word after a relative pronoun is its verb. */
function isRelativeVerb(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  return (
    t?.pos === 'NOUN' &&
    t.lower.endsWith('s') &&
    RELATIVE_PRONOUNS.has(tokens[i - 1]?.lower ?? '') &&
    !!next &&
    (next.lower === 'to' ||
      next.pos === 'DET' ||
      next.pos === 'PRON' ||
      next.pos === 'PROPN' ||
      // "a division which houses well-known titles": after "who" or "which" (not "that", which may be the
      // conjunction before a subject: "said that talks failed"), anything but a verb of its own.
      // Not "which critics say is loyal": a subject, when a verb follows the word after it.
      (tokens[i - 1].lower !== 'that' &&
        next.pos !== 'VERB' &&
        next.pos !== 'AUX' &&
        !['VERB', 'AUX'].includes(tokens[i + 2]?.pos ?? '')))
  );
}

/**
 * "The Example Front commands the brigade", "Ivan Dorn controls Velmar Group": the tagger calls a third-person -s
 * verb right after a name a plural noun; before a determiner or another name it is the verb.
 */
function isVerbAfterName(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  return (
    t?.pos === 'NOUN' &&
    /[^s]s$/.test(t.lower) &&
    // "Orvan Party members Ivan Dorn and …", "Acme directors Jane Roe": people named by their role ("chairs the").
    !(next?.pos === 'PROPN' && (MEMBER_NOUNS.has(t.lower) || ROLE_RELATIONS.has(t.lower.slice(0, -1)))) &&
    !!next &&
    // "The Example Front, founded in 2014, controls the town": after the comma that closes an aside, too.
    (tokens[i - 1]?.pos === 'PROPN' ||
      (next.pos === 'DET' && t.lower === t.text && closesParticipleAside(tokens, i))) &&
    (next.pos === 'DET' ||
      next.pos === 'PROPN' ||
      next.lower === 'most' ||
      next.lower === 'much' ||
      // "Dmitry Peskov claims it would be": before a subject pronoun, unless the noun names people ("Hamas
      // fighters it trained" is a relative clause without its pronoun).
      (SUBJECT_PRONOUNS.has(next.lower) && !MEMBER_NOUNS.has(t.lower) && !ROLE_RELATIONS.has(t.lower.slice(0, -1))))
  );
}

/** Whether a comma right before `i` closes an aside with a participle: ", founded in 2014," (at most 8 words back). */
function closesParticipleAside(tokens: Token[], i: number): boolean {
  if (tokens[i - 1]?.text !== ',') return false;
  for (let k = i - 2; k >= Math.max(0, i - 10); k--) {
    if (tokens[k].text === ',') return false;
    if (tokens[k].pos === 'VERB' && isParticiple(tokens[k].lower) && tokens[k - 1]?.text === ',') return true;
  }
  return false;
}

const SUBJECT_PRONOUNS = new Set(['it', 'he', 'she', 'they', 'we']);
const OBJECT_RELATIVES = new Set(['that', 'which', 'whom']);

/**
 * "the council that Burhan chairs.", "the Example Front, which Norway lists as …": a -s word the tagger calls a
 * noun right after a name that follows a relative pronoun (at most five words back) is that clause's verb.
 */
function isVerbAfterRelativeName(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (t?.pos !== 'NOUN' || !/[^s]s$/.test(t.lower) || tokens[i - 1]?.pos !== 'PROPN') return false;
  if (next && next.pos !== 'PUNCT' && next.pos !== 'ADP') return false;
  let k = i - 1;
  while (k > i - 6 && tokens[k - 1]?.pos === 'PROPN') k--;
  return OBJECT_RELATIVES.has(tokens[k - 1]?.lower ?? '');
}

/**
 * "Ahlu Sunna forces chased another group", "routed the army and chased their forces": a past tense the tagger
 * calls a noun, after a noun, a name or "and" and before a determiner, a possessive or a name, is the verb.
 * Nouns in -eed ("need", "greed") and short ones ("bed", "shed") are not past tenses.
 */
function isPastAfterNoun(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return (
    t?.pos === 'NOUN' &&
    t.lower.length >= 5 &&
    /[^e]ed$/.test(t.lower) &&
    !!prev &&
    (prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.lower === 'and') &&
    !!next &&
    (next.pos === 'DET' || next.pos === 'PROPN' || POSSESSIVE_PRONOUNS.has(next.lower))
  );
}

/**
 * "Mr Asubo also informed the court", "The alliance, enlarged in 2016 to include …,": a past participle the tagger
 * calls an adjective is the verb before a determiner, and a participle describing the phrase after its comma.
 */
function isVerbalAdjective(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (t?.pos !== 'ADJ' || !t.lower.endsWith('ed') || !next) return false;
  if (next.pos === 'DET' && next.lower !== 'all' && next.lower !== 'both') return true;
  // "certified his victory".
  if (POSSESSIVE_PRONOUNS.has(next.lower) && next.lower !== 'her') return true;
  const before = tokens[i - 1];
  return before?.text === ',' && HEAD_POS.has(tokens[i - 2]?.pos ?? '') && (next.lower === 'in' || next.lower === 'by');
}

/** "are armed by X", "were armed and trained by X": a participle the tagger calls an adjective, after "be". */
function isPassiveAdjective(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1]?.lower;
  return (
    t?.pos === 'ADJ' &&
    isParticiple(t.lower) &&
    BE.has(tokens[i - 1]?.lower ?? '') &&
    (next === 'by' || (next === 'and' && tokens[i + 2]?.pos === 'VERB'))
  );
}

const HAVE = new Set(['has', 'have', 'had']);

/** "has armed the group": a participle the tagger calls an adjective, after "have" and before its object. */
function isPerfectAdjective(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  return (
    t?.pos === 'ADJ' &&
    t.lower.endsWith('ed') &&
    HAVE.has(tokens[i - 1]?.lower ?? '') &&
    !!next &&
    (next.pos === 'DET' || next.pos === 'PROPN' || next.pos === 'PRON')
  );
}

/** The part of speech the verb grouping goes by: the tagger's, except for verbs it calls nouns or adjectives. */
const posOf = (tokens: Token[], i: number): string =>
  isProgressive(tokens, i) ||
  isRelativeVerb(tokens, i) ||
  isVerbAfterName(tokens, i) ||
  isVerbAfterRelativeName(tokens, i) ||
  isPastAfterNoun(tokens, i) ||
  isVerbalAdjective(tokens, i) ||
  isPassiveAdjective(tokens, i) ||
  isPerfectAdjective(tokens, i)
    ? 'VERB'
    : (tokens[i]?.pos ?? '');

function tenseOf(tokens: Token[], first: number, head: number): Tense {
  for (let i = first; i <= head; i++) {
    const w = tokens[i].lower;
    if (FUTURE_AUX.has(w)) return 'future';
    if (MODALS.has(w)) return 'modal';
    if (PAST_AUX.has(w)) return 'past';
    if (tokens[i].pos === 'AUX' && !['to'].includes(w)) return 'present';
  }
  const h = tokens[head].lower;
  return h.endsWith('ed') || IRREGULAR_PARTICIPLES.has(h) || IRREGULAR_PAST.has(h) ? 'past' : 'present';
}

export function isParticiple(word: string): boolean {
  return word.endsWith('ed') || word.endsWith('en') || IRREGULAR_PARTICIPLES.has(word);
}

/** Quantifiers that float between an auxiliary and its participle: "are both listed", "were all killed". */
const FLOATING_QUANTIFIERS = new Set(['both', 'all', 'each']);
const PERCENT_WORDS = new Set(['%', 'percent', 'per']);

/**
 * How many tokens from `i` sit between an auxiliary and the participle after them without being a phrase of their
 * own: a floating quantifier ("are both listed by") or a share ("is 60% owned by", "is 51 percent owned"); 0 if none.
 */
export function insideVerbGroup(tokens: Token[], i: number): number {
  const before = tokens[i - 1];
  if (before?.pos !== 'AUX' || !HAVE_OR_BE.has(before.lower)) return 0;
  let n = 0;
  if (FLOATING_QUANTIFIERS.has(tokens[i].lower)) n = 1;
  else if (tokens[i].pos === 'NUM' && PERCENT_WORDS.has(tokens[i + 1]?.lower ?? ''))
    n = tokens[i + 1].lower === 'per' && tokens[i + 2]?.lower === 'cent' ? 3 : 2;
  const next = tokens[i + n];
  return n > 0 && next && (posOf(tokens, i + n) === 'VERB' || isParticiple(next.lower)) ? n : 0;
}

/** Whether the token at `i` goes on the verb group before it: a verb, a negation, an adverb or "to" before a verb. */
function continuesVerbGroup(tokens: Token[], i: number, inPhrase: (i: number) => boolean): boolean {
  const t = tokens[i];
  const verbNext = () => i + 1 < tokens.length && VERB_POS.has(posOf(tokens, i + 1));
  return (
    VERB_POS.has(posOf(tokens, i)) ||
    NEGATIONS.has(t.lower) ||
    // "was “encouraging”": a quoted verb is still the group's.
    (QUOTE_MARKS.has(t.text) && verbNext() && !inPhrase(i + 1)) ||
    (t.pos === 'ADV' && verbNext()) ||
    (t.pos === 'PART' && t.lower === 'to' && verbNext())
  );
}

/** Verb groups of tokens [first, last) outside the phrases: "has not been banned", "to fight", "said". */
export function verbGroups(
  tokens: Token[],
  first: number,
  last: number,
  inPhrase: (i: number) => boolean,
): VerbGroup[] {
  const groups: VerbGroup[] = [];
  for (let i = first; i < last; i++) {
    const t = tokens[i];
    const infinitive = t.lower === 'to' && VERB_POS.has(posOf(tokens, i + 1)) && !inPhrase(i + 1);
    if (inPhrase(i) || !(VERB_POS.has(posOf(tokens, i)) || infinitive)) continue;
    // "According to the ministry, X attacked": a preposition, not the clause's verb.
    if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') continue;
    let end = i + 1;
    while (end < last && !inPhrase(end)) {
      // "the companies to be sanctioned include X": a passive infinitive is complete; the verb after it is the clause's.
      if (infinitive && end - i >= 3 && BE.has(tokens[end - 2].lower) && isParticiple(tokens[end - 1].lower)) break;
      const inside = insideVerbGroup(tokens, end);
      if (inside > 0) end += inside;
      else if (continuesVerbGroup(tokens, end, inPhrase)) end++;
      else break;
    }
    let head = end - 1;
    while (head > i && posOf(tokens, head) !== 'VERB') head--;
    if (posOf(tokens, head) !== 'VERB') head = end - 1;
    let negated = false;
    let be = false;
    for (let k = i; k < end; k++) {
      negated ||= NEGATIONS.has(tokens[k].lower) || (k < head && DENIALS.has(tokens[k].lower));
      if (k < head && tokens[k].pos === 'AUX' && BE.has(tokens[k].lower)) be = true;
    }
    // "The group, founded by X in 2014,": a participle with no auxiliary before "by" is a passive too.
    // …and right after a phrase: "the alliance led by X", "a deal brokered by Y", "the coalition BN (BN) headed by";
    // …or opening the sentence, describing the subject after the comma: "Headed by X, the fund invests".
    // …or set off by a comma before "as": "the PKK, listed as a terror group by Ankara".
    const byAgent =
      tokens[end]?.lower === 'by' || (PARTICLES.has(tokens[end]?.lower ?? '') && tokens[end + 1]?.lower === 'by');
    const afterPhrase = i === first || tokens[i - 1]?.text === ',' || tokens[i - 1]?.text === ')' || inPhrase(i - 1);
    const asComplement = tokens[end]?.lower === 'as' && tokens[i - 1]?.text === ',';
    const reduced = end === i + 1 && ((byAgent && afterPhrase) || asComplement);
    const passive = (be || reduced) && posOf(tokens, head) === 'VERB' && isParticiple(tokens[head].lower);
    groups.push({
      first: i,
      last: end,
      head,
      voice: passive ? 'passive' : 'active',
      reducedRelative: passive && reduced && !be,
      tense: tenseOf(tokens, i, head),
      negated,
      infinitive,
      afterPreposition: tokens[i - 1]?.pos === 'ADP' && tokens[head].lower.endsWith('ing'),
      coordinatedWith: null,
      clause: 0,
    });
    i = end - 1;
  }
  return groups;
}
