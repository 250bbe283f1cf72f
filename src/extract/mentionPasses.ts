// Passes over a document's mentions that need more than one name run: divisions, headlines, nicknames.
import { DIVISION_NOUNS, PLACE_OF_HEADS } from './gazetteers/places.ts';
import { NAMED_FACILITY_NOUNS } from './gazetteers/phraseWords.ts';
import { titleCaseTokens } from './headlineCase.ts';
import { makeMention, type Mention, type MentionContext } from './mentions.ts';
import { normalizeName } from './names.ts';
import { countryOf, matchKnown } from './lexicon.ts';
import { GIVEN_NAMES, PERSON_TITLES, TITLE_OBJECTS } from './gazetteers/people.ts';
import { ORGANIZATION_HEADS } from './gazetteers/organizations.ts';
import { OPERATION_NOUNS } from './gazetteers/words.ts';
import type { EntityType } from '../model/vocabulary.ts';
import type { Token } from './tokenize.ts';
import { atClauseStart, isAcronym } from './nameSpans.ts';

const OPENING_QUOTES = new Set(['“', '"', '‘', "'", '«']);
const CLOSING_QUOTES = new Set(['”', '"', '’', "'", '»']);

/**
 * Ivan “The Bear” Petrov: a nickname in quotes between a given name and a surname leaves one person, named without
 * the nickname (which the text gives as a name of its own only when it says so, "known as").
 */
export function joinNicknames(ctx: MentionContext, mentions: Mention[]): Mention[] {
  const { tokens } = ctx;
  const byFirst = new Map(mentions.map((m) => [m.first, m]));
  const dropped = new Set<Mention>();
  const joined: Mention[] = [];
  for (const given of mentions) {
    if (given.known || given.institution || given.last - given.first > 2 || given.type === 'Location') continue;
    if (!OPENING_QUOTES.has(tokens[given.last]?.text ?? '')) continue;
    const close = [2, 3, 4, 5].map((n) => given.last + n).find((k) => CLOSING_QUOTES.has(tokens[k]?.text ?? ''));
    const family = close === undefined ? undefined : byFirst.get(close + 1);
    if (!family || family.known || family.last - family.first > 2 || family.sentence !== given.sentence) continue;
    if (tokens[family.first].start !== tokens[close!].end + 1) continue;
    for (const m of mentions) if (m.first >= given.first && m.last <= family.last) dropped.add(m);
    const nickname = ctx.text.slice(tokens[given.last + 1].start, tokens[close! - 1].end);
    const person = makeMention(ctx, given.first, family.last, { type: 'Person', nickname });
    joined.push({ ...person, name: `${given.name} ${family.name}` });
  }
  return joined.length ? [...mentions.filter((m) => !dropped.has(m)), ...joined] : mentions;
}

/**
 * "the Mopti region", "Rakhine state", "Ann township": the division is another place than the town it is named
 * after, so the noun stays in its name and a known city's identity does not apply.
 */
export function keepDivisionsWhole(ctx: MentionContext, mentions: Mention[]): void {
  const { tokens, text } = ctx;
  for (const m of mentions) {
    const noun = tokens[m.last];
    // A lone given name may be a place's too ("Ann township"); an organization's name is not a division's.
    const placeLike =
      m.type === null || m.type === 'Location' || (m.type === 'Person' && !m.known && m.last - m.first === 1);
    if (m.modifier || m.known?.kind === 'country' || !placeLike) continue;
    if (!noun || noun.sentence !== m.sentence || !DIVISION_NOUNS.has(noun.text)) continue;
    // "the Kharkiv region’s governor" keeps the region; "Shan state media" is the state's media, not a division.
    const after = tokens[m.last + 1];
    if (after && after.sentence === m.sentence && after.pos === 'NOUN' && after.text === after.lower) continue;
    m.divisionOf = m.name;
    m.last += 1;
    m.end = noun.end;
    m.name = text.slice(m.start, m.end);
    m.type = 'Location';
    m.known = undefined;
  }
}

/**
 * "the ‘Ndrangheta", "‘Ndrangheta clans": an apostrophe glued before a name, with no quote closing after it, marks a
 * letter left out and belongs to the name.
 */
