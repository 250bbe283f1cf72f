// Places where a text says two names are one: "Sudanese Armed Forces (SAF)", "Dagalo, widely known as Hemedti".
import type { Mention } from './mentions.ts';
import type { Token } from './tokenize.ts';
import { GIVEN_NAMES } from './gazetteers/people.ts';
import { isAcronym } from './nameSpans.ts';

const KNOWN_AS = [
  ['known', 'as'],
  ['also', 'known', 'as'],
  ['widely', 'known', 'as'],
  ['better', 'known', 'as'],
  ['commonly', 'known', 'as'],
  ['nicknamed'],
  ['dubbed'],
  ['also', 'called'],
  ['formerly', 'known', 'as'],
];

const RELATIVE = new Set(['who', 'which', 'that']);
const BE = new Set(['is', 'are', 'was', 'were']);
const QUOTES = new Set(['“', '”', '"', '‘', '’', "'", '«', '»']);

const isKnownAs = (words: string[]): boolean =>
  KNOWN_AS.some((phrase) => phrase.length === words.length && phrase.every((w, i) => words[i] === w));

/** "known by its Arabic acronym JNIM", "known by the initials": an acronym that need not spell the name's words. */
const isKnownByAcronym = (words: string[]): boolean =>
  words.length >= 4 &&
  words.length <= 5 &&
  words[0] === 'known' &&
  words[1] === 'by' &&
  ['its', 'the', 'their'].includes(words[2]) &&
  ['acronym', 'initials', 'abbreviation'].includes(words[words.length - 1]);

/** Pairs of mentions the text itself equates. */
export function aliasStatements(mentions: Mention[], tokens: Token[]): [Mention, Mention][] {
  const pairs: [Mention, Mention][] = [];
  const sorted = [...mentions].filter((m) => !m.modifier).sort((a, b) => a.first - b.first);
  for (let k = 0; k + 1 < sorted.length; k++) {
    const a = sorted[k];
    const b = sorted[k + 1];
    const between = tokens.slice(a.last, b.first).map((t) => t.lower);
    const sameKind = sameKindOf(a, b);
    const closes = (k: number) => tokens[k]?.text === ')';
    const inParentheses = between.length === 1 && between[0] === '(';
    const parenthesized = inParentheses && (sameKind || isTranslation(a, b)) && (closes(b.last) || acronymAfter(b));
    // "People’s Justice Party (Parti Keadilan Rakyat - PKR)": the acronym closing the parentheses is a third name.
    const acronym = inParentheses && acronymAfter(b) ? sorted[k + 2] : undefined;
    if (parenthesized && acronym) pairs.push([a, acronym]);
    // 'Joaquin Guzman, known as "El Chapo"': the quotes around the alias are no words of the phrase.
    const phrase = between.filter((w) => !QUOTES.has(w));
    const afterComma = phrase[0] === ',' ? phrase.slice(1) : phrase;
    // "Dagalo, who is widely known as Hemedti": a relative clause says it as well.
    const relative = RELATIVE.has(afterComma[0]) && BE.has(afterComma[1]);
    // "known as the Butcher": the article is no word of the phrase.
    const words = (relative ? afterComma.slice(2) : afterComma).filter(
      (w, i, all) => i < all.length - 1 || w !== 'the',
    );
    const knownAs = isKnownAs(words) || (isKnownByAcronym(words) && isAcronym(b.name));
    if (parenthesized || knownAs || orAcronym(a, b, between)) pairs.push([a, b]);
    // "Jane Roe, known in Examplestan as “the Falcon”": where she is known by it is named between.
    const alias = sorted[k + 2];
    const after =
      alias &&
      tokens
        .slice(b.last, alias.first)
        .map((t) => t.lower)
        .filter((w) => !QUOTES.has(w));
    const place = b.type === 'Location' && words.at(-1) === 'in' && isKnownAs([...words.slice(0, -1), 'as']);
    if (place && alias.type !== 'Location' && (after!.join(' ') === 'as' || after!.join(' ') === 'as the'))
      pairs.push([a, alias]);
    // "known as Tehrik-e-Taliban Pakistan or TTP": a second alias after "or".
    const other = sorted[k + 2];
    if (knownAs && other && tokens[b.last]?.lower === 'or' && other.first === b.last + 1 && other.type === a.type)
      pairs.push([a, other]);
  }
  return pairs;

  /**
   * "the National Liberation Army, or ELN by its Spanish acronym,": a name of several words, then "or" and an
   * acronym. The last two items of a list ("the RSF, the SAF, or JEM") are no alias: the name must not follow one.
   */
  function orAcronym(a: Mention, b: Mention, between: string[]): boolean {
    const before = tokens[a.first - 1]?.lower === 'the' ? a.first - 2 : a.first - 1;
    const listed = [',', 'and', 'or'].includes(tokens[before]?.lower ?? '');
    return sameKindOf(a, b) && between.join(' ') === ', or' && a.last - a.first > 1 && isAcronym(b.name) && !listed;
  }

  function acronymAfter(b: Mention): boolean {
    const next = sorted[sorted.indexOf(b) + 1];
    return (
      !!next &&
      ['-', ',', '–'].includes(tokens[b.last]?.text) &&
      next.first === b.last + 1 &&
      isAcronym(next.name) &&
      tokens[next.last]?.text === ')'
    );
  }
}

/** "CAIRO (AP) —" is a dateline, not an alias: only names of one kind, neither of them an outlet, are equated. */
const sameKindOf = (a: Mention, b: Mention): boolean =>
  a.type === b.type && a.type !== 'Location' && a.known?.kind !== 'media' && b.known?.kind !== 'media';

/**
 * "Pakatan Harapan (Alliance of Hope)", "Pivdennyi Viter (Southern Wind)": a name and its translation, which context
 * cues may well type differently. Both are names of several words that type themselves by nothing sure: not known,
 * not a place, not a person by a given name; "Jane Smith (Labour Party)" names a person and her party.
 */
function isTranslation(a: Mention, b: Mention): boolean {
  const loose = (m: Mention) =>
    !m.known &&
    !m.institution &&
    m.type !== 'Location' &&
    m.last - m.first > 1 &&
    !GIVEN_NAMES.has(m.name.split(' ')[0]);
  return loose(a) && loose(b);
}
