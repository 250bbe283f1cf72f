// Decides the type of names that do not type themselves, from the words around each of their mentions.
import type { EntityType } from '../model/vocabulary.ts';
import { DIVISION_NOUNS, PLACE_NOUNS } from './gazetteers/places.ts';
import { COMPASS_NOUNS, FACILITY_NOUNS, WORKS_NOUNS } from './gazetteers/phraseWords.ts';
import { wordList } from './gazetteers/lists.ts';
import { GIVEN_NAMES, LOCAL_OFFICES, NAMING_WORDS, PERSON_TITLES, ROLE_RELATIONS } from './gazetteers/people.ts';
import { SPEECH_VERBS, SURNAME_ENDINGS } from './gazetteers/words.ts';
import type { Mention } from './mentions.ts';
import type { Token } from './tokenize.ts';
import { matchKnown } from './lexicon.ts';
import { isAcronym } from './nameSpans.ts';
import { DROPPABLE_HEADS, ORGANIZATION_HEADS } from './gazetteers/organizations.ts';

export type TypeVotes = Record<EntityType, number>;

const LOCATION_PREPOSITIONS = new Set([
  'in',
  'into',
  'near',
  'from',
  'across',
  'toward',
  'towards',
  'outside',
  'inside',
  'around',
  'through',
  'throughout',
  'along',
  'beyond',
]);
const QUOTES = new Set(['“', '"', '‘', '«']);
const CLOSING_QUOTES = new Set(['”', '"', '’', '»']);

/** Context votes for one mention; they add up over all mentions of the same name in a document. */
/** Common nouns that say a name is an organization. */
const ORGANIZATION_NOUNS = new Set(
  `firm company group outlet militia party agency broadcaster network startup bank union movement coalition alliance
  newspaper channel consultancy insurer carrier airline manufacturer maker developer operator contractor producer
  regulator watchdog charity organisation organization brand platform website lab insurgents rebels faction daily
  weekly tabloid magazine broadcaster portal gang cartel syndicate club league ministry department council committee
  conglomerate unit subsidiary affiliate lender retailer miner automaker carmaker telco telecom shipper mafia chain
  clan venture`.split(/\s+/),
);
/** A noun and its singular forms: "companies" -> "company", "gangs" -> "gang", "bosses" -> "boss". */
const nounForms = (noun: string): string[] => [
  noun,
  noun.replace(/s$/, ''),
  noun.replace(/es$/, ''),
  noun.replace(/ies$/, 'y'),
];
// "Dos Equis and Tecate brands" are products; "the Tecate brand" may be the company's.
const isOrganizationNoun = (noun: string) =>
  nounForms(noun).some((w) => ORGANIZATION_NOUNS.has(w) && !PRODUCT_ROLES.has(w) && (w === noun || w !== 'brand'));
/** What a company's shares and stakes are of: "Daimler shares", "a stake in Daimler", "the buyout of Daimler". */
const SHARE_NOUNS = new Set(wordList('shares share stake stakes stock shareholders shareholder'));
const DEAL_NOUNS = new Set([...SHARE_NOUNS, ...wordList('buyout takeover acquisition merger')]);
/** Where "of" a place follows: "southeast of Manbij", "the outskirts of Manbij". */
const PLACE_OF_NOUNS = new Set([...COMPASS_NOUNS, ...wordList('outskirts suburbs')]);
/** Nouns of places and divisions, before "of" the place's name or a list of names: "the departments of A, B and C". */
const isPlaceNoun = (noun: string) =>
  nounForms(noun).some((w) => PLACE_NOUNS.has(w) || DIVISION_NOUNS.has(w) || w === 'department');
