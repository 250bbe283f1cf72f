// Finds the spans of text that may be names: runs of capitalized words, joined where a name continues.
import { LEGAL_SUFFIXES, ORGANIZATION_HEADS, PARTY_WORDS } from './gazetteers/organizations.ts';
import { EAST_ASIAN_FAMILY_NAMES, GIVEN_NAMES, PERSON_TITLES, TITLE_OBJECTS } from './gazetteers/people.ts';
import { CREDIT_WORDS, MONTHS_AND_DAYS, NOT_NAMES, PAGE_WIDGETS } from './gazetteers/words.ts';
import { COMPASS, PLACE_OF_HEADS } from './gazetteers/places.ts';
import { wordList } from './gazetteers/lists.ts';
import { countryOf, isDemonym, matchKnown } from './lexicon.ts';
import type { Token } from './tokenize.ts';

/** Lowercase words inside names ("Abu Bakr al-Baghdadi", "Charles de Gaulle"). */
export const PARTICLES = new Set([
  'de',
  'da',
  'del',
  'della',
  'di',
  'du',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
  'al',
  'el',
  'bin',
  'ibn',
  'ben',
  'dos',
  'das',
  // Spanish "y" ("Ortega y Gasset", "Importaciones y Exportaciones"), Arabic "wa" and "ul" ("Nusrat ul-Islam wa …").
  'y',
  'wa',
  'ul',
  // Polish "vel" ("or"), between a name's two surnames: "Szynkowski vel Sęk".
  'vel',
]);
export const POSSESSIVE = new Set(['’s', "'s"]);
/** Particles written between hyphens inside a name: Urdu and Persian "-e-", Arabic "-ul-", French "-en-", "-sur-". */
const HYPHEN_PARTICLES = new Set([...PARTICLES, 'e', 'i', 'ul', 'ud', 'ut', 'ur', 'us', 'wal', 'en', 'sur', 'upon']);
const JOINERS = new Set(['of', 'for', 'and', '&']);
/**
 * Nouns for people that a name holds in the possessive before its head: "National People’s Assembly", "Farmers’
 * Union", "Liberation War Veterans’ Association" (a person's possessive, "Putin’s Security Council", is no name).
 */
const COLLECTIVES = new Set(
  wordList(`People Peoples Workers Women Children Farmers Veterans Citizens Nations Soldiers Mothers Journalists Writers
  Teachers Doctors Students Employers Traders Miners Fishermen Pensioners Youth`),
);
/** Japanese words for a crime syndicate, written after its name with a hyphen: "Yamaguchi-gumi", "Sumiyoshi-kai". */
const SYNDICATE_SUFFIXES = new Set(['gumi', 'kai', 'ikka', 'rengo']);
/** Words that follow a name with a hyphen to make a compound: "Seoul-born", "Mao-era", "Kim-style". */
const COMPOUND_WORDS = new Set(
  wordList('born made run era style type like wide free old year day class level only owned'),
);
const ORDINAL = /^\d+(?:st|nd|rd|th)$/;

