// Who "he", "she", "the 45-year-old" and "the former president" stand for: the one person of the right gender the
// text has in focus, or nobody when two could be meant (a wrong antecedent is a wrong relation).
import type { LocalEntity } from '../model/extraction.ts';
import { GIVEN_NAMES } from './gazetteers/people.ts';
import {
  FEMALE_GIVEN_NAMES,
  FEMALE_WORDS,
  MALE_WORDS,
  PERSON_NOUNS,
  REFERRING_TITLES,
  TITLE_MODIFIERS,
  UNISEX_GIVEN_NAMES,
} from './gazetteers/personReferences.ts';
import { GROUP_NOUNS, MONTHS_AND_DAYS, NOT_NAMES, SPEECH_VERBS } from './gazetteers/words.ts';
import type { Sentence, Token } from './tokenize.ts';

type Gender = 'male' | 'female';

/** 'pronoun': he, she, his, her; 'age': "the 45-year-old"; 'title': "the former president", "the billionaire". */
export interface PersonReference {
  kind: 'pronoun' | 'age' | 'title';
  /** The phrase's first token ("the"); the reference is keyed by its last, the phrase's head. */
  first: number;
  person: number | null;
}

const PRONOUN_GENDERS = new Map<string, Gender>([
  ...['he', 'him', 'his', 'himself'].map((w): [string, Gender] => [w, 'male']),
  ...['she', 'her', 'hers', 'herself'].map((w): [string, Gender] => [w, 'female']),
]);
const NOUN_GENDERS = new Map<string, Gender>([
  ['man', 'male'],
  ['woman', 'female'],
]);

/** How many sentences back a pronoun may find its person: news names a person again within a paragraph or two. */
const REACH = 3;
const FINAL = new Set(['.', '!', '?', '”', '"', '’', ')']);
const OPENING_QUOTES = new Set(['“', '«']);
const CLOSING_QUOTES = new Set(['”', '»']);

function givenNameGender(entity: LocalEntity): Gender | undefined {
  const given = entity.label.split(' ')[0];
  if (entity.label.split(' ').length < 2 || UNISEX_GIVEN_NAMES.has(given)) return undefined;
  if (FEMALE_GIVEN_NAMES.has(given)) return 'female';
  return GIVEN_NAMES.has(given) ? 'male' : undefined;
}

/** A gender word next to a mention: "Mr Roe", "Sir John Roe", "spokeswoman Jane Roe". */
function wordGender(tokens: Token[], first: number): Gender | undefined {
  for (const k of [first - 1, first - 2]) {
    const word = tokens[k]?.lower ?? '';
    if (MALE_WORDS.has(word)) return 'male';
    if (FEMALE_WORDS.has(word)) return 'female';
  }
  return undefined;
}