/** What a company has, after its possessive. */
const BUSINESS_NOUNS = new Set(
  `shareholder shareholders profit profits revenue revenues earnings subsidiary subsidiaries shares stake ceo board
  executive executives customers subscribers headquarters`.split(/\s+/),
);
/** What heads or belongs to a company, before "of" its name: "the chief executive of Star Scientific". */
const OF_COMPANY_NOUNS = new Set([
  ...BUSINESS_NOUNS,
  ...wordList('chairman chairwoman founder co-founder arm co-heads'),
]);
/** '"Call of Duty" maker': after a name, these nouns say what makes it, so the name is a product. */
const PRODUCT_ROLES = new Set(['maker', 'manufacturer', 'developer', 'producer', 'operator', 'contractor', 'carrier']);
const REPORTING = new Set(['reported', 'reports', 'according']);
/** Roles after a name that make it what the person belongs to: "Hamas official", "Cartel leader". */
const MEMBER_ROLES = new Set(
  [...ROLE_RELATIONS]
    .filter(
      ([role, relation]) =>
        relation === 'MEMBER_OF' || relation === 'LEADS' || ['official', 'executive'].includes(role),
    )
    .map(([role]) => role)
    .filter((role) => !['mayor', 'governor', 'owner', 'head', 'deputy'].includes(role)),
);
/** What stands in a place: facilities, works, and what a name of a place also goes with. */
const STANDING_NOUNS = new Set([...FACILITY_NOUNS, ...WORKS_NOUNS, ...wordList('base field avenue street camp')]);

/**
 * The head noun of an apposition after a name: ", a loosely organised militia" -> "militia", ", a former bank
 * manager" -> "manager" (the last noun of the phrase, not "bank").
 */
function appositionHead(tokens: Token[], from: number): string | undefined {
  let head: string | undefined;
  for (let k = from; k < Math.min(tokens.length, from + 7); k++) {
    const t = tokens[k];
    // "a gold-mining firm": a hyphenated modifier goes on to its noun; "the company’s founder": so does a possessive.
    if ((t.text === '-' || t.text === '’s' || t.text === "'s") && head) head = undefined;
    // "a China-based company": the participle after the hyphen is a modifier too.
    else if (tokens[k - 1]?.text === '-' && t.text === t.lower && /ed$/.test(t.text)) continue;
    else if (t.pos === 'NOUN' || t.pos === 'PROPN') head = t.lower;
    else if (head || !['DET', 'ADJ', 'ADV', 'NUM'].includes(t.pos) || t.text === ',') break;
  }
  return head;
}