export function keepElisionMarks(ctx: MentionContext, mentions: Mention[]): void {
  const { tokens, text } = ctx;
  for (const m of mentions) {
    const mark = tokens[m.first - 1];
    if (!mark || (mark.text !== '‘' && mark.text !== "'") || mark.end !== m.start) continue;
    if (tokens[m.first - 2]?.end === mark.start || CLOSING_QUOTES.has(tokens[m.last]?.text ?? '')) continue;
    m.start = mark.start;
    m.name = text.slice(m.start, m.end);
  }
}

/**
 * "Election officials said", "The Governments of A and B": a word capitalized only where a sentence starts, which the
 * document writes in lowercase elsewhere, is a common word there, not a name, nor the first word of one ("Billionaire
 * Bernard Arnault").
 */
export function dropCapitalizedCommonWords(ctx: MentionContext, mentions: Mention[]): Mention[] {
  const { tokens, lowercase } = ctx;
  const named = new Set<string>();
  const opening = (k: number) =>
    atClauseStart(tokens, k) || (tokens[k - 1]?.lower === 'the' && atClauseStart(tokens, k - 1));
  for (let k = 0; k < tokens.length; k++)
    if (tokens[k].text !== tokens[k].lower && !opening(k)) named.add(tokens[k].text);
  const common = (k: number) => lowercase.has(tokens[k].lower) && !named.has(tokens[k].text) && opening(k);
  for (const m of mentions) {
    const word = ctx.words[m.first];
    // "Shares of Corvex Inc. fell": a common word and "of" before a name, where no head or title takes the "of".
    const ofName =
      m.last - m.first > 2 &&
      ctx.words[m.first + 1] === 'of' &&
      tokens[m.first + 2].lower !== 'the' &&
      !OF_HEADS.has(word);
    if (ofName && !m.known && !m.institution && common(m.first)) {
      cutStart(ctx, m, m.first + 2);
      continue;
    }
    // "Billionaire Bernard Arnault moved …": the common word before a given name is no part of the name.
    if (m.last - m.first < 3 || m.known || GIVEN_NAMES.has(word) || !GIVEN_NAMES.has(ctx.words[m.first + 1])) continue;
    if (!common(m.first)) continue;
    cutStart(ctx, m, m.first + 1);
  }
  return mentions.filter((m) => {
    if (m.last - m.first !== 1 || m.known || m.institution || isAcronym(m.name)) return true;
    return !common(m.first);
  });
}

/** Words whose "of" opens the rest of a name: "Ministry of …", "Secretary of …", "Gulf of …". */
const OF_HEADS = new Set([...ORGANIZATION_HEADS, ...PERSON_TITLES, ...TITLE_OBJECTS, ...PLACE_OF_HEADS]);

/** The mention `m` from token `first` on. */
function cutStart(ctx: MentionContext, m: Mention, first: number): void {
  m.first = first;
  m.start = ctx.tokens[first].start;
  m.name = ctx.text.slice(m.start, m.end);
}

/**
 * "Fabricio Colón Pico … Colón Pico said": a surname that starts with a known place's name is the person's where the
 * document names the person in full, not the place and another name.
 */
export function keepSurnamesWhole(ctx: MentionContext, mentions: Mention[]): Mention[] {
  const tails = new Set<string>();
  for (const m of mentions)
    if (!m.known && m.type !== 'Location' && m.type !== 'Organization' && m.last - m.first > 2)
      tails.add(ctx.words.slice(m.first + 1, m.last).join(' '));
  // "Sydney Asubo … Asubo said", "Fabricio Colón Pico … Colón Pico": a place's name and a name word that the document
  // also gives as a surname, alone or ending a person's full name, name a person, not an outlet.
  const alone = new Set(mentions.flatMap((m) => (m.last - m.first === 1 && !m.known ? [m.name] : [])));
  for (const m of mentions) {
    const place = m.last - m.first === 2 && !m.known && matchKnown(ctx.words, m.first, m.first + 1);
    if (!place || m.type !== 'Organization' || place.entity.type !== 'Location') continue;
    if (alone.has(ctx.words[m.first + 1]) || tails.has(ctx.words.slice(m.first, m.last).join(' '))) m.type = 'Person';
  }
  if (!tails.size) return mentions;
  const byFirst = new Map(mentions.map((m) => [m.first, m]));
  const surnames = new Map<Mention, Mention>();
  const rests = new Set<Mention>();
  for (const place of mentions) {
    const rest = byFirst.get(place.last);
    if (place.known?.kind !== 'place' || !rest || rest.known || rest.type !== null) continue;
    if (!tails.has(ctx.words.slice(place.first, rest.last).join(' '))) continue;
    surnames.set(place, makeMention(ctx, place.first, rest.last, { type: 'Person' }));
    rests.add(rest);
  }
  if (!surnames.size) return mentions;
  return mentions.filter((m) => !rests.has(m)).map((m) => surnames.get(m) ?? m);
}