const isUpper = (c: string): boolean => c !== c.toLowerCase() && c === c.toUpperCase();
export const isAcronym = (word: string): boolean => /^[A-Z][A-Z0-9&.]{1,6}$/.test(word) && /[A-Z].*[A-Z]/.test(word);
/** A word in capitals that is longer than an acronym: headlines and datelines ("MOSCOW (Reuters) -"). */
const isShouted = (word: string): boolean => /^[A-Z][A-Z’'-]{4,}$/.test(word);
const titleCase = (word: string): string => word[0] + word.slice(1).toLowerCase();
/** Arabic article prefixes written with a hyphen: "al-Burhan", "el-Sisi", Levantine "a-Noufal". */
const ARTICLE_PREFIXED = /^(?:a|al|el|ad|as|ash|at|az|ar|an)-\p{Lu}/u;
/** An amount written with its currency's letters: "N32bn", "R5m", "KSh2.5bn". */
const AMOUNT = /^\p{Lu}\p{L}{0,2}\d[\d.,]*(?:bn|m|mn|k|tn|b)$/u;
/** Ticker symbols in financial copy: "(MSFT.O)". */
const TICKER = /^[A-Z]{1,5}\.[A-Z]{1,2}$/;

/** A byline in capitals run into the date after it: "JANE DOEMonday". */
const GLUED_DATE = new RegExp(`^(\\p{Lu}{2,})(?:${[...MONTHS_AND_DAYS].join('|')})$`, 'u');
/** A byline's surname run into its agency's letters where the line ends: "Dominic GianniniAAP". */
const GLUED_AGENCY = /^(\p{Lu}\p{Ll}{2,})\p{Lu}{2,5}$/u;

/** The name a token starts when chrome runs into it ("DOE" of "DOEMonday", "Giannini" of "GianniniAAP"). */
export function gluedName(tokens: Token[], k: number): string | undefined {
  const lineEnds = !tokens[k + 1] || tokens[k + 1].sentence !== tokens[k].sentence;
  return GLUED_DATE.exec(tokens[k].text)?.[1] ?? (lineEnds ? GLUED_AGENCY.exec(tokens[k].text)?.[1] : undefined);
}

const glued = (tokens: Token[], a: number, b: number) => tokens[a].end === tokens[b].start;
const IN_CAPITALS = /^[A-Z-][A-Z’'-]*$/;

/**
 * The words as the name rules see them: shouted words in title case (so "MOSCOW" is Moscow), and runs of
 * shouted words that name nothing known blanked out (headlines like "GRIEVANCE LONG IN THE MAKING").
 */
export function nameWords(tokens: Token[]): string[] {
  // "JANE DOEMonday": the byline's surname without the date it runs into.
  const words = tokens.map((t, k) => gluedName(tokens, k) ?? t.text);
  // Made once, not once per token: this runs over every token of the document.
  const inCapitals = (k: number) => k >= 0 && k < tokens.length && IN_CAPITALS.test(tokens[k].text);
  const capitals = (k: number) => words[k] === words[k].toUpperCase() && /\p{L}/u.test(words[k]);
  const gluedHyphen = (k: number) => words[k] === '-' && glued(tokens, k - 1, k) && glued(tokens, k, k + 1);
  for (let i = 0; i < tokens.length; i++) {
    // "SONY'S OBJECTIONS": a known name in capitals with its possessive.
    if (words[i] === "'S" || words[i] === '’S') words[i] = words[i].toLowerCase();
    const alone = !inCapitals(i - 1) && !inCapitals(i + 1);
    if (alone && isAcronym(words[i]) && words[i].length > 2 && !matchKnown(words, i, i + 1)) {
      const titled = titleCase(words[i]);
      if (matchKnown([titled], 0)?.length === 1) words[i] = titled;
    }
    if (!isShouted(words[i]) && !(isAcronym(words[i]) && isShouted(words[i + 1] ?? ''))) continue;
    let end = i;
    while (end < tokens.length && tokens[end].sentence === tokens[i].sentence && (capitals(end) || gluedHyphen(end)))
      end++;
    // "ROSTOV-ON-DON" -> "Rostov-on-Don": short words inside a name stay lowercase.
    const titled = words
      .slice(i, end)
      .map((w, k) => (k > 0 && w.length <= 3 && !isAcronym(w) ? w.toLowerCase() : titleCase(w)));
    const known = matchKnown(titled, 0);
    if (end - i === 1) words[i] = known || !isAcronym(words[i]) ? titled[0] : words[i];
    else if (
      (known && known.length === end - i) ||
      (datelinePlace(tokens, end) && end - i <= 4 && !titled.some(isNotName))
    )
      titled.forEach((w, k) => (words[i + k] = w));
    else for (let k = i; k < end; k++) words[k] = words[k].toLowerCase();
    i = end - 1;
  }
  return words;
}

const isNotName = (word: string): boolean => NOT_NAMES.has(word) || NOT_NAMES.has(titleCase(word));

/** "DERA ISMAIL KHAN, Pakistan —": a run of capitals before a comma and a country is a dateline's place. */
function datelinePlace(tokens: Token[], end: number): boolean {
  const country = tokens[end + 1];
  return (
    tokens[end]?.text === ',' && !!country && country.sentence === tokens[end].sentence && !!countryOf(country.text)
  );
}

/** "Anti-graft agency", "Pro-democracy groups": a prefix before a lowercase word makes an adjective, not a name. */
const PREFIXED_ADJECTIVE = /^(?:Anti|Pro|Non|Counter|Self|Post|Pre|Ex|Neo|Semi|Multi|Cross|Inter|Trans)-\p{Ll}/u;

function isNameToken(tokens: Token[], words: string[], i: number): boolean {
  const w = words[i];
  if (ARTICLE_PREFIXED.test(w)) return true;
  // "Aug. 11": a month abbreviated with its stop.
  const month = MONTHS_AND_DAYS.has(w) || (w.endsWith('.') && MONTHS_AND_DAYS.has(w.slice(0, -1)));
  if (!isUpper(w[0]) || month || TICKER.test(w) || PREFIXED_ADJECTIVE.test(w)) return false;
  // "5G network", "1Opposition" (a caption number run into a headline): a word glued to a number is no name.
  if (i > 0 && glued(tokens, i - 1, i) && /\d$/.test(tokens[i - 1].text)) return false;
  // "US$20", "CUS$40": a currency's letters before its sign.
  if (w.endsWith('$') || (tokens[i + 1]?.text === '$' && glued(tokens, i, i + 1))) return false;
  // "N32bn", "R5m": an amount with its currency's letter.
  if (AMOUNT.test(w)) return false;
  return tokens[i].pos !== 'PUNCT' && tokens[i].pos !== 'SYM';
}

/** A sentence start (or a quote's start) capitalizes any word; only proper nouns and known names count there. */
export function atClauseStart(tokens: Token[], i: number): boolean {
  if (i === 0 || tokens[i - 1].sentence !== tokens[i].sentence) return true;
  return ['“', '"', '‘', ':', '(', '–', '—', '|', '»'].includes(tokens[i - 1].text);
}

/**
 * How many joining tokens at `end` a name continues across into the name word after them (0: it ends here):
 * "Yunus-Bek", "al-Assad", "Charles de Gaulle", "King’s College", "Doctors’ Union", "Supreme Court of Russia",
 * "Syrian Observatory for Human Rights", "Competition and Markets Authority".
 */
function joinLength(tokens: Token[], words: string[], start: number, end: number, inside: NamesInside): number {
  const word = tokens[end]?.lower;
  // Most spans end at an ordinary word: decide that before anything else (this runs once per name).
  if (
    word === undefined ||
    !(word === '-' || word === '’' || word === "'" || PARTICLES.has(word) || POSSESSIVE.has(word) || JOINERS.has(word))
  ) {
    return 0;
  }
  const at = (k: number) => tokens[k]?.sentence === tokens[start].sentence;
  const nameAt = (k: number) => at(k) && isNameToken(tokens, words, k);
  const andInside = (purpose: number, k: number) => {
    if (!tokens.slice(purpose + 2, k).some((t) => t.lower === 'of')) return false;
    const next = k + 1;
    for (k++; nameAt(k); k++);
    if (tokens[k]?.text === '(' && isAcronym(tokens[k + 1]?.text ?? '')) return true;
    return !matchKnown(words, next, k) && !GIVEN_NAMES.has(words[next]);
  };
  const joiner = tokens[end]?.lower;
  if (!at(end)) return 0;
  const hyphenGlued = (k: number) => tokens[k]?.text === '-' && glued(tokens, k - 1, k) && glued(tokens, k, k + 1);
  if (hyphenGlued(end) && nameAt(end + 1)) return 1;
  if (hyphenGlued(end) && SYNDICATE_SUFFIXES.has(tokens[end + 1]?.text ?? '')) return 1;
  // "Kim Jong-su", "Inspector Wong Siu-ming": a Korean or Chinese given name's second syllable is lowercase
  // (and no word of a compound: "Hong Kong-based", "Chan Wing-led").
  const syllable = tokens[end + 1]?.text ?? '';
  if (
    hyphenGlued(end) &&
    end - start >= 2 &&
    EAST_ASIAN_FAMILY_NAMES.has(words[end - 2]) &&
    /^\p{Ll}{1,5}$/u.test(syllable) &&
    !/ed$/.test(syllable) &&
    !COMPOUND_WORDS.has(syllable) &&
    !matchKnown(words, end - 2, end)
  )
    return 1;
  // "Tehrik-e-Taliban", "Hizb-ut-Tahrir", "Aix-en-Provence": a lowercase particle between hyphens.
  const particle = tokens[end + 1];
  const hyphenParticle = particle && particle.text === particle.lower && HYPHEN_PARTICLES.has(particle.lower);
  if (hyphenGlued(end) && hyphenParticle && hyphenGlued(end + 2) && nameAt(end + 3)) return 3;
  if (PARTICLES.has(joiner) && hyphenGlued(end + 1) && nameAt(end + 2)) return 2;
  if (PARTICLES.has(joiner) && nameAt(end + 1)) return 1;
  // "Ursula von der Leyen", "Juan de la Cruz": two particles in a row.
  if (PARTICLES.has(joiner) && PARTICLES.has(tokens[end + 1]?.lower ?? '') && nameAt(end + 2)) return 2;
  // "Nusrat ul-Islam wa al-Muslimin": a particle, then one glued to the name by a hyphen.
  if (PARTICLES.has(joiner) && PARTICLES.has(tokens[end + 1]?.lower ?? '') && hyphenGlued(end + 2) && nameAt(end + 3))
    return 3;
  const left = tokens[end - 1];
  if (
    (joiner === 'of' || joiner === 'for') &&
    ORGANIZATION_HEADS.has(left.text) &&
    tokens[end + 1]?.lower === 'the' &&
    nameAt(end + 2)
  )
    return 2;
  // "African Party for the Independence of Guinea and Cape Verde", "Group for the Support of Islam and Muslims": a
  // name whose head takes "for the <noun>" goes on through that noun's own "of" phrase, and through an "and" inside
  // it to a word that names nothing else, or when the acronym of the whole follows ("Institute for the Study of War
  // and Russia" is two names).
  const purpose = purposeOf(tokens, start, end);
  if (purpose >= 0 && joiner === 'of' && tokens[end + 1]?.lower === 'the' && nameAt(end + 2)) return 2;
  if (purpose >= 0 && nameAt(end + 1) && (joiner === 'of' || (joiner === 'and' && andInside(purpose, end)))) return 1;
  if (!nameAt(end + 1)) return 0;
  // "Wells Fargo & Co.", "Johnson & Johnson Co": "& Co." is the company's legal form; "Capital & Management",
  // "Marks & Spencer": names join across "&" as they do not across "and".
  if (joiner === '&') return 1;
  const headAhead = () => {
    for (let k = end + 1; k < Math.min(tokens.length, end + 6) && nameAt(k); k++)
      if (ORGANIZATION_HEADS.has(words[k])) return true;
    return false;
  };
  if (
    POSSESSIVE.has(joiner) ||
    ((joiner === '’' || joiner === "'") && left.lower.endsWith('s') && glued(tokens, end - 1, end))
  ) {
    // "King’s College London" is one name; "Putin’s regime" and "Ukraine’s army" are not, nor is "Okafor’s
    // National Reform Party" where the document names the man in full elsewhere.
    // "The Workers’ Party": the article a sentence opens with is not a word of the name.
    const length = end - start - (tokens[start].lower === 'the' ? 1 : 0);
    if (COLLECTIVES.has(left.text) && headAhead()) return 1;
    const possessor = !countryOf(left.text) && !matchKnown(words, end - 1, end) && !inside.lastWords.has(left.text);
    return length === 1 && possessor && headAhead() ? 1 : 0;
  }
  if (!JOINERS.has(joiner)) return 0;
  // "the Arakan Army and Chin Brotherhood": a name that ends in its head is complete; "and" then joins two.
  if (joiner === 'and' && ORGANIZATION_HEADS.has(left.text)) return 0;
  // "Supreme Court of Russia", "Secretary of State"; "National Council for the Safeguarding of the Homeland".
  const leftHead =
    ORGANIZATION_HEADS.has(left.text) ||
    PERSON_TITLES.has(left.text) ||
    TITLE_OBJECTS.has(left.text) ||
    PLACE_OF_HEADS.has(left.text);
  if (joiner === 'of' && (leftHead || left.pos === 'NOUN')) return 1;
  // "National League for Democracy": a league, which a possessive before it does not join ("Hasina's Awami League").
  if (joiner === 'for' && (leftHead || left.text === 'League')) return 1;
  if ((joiner === 'of' || joiner === 'for') && leftHead && tokens[end + 1]?.lower === 'the' && nameAt(end + 2))
    return 2;
  if (joiner === 'and') {
    // "Ministry of Land and Maritime Transportation", "Department of Health and Human Services": a head's one-word
    // object and another, when no head and no known name follows.
    const object = end - start >= 3 && ORGANIZATION_HEADS.has(words[end - 3]) && tokens[end - 2].lower === 'of';
    if (object && !headAhead() && !matchKnown(words, end + 1)) return 1;
    // "Ahrar al-Sham and Nusra Front": a name with a particle before "and" is complete; the head after is the next's.
    const particle = tokens.slice(start + 1, end).some((t) => PARTICLES.has(t.text));
    if (particle && !words.slice(start, end).some((w) => ORGANIZATION_HEADS.has(w))) return 0;
  }
  // "Jane Roe of Acme Securities": a person of an organization, two names (a name of several words and no head
  // goes on through "of" only to a head of its own, handled above).
  const own = tokens[start].lower === 'the' ? start + 1 : start;
  if (joiner === 'of' && end - own > 1 && !words.slice(own, end).some((w) => ORGANIZATION_HEADS.has(w))) return 0;
  // "Air Tovan and Air Tovan Trading": a company and another named after it, two names.
  if (joiner === 'and' && words.slice(start, end).every((w, k) => words[end + 1 + k] === w)) return 0;
  // "Vivendi and Amber Capital" where the document names Vivendi alone: two names, not one with an "and" inside.
  if (joiner === 'and' && end - start === 1 && inside.alone.has(words[start])) return 0;
  return headAhead() && !matchKnown(words, start, end) ? 1 : 0;
}

/** Where a head word's "for the" (or "of the") opens the name's purpose ("Council for the Safeguarding"), or -1. */
function purposeOf(tokens: Token[], start: number, end: number): number {
  for (let k = start + 1; k < end - 2; k++) {
    const joiner = tokens[k].lower;
    if (
      (joiner === 'for' || joiner === 'of') &&
      tokens[k + 1].lower === 'the' &&
      ORGANIZATION_HEADS.has(tokens[k - 1].text)
    )
      return k;
  }
  return -1;
}

/** Maximal runs of name tokens, joined where a name continues (see joinLength). */
export function nameSpans(tokens: Token[], words: string[]): [number, number][] {
  const spans: [number, number][] = [];
  const inside = namesInside(tokens, words);
  let i = 0;
  while (i < tokens.length) {
    if (!isNameToken(tokens, words, i)) {
      i++;
      continue;
    }
    const start = withArticle(tokens, i);
    let end = i + 1;
    for (;;) {
      // "Frutas Unidas S.A. de C.V.": a legal form in two parts, joined by "de".
      if (LEGAL_SUFFIXES.has(words[end - 1]) && tokens[end]?.text === 'de' && LEGAL_SUFFIXES.has(words[end + 1] ?? ''))
        end += 2;
      // A company's legal form ends its name: "… Communications Inc. Rogers said", "Acme Ltd CEO Jane Doe".
      if (LEGAL_SUFFIXES.has(words[end - 1]) && end - 1 > start && !LEGAL_SUFFIXES.has(words[end] ?? '')) break;
      if (end < tokens.length && tokens[end].sentence === tokens[start].sentence && isNameToken(tokens, words, end))
        end++;
      else {
        const join = joinLength(tokens, words, start, end, inside);
        if (!join) break;
        end += join + 1;
      }
    }
    // A known name may run on through lowercase words: "Rostov-on-Don"; "The Democratic People's Republic of Korea"
    // from the word after the article.
    const from = tokens[start].lower === 'the' ? start + 1 : start;
    const known = matchKnown(words, from);
    if (known && from + known.length > end) end = from + known.length;
    const [s, e] = trimSpan(tokens, words, [start, end], inside);
    spans.push(s < e ? withNumbers(tokens, words, s, e) : [s, e]);
    i = end;
  }
  return spans.filter(([s, e]) => s < e);
}

/** Arabic articles before a name: "al-Shabaab", "al Qaeda", "el-Sisi". */
const ARTICLES = new Set(['al', 'el', 'ad', 'as', 'ash', 'at', 'az', 'ar', 'an']);

/** Where a name that starts at `i` starts with its Arabic article: "al-" glued before it, or "al"/"el" and a space. */
function withArticle(tokens: Token[], i: number): number {
  const before = tokens[i - 1];
  if (!before || before.sentence !== tokens[i].sentence) return i;
  if (before.text === '-' && glued(tokens, i - 1, i) && i > 1 && glued(tokens, i - 2, i - 1))
    return ARTICLES.has(tokens[i - 2].text) ? i - 2 : i;
  return before.text === 'al' || before.text === 'el' ? i - 1 : i;
}

/** Names the document writes inside sentences, where capitals mark names: whole runs, and their last words. */
interface NamesInside {
  runs: Set<string>;
  /** Capitalized words written alone inside sentences ("Vivendi said"), or before an organization's head. */
  alone: Set<string>;
  /** "Dodge" after "Prosecutor General Raquel Dodge". */
  lastWords: Set<string>;
}

function namesInside(tokens: Token[], words: string[]): NamesInside {
  const inside: NamesInside = { runs: new Set(), alone: new Set(), lastWords: new Set() };
  // Asked up to three times of each token: tested once.
  const initialCapital = words.map((w) => /^\p{Lu}\p{Ll}/u.test(w));
  const capitalized = (k: number) => k < tokens.length && initialCapital[k];
  for (let k = 0; k < tokens.length; k++) {
    if (!capitalized(k) || (k > 0 && capitalized(k - 1) && tokens[k - 1].sentence === tokens[k].sentence)) continue;
    let end = k + 1;
    while (capitalized(end) && tokens[end].sentence === tokens[k].sentence) end++;
    const single = end - k === 1 && tokens[end]?.lower !== 'and' && !JOINERS.has(tokens[k - 1]?.lower ?? '');
    if ((single || (end - k === 2 && ORGANIZATION_HEADS.has(words[k + 1]))) && !atClauseStart(tokens, k))
      inside.alone.add(words[k]);
    if (end - k < 2) continue;
    if (!atClauseStart(tokens, k)) inside.runs.add(words.slice(k, end).join(' '));
    inside.lastWords.add(words[end - 1]);
  }
  return inside;
}

/** Military units numbered after their head word: "Battalion 372", "Unit 29155" (a year is no unit's number). */
const NUMBERED_UNITS = new Set(
  wordList('Battalion Brigade Regiment Division Unit Squadron Detachment Corps Army Fleet'),
);

/**
 * A unit's or a court's number is part of its name: an ordinal before it ("3rd Circuit Court of Appeals", "47th
 * Mechanized Brigade"), a number after its head ("Battalion 372").
 */
function withNumbers(tokens: Token[], words: string[], start: number, end: number): [number, number] {
  let [s, e] = [start, end];
  const sameSentence = (k: number) => tokens[k]?.sentence === tokens[start].sentence;
  const headed = words.slice(start, Math.min(end, start + 4)).some((w) => ORGANIZATION_HEADS.has(w) || w === 'Circuit');
  if (s > 0 && sameSentence(s - 1) && ORDINAL.test(tokens[s - 1].text) && headed) s--;
  const number = tokens[e]?.text ?? '';
  const year = /^(?:19|20)\d{2}$/.test(number);
  if (sameSentence(e) && NUMBERED_UNITS.has(words[e - 1]) && /^\d{1,6}$/.test(number) && !year) e++;
  return [s, e];
}

function trimSpan(
  tokens: Token[],
  words: string[],
  [start, end]: [number, number],
  inside: NamesInside,
): [number, number] {
  let s = start;
  // "Dodge accused him" after "Raquel Dodge", "Office Depot's shares" after "… of Office Depot": a name the document
  // writes inside a sentence is one where a sentence opens with it.
  const written =
    end - start === 1 ? inside.lastWords.has(words[start]) : inside.runs.has(words.slice(start, end).join(' '));
  const ordinaryStart = (k: number) =>
    atClauseStart(tokens, k) &&
    tokens[k].pos !== 'PROPN' &&
    !(k === start && written) &&
    !PERSON_TITLES.has(words[k]) &&
    !matchKnown(words, k, end) &&
    !isAcronym(words[k]);
  // "Three Brotherhood Alliance" keeps its number; "Three Russians" does not become a name.
  // "Liberal Democratic Party" at a sentence start keeps its party word.
  const named = (k: number) =>
    ['NUM', 'ADJ', 'PROPN', 'NOUN'].includes(tokens[k].pos) &&
    (!atClauseStart(tokens, k) || PARTY_WORDS.has(words[k])) &&
    words.slice(k + 1, end).some((w) => ORGANIZATION_HEADS.has(w) || PARTY_WORDS.has(w));
  // "SOURCE:" in capitals is the caption word "Source"; "THE US has imposed …", a lead's article in capitals.
  const notName = (k: number) =>
    NOT_NAMES.has(words[k]) || ((isShouted(words[k]) || words[k] === 'THE') && NOT_NAMES.has(titleCase(words[k])));
  // "Western Canada": a compass word before a known place names a part of it.
  const part = (k: number) => COMPASS.has(words[k]) && matchKnown(words, k + 1, end)?.entity.type === 'Location';
  // "New Zealander Graeme Hart": a common word that opens a nationality's noun stays with it.
  const demonym = (k: number) => k + 1 < end && isDemonym(`${words[k]} ${words[k + 1]}`);
  const trimmed = (k: number) => notName(k) && !named(k) && !matchKnown(words, k, end) && !part(k) && !demonym(k);
  while (s < end && (trimmed(s) || ordinaryStart(s))) s++;
  // "Fighters of Battalion 372" once "Fighters" is gone: a name does not start with "of".
  while (s < end && JOINERS.has(tokens[s].text)) s++;
  let e = end;
  while (
    e > s &&
    (JOINERS.has(tokens[e - 1].lower) ||
      PARTICLES.has(tokens[e - 1].lower) ||
      tokens[e - 1].text === '-' ||
      (e - 1 > s && (PAGE_WIDGETS.has(words[e - 1]) || CREDIT_WORDS.has(words[e - 1]))))
  )
    e--;
  return [s, e];
}