export function typeVotes(m: Mention, tokens: Token[], words: string[]): TypeVotes {
  const votes: TypeVotes = { Person: 0, Organization: 0, Location: 0 };
  let before = m.first - 1;
  if (QUOTES.has(tokens[before]?.text ?? '')) before--;
  const prev = tokens[before];
  let after = m.last;
  while (tokens[after] && (tokens[after].text === '”' || tokens[after].text === '"')) after++;
  const next = tokens[after];
  // "a company called Brightstar": what an organization's noun names is an organization, not a person.
  const namedGroup = prev && NAMING_WORDS.has(prev.lower) && isOrganizationNoun(tokens[before - 1]?.lower ?? '');
  if (namedGroup) votes.Organization += 4;
  else if (prev && (NAMING_WORDS.has(prev.lower) || PERSON_TITLES.has(prev.text) || ROLE_RELATIONS.has(prev.lower)))
    votes.Person += 3;
  // Outlets report, and are what things are "according to": those verbs say nothing of a person.
  // Agencies and firms say things as often as people: "Europol said" says little of one word.
  const speaks = m.last - m.first > 1 ? 2 : 1;
  if (next && SPEECH_VERBS.has(next.lower) && !REPORTING.has(next.lower)) votes.Person += speaks;
  // "the opposition Tisza party", "the Kommersant newspaper", "Hells Angels member", "Comanchero leader".
  // "the Ark and Meamar companies", "rival Camorra gangs", "Camorra bosses".
  const lower = (t: Token | undefined) => !!t && t.text === t.lower && t.sentence === m.sentence;
  // "Rights groups have …", "Political parties …", "State news agency Tass": a common word capitalized where a
  // sentence opens is only named by an organization's noun in the singular right after it.
  const opensSentence = m.first === 0 || tokens[m.first - 1].sentence !== m.sentence;
  const orgNoun = (noun: string) =>
    opensSentence ? ORGANIZATION_NOUNS.has(noun) && !PRODUCT_ROLES.has(noun) : isOrganizationNoun(noun);
  if (lower(next) && (orgNoun(next.lower) || nounForms(next.lower).some((w) => MEMBER_ROLES.has(w))))
    votes.Organization += 4;
  // "the Oxxo supermarket chain", "the M23 rebel movement": a noun, then what the name is.
  else if (
    !opensSentence &&
    lower(next) &&
    next.pos === 'NOUN' &&
    lower(tokens[after + 1]) &&
    isOrganizationNoun(tokens[after + 1].lower)
  )
    votes.Organization += 3;
  // "Citigroup spokeswoman Shannon Bell": a role, then its holder's name, after what employs them (not a place's
  // office: "Anambra governor Jane Roe").
  const role = lower(next) && ROLE_RELATIONS.has(next.lower) && !LOCAL_OFFICES.has(next.lower);
  if (role && tokens[after + 1]?.pos === 'PROPN' && /^\p{Lu}/u.test(tokens[after + 1].text)) votes.Organization += 3;
  // "Daimler shares", "a stake in Daimler", "the buyout of Daimler": what has shares is a company.
  if (lower(next) && SHARE_NOUNS.has(next.lower)) votes.Organization += 3;
  // Not 'shares of "Skyfall" maker Pinewood': the name before a maker's noun is its product.
  const product = lower(next) && PRODUCT_ROLES.has(next.lower);
  if (!product && (prev?.lower === 'of' || prev?.lower === 'in') && DEAL_NOUNS.has(tokens[before - 1]?.lower ?? ''))
    votes.Organization += 3;
  if (!product && prev?.lower === 'of' && OF_COMPANY_NOUNS.has(tokens[before - 1]?.lower ?? ''))
    votes.Organization += 3;
  if (prev && SPEECH_VERBS.has(prev.lower) && prev.lower !== 'told') votes.Person += speaks;
  const apposed = next?.text === ',' ? appositionHead(tokens, after + 1) : undefined;
  // 'Foa and Kafraya,” Observatory head Jane Roe said': a role after a quotation closes is its speaker's.
  const quoteCloses = CLOSING_QUOTES.has(tokens[after + 1]?.text ?? '');
  const roleAfter =
    next?.text === ',' && !quoteCloses && tokens.slice(after + 1, after + 4).some((t) => ROLE_RELATIONS.has(t.lower));
  // "Jane Roe, 21, from Riverton, a member of the gang": a role after a place the person is from is the person's.
  const placed = prev && LOCATION_PREPOSITIONS.has(prev.lower);
  // "X, Belarus’s main potash producer": a role that a company holds too ("producer", "operator") says nothing of a person.
  const personRole = apposed && ROLE_RELATIONS.has(apposed) && !ORGANIZATION_NOUNS.has(apposed);
  if (!placed && (roleAfter || personRole)) votes.Person += 3;
  if (m.last - m.first === 1 && SURNAME_ENDINGS.test(m.name)) votes.Person += 1;
  // Two or three capitalized words with no other sign are most often a person's name; with an acronym or a business
  // word among them, a company's ("Voicestream Wireless PCS", "Bharti Global").
  if (m.last - m.first > 1 && businessShaped(m)) votes.Organization += 1.5;
  else if (m.last - m.first > 1 && personShaped(words, m)) votes.Person += 1.5;
  // "al-Shabaab" with no other sign: an Arabic article opens a group's name as often as a surname, which a person's
  // full name elsewhere in the document claims.
  if (ARTICLES.has(words[m.first])) votes.Organization += 0.5;
  if (placed) votes.Location += 2;
  // "Jane Roe, 21 from Riverton": an age, then where the person comes from.
  if (placed && tokens[before - 1]?.pos === 'NUM' && (prev.lower === 'from' || prev.lower === 'of'))
    votes.Location += 3;
  // "RIVERTON – A federal court ruled …": a dateline's place in capitals opens the story.
  if (isDateline(tokens, m.first, m.last)) votes.Location += 5;
  // "the town of Moura", "the departments of Arauca, Boyaca and Casanare", "two villages, Foa and Kafraya":
  // a place's noun before the name, or before the list it ends.
  const opened = listOpening(tokens, before, after);
  const opening = tokens[opened];
  const placeNounOf = opening?.lower === 'of' && isPlaceNoun(tokens[opened - 1]?.lower ?? '');
  const placesListed =
    opened < before && opening?.pos === 'NOUN' && /s$/.test(opening.lower) && isPlaceNoun(opening.lower);
  if (placeNounOf || placesListed) votes.Location += 3;
  // "southeast of Manbij", "on the outskirts of Manbij".
  if (prev?.lower === 'of' && PLACE_OF_NOUNS.has(tokens[before - 1]?.lower ?? '')) votes.Location += 3;
  // "Kirishi refinery", "Ramat David air base", "Rustaveli Avenue": a place, then what stands there; "A and B villages".
  const standsIn = (t: Token | undefined) =>
    t && [t.lower, t.lower.replace(/s$/, '')].some((w) => PLACE_NOUNS.has(w) || STANDING_NOUNS.has(w));
  if (standsIn(next) || standsIn(tokens[after + 1])) votes.Location += 3;
  // "defence firm Rafael", "the rights group Foro Penal"; "Fano, a loosely organised militia".
  // "its parent Vodafone": what owns a company is one.
  if (prev && (ORGANIZATION_NOUNS.has(prev.lower) || prev.lower === 'parent')) votes.Organization += 4;
  if (apposed && ORGANIZATION_NOUNS.has(apposed)) votes.Organization += 3;
  if (m.qualifier && m.last - m.first > 1) votes.Organization += 2;
  // "Berkshire's shareholders", "Berkshire's operating profit": what has shareholders and profits is a company.
  if (
    ['’s', "'s"].includes(next?.text ?? '') &&
    tokens.slice(after + 1, after + 4).some((t) => BUSINESS_NOUNS.has(t.lower))
  )
    votes.Organization += 3;
  // "the coalition, Together, won": a name set off after a noun for an organization is its name.
  if (
    prev?.text === ',' &&
    tokens[before - 1] &&
    ORGANIZATION_NOUNS.has(tokens[before - 1].lower) &&
    next?.text === ','
  )
    votes.Organization += 4;
  // "Alphabet’s Google": what owns an organization is one.
  if (['’s', "'s"].includes(next?.text ?? '') && matchKnown(words, after + 1)?.entity.type === 'Organization')
    votes.Organization += 3;
  // "Santa Monica, California": a place, then the place it is in.
  // Not "Belaruskali, Belarus’s main producer": the place's possessive opens an apposition about the name.
  const placeAfter = next?.text === ',' ? matchKnown(words, after + 1) : null;
  const owns = ['’s', "'s"].includes(words[after + 1 + (placeAfter?.length ?? 0)]);
  if (placeAfter?.entity.type === 'Location' && !owns) votes.Location += 3;
  // "in the Donbas", "across the Sahel": a place ("Islamic State in the Greater Sahel" is one name); "the X" alone
  // leans to an organization.
  const preposition = tokens[before - 1];
  const afterName = /^\p{Lu}/u.test(tokens[before - 2]?.text ?? '');
  if (prev?.lower === 'the' && LOCATION_PREPOSITIONS.has(preposition?.lower ?? '') && !afterName) votes.Location += 2;
  else if (prev?.lower === 'the') votes.Organization += 2;
  // "the state capital, El Geneina," / "the town, Moura," (not "the governor of Anambra State, Jane Roe").
  const noun = tokens[before - 1];
  if (prev?.text === ',' && noun?.text === noun?.lower && (PLACE_NOUNS.has(noun.lower) || noun.lower === 'capital'))
    votes.Location += 3;
  return votes;
}