/** What news names by a name and a lowercase noun for what it is: facilities, and the local units of groups. */
const NAMED_BY_NOUN: { noun: string[]; type: EntityType }[] = [
  ...NAMED_FACILITY_NOUNS.map((w) => ({ noun: [w], type: 'Location' as const })),
  { noun: ['refugee', 'camp'], type: 'Location' },
  { noun: ['chapter'], type: 'Organization' },
  { noun: ['family', 'clan'], type: 'Organization' },
  { noun: ['clan'], type: 'Organization' },
];

/**
 * "the Azalai hotel", "the Tincan seaport", "the Jenin refugee camp", "the Hells Angels Seaford chapter", "the Mole
 * family clan": after "the", a name and such a noun name a place or a group of their own ("a Kabul hotel" is only
 * somewhere in Kabul).
 */
export function keepNamedByNounWhole(ctx: MentionContext, mentions: Mention[]): void {
  const { tokens } = ctx;
  // "the Assad clan" after "Bashar Assad" is a person's family, not a crime group.
  const surnames = new Set(
    mentions.flatMap((m) =>
      m.type === 'Person' && m.last - m.first > 1 ? [ctx.words[m.last - 1].replace(/^al-/, '')] : [],
    ),
  );
  const clans = new Map<string, string>();
  // "India's Adani group" where the text names "Adani Group": the group by its name.
  const groups = new Map<string, string>();
  for (const m of mentions)
    if (m.last - m.first > 1 && ctx.words[m.last - 1] === 'Group')
      groups.set(ctx.words.slice(m.first, m.last - 1).join(' '), m.name);
  for (const m of mentions) {
    if (m.modifier || m.known?.kind === 'country' || m.known?.type === 'Person' || surnames.has(m.name)) continue;
    if (tokens[m.first - 1]?.lower !== 'the') continue;
    const named = NAMED_BY_NOUN.find(({ noun }) => noun.every((w, k) => tokens[m.last + k]?.text === w));
    if (!named || tokens[m.last + named.noun.length - 1].sentence !== m.sentence) continue;
    // A person's name is no place's; a place's name may be a group's ("the Seaford chapter").
    if (m.type === 'Person' && m.last - m.first > 1) continue;
    if (named.type === 'Location' && m.type === 'Organization') continue;
    extendByNoun(ctx, m, named.noun.length, named.type);
    if (named.noun.join(' ') === 'family clan') clans.set(ctx.words.slice(m.first, m.last - 2).join(' '), m.name);
  }
  // "the Mole family" where the text names "the Mole family clan": the clan again, by the name that says it is one.
  for (const m of mentions) {
    const words = ctx.words.slice(m.first, m.last).join(' ');
    const noun = tokens[m.last]?.text;
    const full = noun === 'family' ? clans.get(words) : noun === 'group' ? groups.get(words) : undefined;
    // "France's Lagardere group": after a country's possessive, a name and "group" is a company.
    const owned =
      noun === 'group' && ['’s', "'s"].includes(tokens[m.first - 1]?.text) && !!countryOf(ctx.words[m.first - 2]);
    if ((!full && !owned) || m.modifier || m.known) continue;
    extendByNoun(ctx, m, 1, 'Organization');
    if (full) m.name = full;
  }
  // "Hong Kong police", "Toronto police said": a place's police force, named by its place ("Italian police", an
  // adjective's, is no name).
  for (const m of mentions) {
    const police = tokens[m.last];
    // An unknown name too, unless it reads as an adjective or a common word ("Federal police", "Local police").
    const unknown =
      m.type === null &&
      m.last - m.first === 1 &&
      !ctx.lowercase.has(m.name.toLowerCase()) &&
      !/\p{Ll}(?:al|an|ese|ic|ish|ary)$/u.test(m.name);
    const place = (m.type === 'Location' || unknown) && !m.modifier && !m.divisionOf;
    if (
      place &&
      police?.text === 'police' &&
      police.sentence === m.sentence &&
      !POSSESSIVE_WORDS.has(ctx.words[m.last - 1])
    )
      extendByNoun(ctx, m, 1, 'Organization');
  }
}

