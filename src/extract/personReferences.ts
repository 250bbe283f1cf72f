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
import { SPEECH_VERBS } from './gazetteers/words.ts';
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

/** A sentence of prose, not a headline, byline or caption line: what a pronoun may look back into. */
const isProse = (tokens: Token[], s: Sentence) => FINAL.has(tokens[s.last - 1].text);

/**
 * "the 45-year-old", "the former president", "the billionaire" at token `i` (its "the"): the description's kind,
 * its head (the token the reference is keyed by), the title it names and the gender it says.
 */
function descriptionAt(
  tokens: Token[],
  i: number,
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
  const word = at(k);
  if (!word || word.text !== word.lower) return null;
  // "the president of France", "the president Jane Roe": a description of someone the words after it name.
  const next = at(k + 1);
  if (next && (next.lower === 'of' || next.lower === "'s" || next.lower === '’s' || /^\p{Lu}/u.test(next.text)))
    return null;
  if (REFERRING_TITLES.has(word.lower)) return { kind: 'title', head: k, title: word.lower };
  if (PERSON_NOUNS.has(word.lower) && k > i + 1) return null;
  return PERSON_NOUNS.has(word.lower) ? { kind: 'title', head: k, gender: NOUN_GENDERS.get(word.lower) } : null;
}

/** "a 45-year-old", "a man", "a local businessman": a person the text introduces without a name. */
function introducesUnnamed(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k <= i + 3 && k < tokens.length; k++) {
    if (PERSON_NOUNS.has(tokens[k].lower) || (tokens[k].lower === 'year' && /^\d+$/.test(tokens[k - 2]?.text ?? '')))
      return true;
    if (tokens[k].pos !== 'ADJ' && tokens[k].pos !== 'NUM' && tokens[k].text !== '-') return false;
  }
  return false;
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
  // The people each sentence names or refers to, in order, and those it gives as speakers ("…,” said Jane Roe).
  const people: number[][] = sentences.map(() => []);
  const speakers: Set<number>[] = sentences.map(() => new Set());
  const holders = new Map<string, Set<number>>();
  const named = new Map(mentions.map((m) => [m.first, m]));
  let quoteOpen = -1;
  // A person introduced without a name since the last one named ("a 45-year-old man"): "the man" may be them.
  let unnamed = false;
  const fits = (id: number, gender: Gender | undefined) => !gender || !genders.has(id) || genders.get(id) === gender;

  /** The one person of `gender` in focus before token `i` of sentence `s`, or null when none or two may be meant. */
  const focus = (s: number, gender: Gender | undefined, speaking: boolean): number | null => {
    for (let back = s; back >= Math.max(0, s - REACH); back--) {
      if (back < s && !isProse(tokens, sentences[back])) return null;
      const candidates = [...new Set(people[back].filter((id) => fits(id, gender)))];
      if (!candidates.length) continue;
      if (candidates.length > 1) {
        // "…,” said Jane Roe. She said …": the quote's speaker, when the sentence gives one.
        const said = candidates.filter((id) => speakers[back].has(id));
        return speaking && said.length === 1 ? said[0] : null;
      }
      const [one] = candidates;
      // A person of unknown gender nearest, one of the pronoun's gender further back: either may be meant.
      if (gender && !genders.has(one) && hasKnown(back, s, gender)) return null;
      return one;
    }
    return null;
  };
  const hasKnown = (from: number, s: number, gender: Gender) => {
    for (let back = from - 1; back >= Math.max(0, s - REACH); back--)
      if (people[back].some((id) => genders.get(id) === gender)) return true;
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
    if (mention) {
      const e = entities[mention.entity];
      if (e.type !== 'Person') continue;
      const gender = wordGender(tokens, i);
      if (gender && !genders.has(e.id)) genders.set(e.id, gender);
      people[s].push(e.id);
      const after = tokens[mention.last];
      if (SPEECH_VERBS.has(tokens[i - 1]?.lower ?? '') || SPEECH_VERBS.has(after?.lower ?? '')) speakers[s].add(e.id);
      for (const title of titlesOf(tokens, i, mention.last)) {
        const set = holders.get(title) ?? new Set();
        holders.set(title, set.add(e.id));
      }
      unnamed = false;
      i = mention.last - 1;
      continue;
    }
    if ((t.lower === 'a' || t.lower === 'an') && introducesUnnamed(tokens, i)) unnamed = true;
    const gender = PRONOUN_GENDERS.get(t.lower);
    if (gender && (t.pos === 'PRON' || t.pos === 'DET')) {
      // A pronoun inside a quotation is the speaker's word: who "he" is there is not ours to guess.
      const speaking = SPEECH_VERBS.has(tokens[i + 1]?.lower ?? '');
      const person = quoteOpen >= 0 ? null : focus(s, gender, speaking);
      resolved.set(i, { kind: 'pronoun', first: i, person });
      if (person !== null) {
        if (!genders.has(person)) genders.set(person, gender);
        people[s].push(person);
      }
      continue;
    }
    const description = descriptionAt(tokens, i);
    if (!description) continue;
    const { kind, head, title } = description;
    let person: number | null = null;
    if (title) {
      const set = holders.get(title);
      person = set?.size === 1 ? [...set][0] : null;
    } else if (!unnamed) {
      person = focus(s, description.gender, false);
    }
    resolved.set(head, { kind, first: i, person });
    if (person !== null) people[s].push(person);
    i = head;
  }
  return resolved;
}