/**
 * The first token before the list a name ends: "of" for "Casanare" in "the departments of Arauca, Boyaca and
 * Casanare", "villages" in "two villages, Foa and Kafraya"; the token before the name when it is in no list.
 */
function listOpening(tokens: Token[], before: number, after: number): number {
  const joins = (t: Token | undefined) => !!t && (t.text === ',' || t.lower === 'and' || t.lower === 'or');
  const prev = tokens[before];
  const listed = joins(prev) && (prev.text !== ',' || joins(tokens[after]));
  if (!listed) return before;
  let k = before;
  const sentence = prev.sentence;
  while (k > 0 && before - k < 12 && tokens[k].sentence === sentence && (joins(tokens[k]) || tokens[k].pos === 'PROPN'))
    k--;
  return k;
}

/** Endings of abstract nouns in the plural and of adjectives, which a person's name is not made of. */
const ABSTRACT_PLURAL = /\p{Ll}{3}(?:tions|sions|ments|ities|ships|ances|ences)$/u;
const ADJECTIVE = /\p{Ll}(?:ly|ive|ical|ional|tral|eral)$/u;
/** Arabic articles, which open a surname or a group's name ("al-Shabaab"). */
const ARTICLES = new Set(['al', 'el', 'Al', 'El']);

/** Roman numerals end a person's name ("Henry VIII") and initials open one ("H.L. Pembrook"); other capitals inside a
 * name are an acronym. */