const POSSESSIVE_WORDS = new Set(['’s', "'s"]);

/** The mention `m` with the `length` words after it, which make it a name of that type. */
function extendByNoun({ tokens, text }: MentionContext, m: Mention, length: number, type: EntityType): void {
  m.last += length;
  m.end = tokens[m.last - 1].end;
  m.name = text.slice(m.start, m.end);
  m.type = type;
  m.known = undefined;
}

/**
 * Title Case capitalizes every word, so a name found only in a headline is no evidence of one ("Get Out of Prison
 * Early"): it is kept where the body names it too, cut down to the name the body uses ("Scammed Wall Street").
 */
export function namesBeyondHeadlines(ctx: MentionContext, mentions: Mention[]): Mention[] {
  const titled = titleCaseTokens(ctx.text, ctx.tokens);
  const body = mentions.filter((m) => !titled[m.first]);
  const bodyNames = new Set(body.map((m) => normalizeName(m.name)));
  const bodySurnames = new Set(
    body
      .filter((m) => (m.type === 'Person' || m.type === null) && !m.known && m.last - m.first > 1)
      .map((m) => ctx.words[m.last - 1]),
  );
  const kept: Mention[] = [];
  for (const m of mentions) {
    const name = normalizeName(m.name);
    if (!titled[m.first] || m.known || m.institution || bodyNames.has(name)) {
      kept.push(m);
      continue;
    }
    if (body.some((b) => ` ${normalizeName(b.name)} `.includes(` ${name} `))) {
      kept.push(m);
      continue;
    }
    const inner = body
      .filter((b) => b.last - b.first < m.last - m.first && ` ${name} `.includes(` ${normalizeName(b.name)} `))
      .sort((a, b) => b.last - b.first - (a.last - a.first))[0];
    const at = inner ? findWords(ctx.words, inner, m) : -1;
    if (inner && at >= 0) {
      kept.push(makeMention(ctx, at, at + inner.last - inner.first, { type: inner.type, known: inner.known }));
      continue;
    }
    // "Okonkwo Charged With Fraud" over a story about Emeka Okonkwo: the surname of a person the body names.
    const surnameAt = ctx.words.slice(m.first, m.last).findIndex((w) => bodySurnames.has(w));
    if (surnameAt >= 0) kept.push(makeMention(ctx, m.first + surnameAt, m.first + surnameAt + 1, { type: 'Person' }));
  }
  return kept;
}

const CODE_NAMING = new Set(['dubbed', 'named', 'codenamed', 'called']);

/** "the probe dubbed “Collector”", "a police operation, code-named Flowing Shade,": an operation's name is no entity. */
export function dropCodeNames(ctx: MentionContext, mentions: Mention[]): Mention[] {
  return mentions.filter((m) => !namesOperation(ctx.tokens, m.first));
}

function namesOperation(tokens: Token[], first: number): boolean {
  let k = first - 1;
  while (k >= 0 && OPENING_QUOTES.has(tokens[k].text)) k--;
  if (k < 0 || !CODE_NAMING.has(tokens[k].lower)) return false;
  if (tokens[k - 1]?.text === '-' && tokens[k - 2]?.lower === 'code') k -= 2;
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) if (OPERATION_NOUNS.has(tokens[j].lower)) return true;
  return false;
}

/** Where the words of `inner` occur inside `outer`'s token range, or -1. */
function findWords(words: string[], inner: Mention, outer: Mention): number {
  const length = inner.last - inner.first;
  for (let k = outer.first; k + length <= outer.last; k++) {
    let same = true;
    for (let j = 0; j < length && same; j++) same = words[k + j] === words[inner.first + j];
    if (same) return k;
  }
  return -1;
}