/** Titles a mention is given: "Former President Jane Roe", "Jane Roe, the former president," (lower-cased). */
function titlesOf(tokens: Token[], first: number, last: number): string[] {
  const titles: string[] = [];
  for (let k = first - 1; k >= Math.max(0, first - 4) && /^\p{L}/u.test(tokens[k].text); k--)
    if (REFERRING_TITLES.has(tokens[k].lower)) titles.push(tokens[k].lower);
  if (tokens[last]?.text === ',') {
    for (let k = last + 1; k < Math.min(tokens.length, last + 6) && /^[\p{L}’'-]/u.test(tokens[k].text); k++)
      if (REFERRING_TITLES.has(tokens[k].lower)) titles.push(tokens[k].lower);
  }
  return titles;
}

/** Words after a title that make it describe someone new: "the president of France", "the spokesman for X". */
const DESCRIBING_NEXT = new Set(['of', 'for', 'at', "'s", '’s']);

/** A sentence of prose, not a headline, byline or caption line: what a pronoun may look back into. */
const isProse = (tokens: Token[], s: Sentence) => FINAL.has(tokens[s.last - 1].text);

/**
 * "the 45-year-old", "the former president", "the billionaire" at token `i` (its "the"): the description's kind,
 * its head (the token the reference is keyed by), the title it names and the gender it says.
 */
function descriptionAt(
  tokens: Token[],
  i: number,
  nameEnd: (k: number) => number | undefined,
): { kind: 'age' | 'title'; head: number; title?: string; gender?: Gender } | null {
  if (tokens[i].lower !== 'the') return null;
  const sentence = tokens[i].sentence;
  const at = (k: number) => (tokens[k]?.sentence === sentence ? tokens[k] : undefined);
  // "the 45-year-old", "the 45-year-old woman".
  if (/^\d+$/.test(at(i + 1)?.text ?? '') && at(i + 2)?.text === '-' && at(i + 3)?.lower === 'year') {
    if (at(i + 4)?.text !== '-' || at(i + 5)?.lower !== 'old') return null;
    const noun = at(i + 6)?.lower ?? '';
    if (PERSON_NOUNS.has(noun)) return { kind: 'age', head: i + 6, gender: NOUN_GENDERS.get(noun) };
    // The chunker heads "the 45-year-old" on "year".
    return at(i + 6)?.pos === 'NOUN' ? null : { kind: 'age', head: i + 3 };
  }
  let k = i + 1;
  while (TITLE_MODIFIERS.has(at(k)?.lower ?? '') || at(k)?.text === '-') k++;
  // "the United For Congo party leader": an organization's title, which only its one known holder has.
  const organization = nameEnd(k);
  if (organization !== undefined) {
    k = organization;
    // "the X party leader", not "the X deputy leader": only a word for the organization may come between.
    if (GROUP_NOUNS.has(at(k)?.lower ?? '')) k++;
    const title = at(k);
    const next = at(k + 1);
    if (!title || title.text !== title.lower || !REFERRING_TITLES.has(title.lower)) return null;
    return next && (DESCRIBING_NEXT.has(next.lower) || /^\p{Lu}/u.test(next.text))
      ? null
      : { kind: 'title', head: k, title: title.lower };
  }
  const word = at(k);
  if (!word || word.text !== word.lower) return null;
  // "the president of France", "the president Jane Roe": a description of someone the words after it name.
  const next = at(k + 1);
  if (next && (DESCRIBING_NEXT.has(next.lower) || /^\p{Lu}/u.test(next.text))) return null;
  if (REFERRING_TITLES.has(word.lower)) return { kind: 'title', head: k, title: word.lower };
  if (PERSON_NOUNS.has(word.lower) && k > i + 1) return null;
  return PERSON_NOUNS.has(word.lower) ? { kind: 'title', head: k, gender: NOUN_GENDERS.get(word.lower) } : null;
}

/** "a 45-year-old", "a man", "a local businessman": the noun of a person the text introduces without a name. */
function unnamedPerson(tokens: Token[], i: number): string | null {
  for (let k = i + 1; k <= i + 3 && k < tokens.length; k++) {
    if (PERSON_NOUNS.has(tokens[k].lower)) return tokens[k].lower;
    if (tokens[k].lower === 'year' && /^\d+$/.test(tokens[k - 2]?.text ?? '')) return AGE;
    if (tokens[k].pos !== 'ADJ' && tokens[k].pos !== 'NUM' && tokens[k].text !== '-') return null;
  }
  return null;
}
const AGE = 'year-old';

/** "by President Jane Roe", "with Roe": a person named under a preposition is not what the sentence is about. */
function isOblique(tokens: Token[], first: number): boolean {
  for (let k = first - 1; k >= Math.max(0, first - 4); k--) {
    const t = tokens[k];
    if (t.pos === 'ADP') return true;
    if (!/^\p{Lu}/u.test(t.text) && !REFERRING_TITLES.has(t.lower)) return false;
  }
  return false;
}

/** A capitalized word no mention covers where a person's name would stand: "by Doe", "Doe said", "Doe’s". */
function isStranger(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t.pos !== 'PROPN' || tokens[i - 1]?.sentence !== t.sentence || NOT_NAMES.has(t.text)) return false;
  if (MONTHS_AND_DAYS.has(t.text)) return false;
  const next = tokens[i + 1];
  return tokens[i - 1].lower === 'by' || next?.pos === 'VERB' || next?.pos === 'AUX' || next?.text === '’s';
}

/** Words that end the clause of a person named before an object pronoun: "Roe said that X told him". */
const CLAUSE_BREAKS = new Set([',', ';', 'that', 'and', 'but', 'when', 'after', 'before', 'because', 'as', 'while']);

/** The people a sentence names or refers to so far: each once, whether one is its subject, who speaks in it. */
interface SentenceFocus {
  people: number[];
  core: Set<number>;
  speakers: Set<number>;
  /** The last person named and the token after that mention: "Roe told him" cannot mean Roe. */
  last: { person: number; end: number } | null;
  /** The last name-like word no mention covers ("announced by Doe"), -1 when none. */
  stranger: number;
}

/**
 * One pass over the document: the person each personal pronoun and person description stands for, keyed by its
 * head token. `mentions` are the argument mentions in text order.
 */
export function resolvePersonReferences(
  tokens: Token[],
  sentences: Sentence[],
  mentions: { first: number; last: number; entity: number }[],
  entities: LocalEntity[],
): Map<number, PersonReference> {
  const resolved = new Map<number, PersonReference>();
  const genders = new Map<number, Gender>();
  for (const e of entities) {
    const gender = e.type === 'Person' ? givenNameGender(e) : undefined;
    if (gender) genders.set(e.id, gender);
  }
  const focused: SentenceFocus[] = sentences.map(() => ({
    people: [],
    core: new Set(),
    speakers: new Set(),
    last: null,
    stranger: -1,
  }));
  const holders = new Map<string, Set<number>>();
  const named = new Map(mentions.map((m) => [m.first, m]));
  // People the text introduced without a name ("a 45-year-old man"): "the man" may be them, not the last one named.
  const unnamed = new Set<string>();
  let quoteOpen = -1;
  const fits = (id: number, gender: Gender | undefined) => !gender || !genders.has(id) || genders.get(id) === gender;
  const note = (s: number, person: number, core: boolean) => {
    if (!focused[s].people.includes(person)) focused[s].people.push(person);
    if (core) focused[s].core.add(person);
  };

  /** The one person in sentence `back` a reference of `gender` can be, or null when none or several can. */
  const among = (back: number, current: number, candidates: number[], speaking: boolean): number | null => {
    if (candidates.length === 1) return candidates[0];
    // "…,” said Jane Roe. She said …": the quote's speaker, when the sentence gives one.
    const said = candidates.filter((id) => focused[back].speakers.has(id));
    if (speaking && said.length === 1) return said[0];
    // "Roe was suspended by President Doe. She was charged …": the one the sentence before is about (in the
    // pronoun's own sentence, "announced by Doe as what he called", the nearer may be meant).
    if (back === current) return null;
    const core = candidates.filter((id) => focused[back].core.has(id));
    return core.length === 1 && candidates[0] === core[0] ? core[0] : null;
  };

  /** The one person of `gender` in focus before token `i` of sentence `s`, or null when none or two may be meant. */
  const focus = (i: number, gender: Gender | undefined, speaking: boolean, object: boolean): number | null => {
    const s = tokens[i].sentence;
    for (let back = s; back >= Math.max(0, s - REACH); back--) {
      if (back < s && !isProse(tokens, sentences[back])) return null;
      const here = focused[back];
      const local = object && back === s && here.last && !hasBreak(here.last.end, i) ? here.last.person : null;
      // "… announced by Doe as what he called …": a name we did not find may be who the pronoun means.
      if (here.stranger > (here.last?.end ?? -1)) return null;
      const candidates = here.people.filter((id) => id !== local && fits(id, gender));
      if (!candidates.length) continue;
      const one = among(back, s, candidates, speaking);
      // A person of unknown gender nearest, one of the pronoun's gender in a sentence before: either may be meant.
      if (one !== null && gender && back < s && !genders.has(one) && hasKnown(back, s, gender)) return null;
      return one;
    }
    return null;
  };
  const hasBreak = (from: number, to: number) => {
    for (let k = from; k < to; k++)
      if (CLAUSE_BREAKS.has(tokens[k].lower) || SPEECH_VERBS.has(tokens[k].lower)) return true;
    return false;
  };
  const hasKnown = (from: number, s: number, gender: Gender) => {
    for (let back = from - 1; back >= Math.max(0, s - REACH); back--)
      if (focused[back].people.some((id) => genders.get(id) === gender)) return true;
    return false;
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const s = t.sentence;
    if (i === sentences[s].first && quoteOpen >= 0 && s - quoteOpen > REACH) quoteOpen = -1;
    if (OPENING_QUOTES.has(t.text)) quoteOpen = s;
    else if (CLOSING_QUOTES.has(t.text)) quoteOpen = -1;
    else if (t.text === '"') quoteOpen = quoteOpen >= 0 ? -1 : s;
    const mention = named.get(i);
    if (mention && entities[mention.entity].type !== 'Person') i = mention.last - 1;
    if (mention && entities[mention.entity].type !== 'Person') continue;
    if (mention) {
      const e = entities[mention.entity];
      const gender = wordGender(tokens, i);
      if (gender && !genders.has(e.id)) genders.set(e.id, gender);
      const after = tokens[mention.last];
      note(s, e.id, !isOblique(tokens, i));
      focused[s].last = { person: e.id, end: mention.last };
      if (SPEECH_VERBS.has(tokens[i - 1]?.lower ?? '') || SPEECH_VERBS.has(after?.lower ?? ''))
        focused[s].speakers.add(e.id);
      for (const title of titlesOf(tokens, i, mention.last)) {
        const set = holders.get(title) ?? new Set();
        holders.set(title, set.add(e.id));
      }
      i = mention.last - 1;
      continue;
    }
    if (isStranger(tokens, i)) focused[s].stranger = i;
    if (t.lower === 'a' || t.lower === 'an') {
      const noun = unnamedPerson(tokens, i);
      if (noun) unnamed.add(noun);
    }
    const gender = PRONOUN_GENDERS.get(t.lower);
    if (gender && (t.pos === 'PRON' || t.pos === 'DET')) {
      // A pronoun inside a quotation is the speaker's word: who "he" is there is not ours to guess.
      const speaking = SPEECH_VERBS.has(tokens[i + 1]?.lower ?? '');
      const object = t.lower === 'him' || (t.lower === 'her' && t.pos === 'PRON');
      const person = quoteOpen >= 0 ? null : focus(i, gender, speaking, object);
      resolved.set(i, { kind: 'pronoun', first: i, person });
      if (person !== null) {
        if (!genders.has(person)) genders.set(person, gender);
        note(s, person, t.lower === 'he' || t.lower === 'she');
      }
      continue;
    }
    const description = descriptionAt(tokens, i, (k) => {
      const m = named.get(k);
      return m && entities[m.entity].type === 'Organization' ? m.last : undefined;
    });
    if (!description) continue;
    const { kind, head, title } = description;
    // "Jane Roe, the former president,": an apposition names its person; it refers back to nobody.
    const apposition = tokens[i - 1]?.text === ',' && focused[s].last?.end === i - 1;
    let person: number | null = null;
    if (apposition) person = null;
    else if (title) {
      const set = holders.get(title);
      person = set?.size === 1 ? [...set][0] : null;
    } else if (!unnamed.has(kind === 'age' ? AGE : tokens[head].lower)) {
      person = focus(i, description.gender, false, false);
    }
    if (!apposition) resolved.set(head, { kind, first: i, person });
    if (person !== null) note(s, person, true);
    i = head;
  }
  return resolved;
}