const ROMAN_NUMERAL = /^[IVX]+$/;
const INITIALS = /^(?:\p{Lu}\.){1,3}$/u;

/**
 * "ANSA English", "Mpumalanga DPCI", "Bharti Global", "AB InBev": an acronym beside ordinary words, a business word,
 * or a word with a capital inside it (a brand's spelling), in a name that does not open with a known given name.
 */
function businessShaped(m: Mention): boolean {
  // The mention's own words: a token may run on past it ("By JANE DOEMonday").
  const name = m.name.split(' ');
  if (GIVEN_NAMES.has(name[0])) return false;
  const acronym =
    name.some((w) => isAcronym(w) && !ROMAN_NUMERAL.test(w) && !INITIALS.test(w)) &&
    name.some((w) => /\p{Ll}/u.test(w));
  const brand = name.some((w) => /^\p{Lu}+\p{Ll}+\p{Lu}/u.test(w) && !/^(?:Mc|Mac|O’|O'|De|Di|Le|La)\p{Lu}/u.test(w));
  return acronym || brand || name.some((w) => ORGANIZATION_HEADS.has(w) || DROPPABLE_HEADS.has(w));
}

/** "Specially Designated Nationals", "Comprehensive Resource", "Economic Sanctions": capitalized, but no one's name. */
function personShaped(words: string[], m: Mention): boolean {
  const first = words[m.first];
  if (GIVEN_NAMES.has(first)) return true;
  if (ARTICLES.has(first)) return false;
  // "Telecoms & Technology": a person's name has no "&".
  return (
    !ADJECTIVE.test(first) &&
    !words.slice(m.first, m.last).includes('&') &&
    !words.slice(m.first, m.last).some((w) => ABSTRACT_PLURAL.test(w))
  );
}

const DASHES = new Set(['-', '–', '—']);

/** A name in capitals that opens its sentence before a dash or ", Country": "RIVERTON –", "RIVERTON, Examplestan". */
export function isDateline(tokens: Token[], first: number, last: number): boolean {
  const opens = first === 0 || tokens[first - 1].sentence !== tokens[first].sentence;
  const word = tokens[first].text;
  if (!opens || word.length < 3 || word !== word.toUpperCase()) return false;
  const next = tokens[last];
  return !!next && (DASHES.has(next.text) || (next.text === ',' && /^\p{Lu}/u.test(tokens[last + 1]?.text ?? '')));
}

export function bestType(votes: TypeVotes): EntityType | null {
  const ranked = (Object.entries(votes) as [EntityType, number][]).sort((a, b) => b[1] - a[1]);
  return ranked[0][1] > 0 && ranked[0][1] > ranked[1][1] ? ranked[0][0] : null;
}
