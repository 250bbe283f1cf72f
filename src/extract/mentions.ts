// Finds where entities are named: capitalized name spans, known names, acronyms and state institutions.
import type { EntityType } from '../model/vocabulary.ts';
import {
  DROPPABLE_HEADS,
  LEGAL_SUFFIXES,
  ORGANIZATION_HEADS,
  ORGANIZATION_OPENERS,
  OUTLET_FIRST_WORDS,
  OUTLET_LAST_WORDS,
  PARTY_WORDS,
} from './gazetteers/organizations.ts';
import { GIVEN_NAME_TITLES, GIVEN_NAMES, PERSON_TITLES, ROLE_RELATIONS, TITLE_OBJECTS } from './gazetteers/people.ts';
import {
  COMPASS,
  PLACE_HEADS,
  PLACE_NOUNS,
  PLACE_OF_HEADS,
  PLACE_OPENERS,
  REGION_ABBREVIATIONS,
} from './gazetteers/places.ts';
import {
  DOCUMENT_HEADS,
  EVENT_HEADS,
  LIST_NAMES,
  MONTHS_AND_DAYS,
  NOT_ENTITIES,
  NOT_NAMES,
  PAGE_LINKS,
  BYLINE_JOBS,
  PEOPLE_ADJECTIVES,
  SPEECH_VERBS,
} from './gazetteers/words.ts';
import { gluedName, isAcronym, nameSpans, nameWords, PARTICLES, POSSESSIVE } from './nameSpans.ts';
import { institutionByAcronym, matchInstitution, phraseAt, type InstitutionMatch } from './institutions.ts';
import { countryOf, isDemonym, matchKnown, type KnownEntity } from './lexicon.ts';
import type { Token, TokenizedText } from './tokenize.ts';
import { isCompanyTail } from './shortForms.ts';
import {
  dropCapitalizedCommonWords,
  dropCodeNames,
  joinNicknames,
  keepElisionMarks,
  keepDivisionsWhole,
  keepNamedByNounWhole,
  keepSurnamesWhole,
  namesBeyondHeadlines,
} from './mentionPasses.ts';
import { isDateline } from './typeCues.ts';
import { wordList } from './gazetteers/lists.ts';

export interface Mention {
  /** Token range [first, last). */
  first: number;
  last: number;
  start: number;
  end: number;
  /** The name as the entity's alias: the span without titles. */
  name: string;
  sentence: number;
  /** Decided here when the name itself tells; otherwise by the context cues in typeCues.ts. */
  type: EntityType | null;
  known?: KnownEntity;
  institution?: InstitutionMatch;
  /** Country named as part of an organization's name ("Russian Volunteer Corps" -> Russia). */
  qualifier?: string;
  /** For a division named with its noun ("Mopti region"): the place name alone, which the region also goes by. */
  divisionOf?: string;
  /** A nickname the text gave in quotes inside the name (Ivan “The Bear” Petrov), by which it may name him alone. */
  nickname?: string;
  /** Part of a larger name ("Ukraine" in "Ukraine’s defense ministry"): counted, but not a relation argument. */
  modifier: boolean;
}

export interface MentionContext {
  text: string;
  tokens: Token[];
  words: string[];
  /** The words the document writes in lowercase somewhere: common words, wherever else they are capitalized. */
  lowercase: Set<string>;
  /** Model-shaped names the document gives a group's noun somewhere: "M23 rebels", "MS13 members" (not "M16 rifles"). */
  groupCodes: Set<string>;
}

export function makeMention(ctx: MentionContext, first: number, last: number, fields: Partial<Mention>): Mention {
  const { tokens, text } = ctx;
  const start = tokens[first].start;
  const glued = gluedName(tokens, last - 1);
  const end = glued ? tokens[last - 1].start + glued.length : tokens[last - 1].end;
  return {
    first,
    last,
    start,
    end,
    name: text.slice(start, end),
    sentence: tokens[first].sentence,
    type: null,
    modifier: false,
    ...fields,
  };
}

/** The known entity that the words from `s` to `e` name exactly, ignoring a company-form ending ("Microsoft Corp"). */
function knownExactly(words: string[], s: number, e: number): KnownEntity | undefined {
  const end = e - 1 > s && LEGAL_SUFFIXES.has(words[e - 1]) ? e - 1 : e;
  const known = matchKnown(words, s, end);
  return known && known.length === end - s ? known.entity : undefined;
}

/** Forms of a state before "of" and its country's name. */
const STATE_FORMS = new Set(wordList('Republic Kingdom State Commonwealth Principality Sultanate Emirate Duchy'));

/** Titles of a place's office: the unknown name before them is a place ("Anambra Governor"), not an organization. */
const PLACE_OFFICES = new Set(['Mayor', 'Governor', 'Gov.', 'Sheriff', 'Premier', 'Councillor', 'Councilor']);

/**
 * A person named after a title, and what the title is of: "Secretary of State Antony Blinken", "U.S. District Judge
 * Amit Mehta", "Alphabet CEO Sundar Pichai", "Liberal Democratic Party President Taro Kono", "Supreme Court Justice
 * Sonia Sotomayor". `title`: where the title starts (the words before it name what it is of); `person`: where the
 * name starts. A given name after a title word marks it; null when the span holds no titled person.
 */
function titledPerson(words: string[], first: number, last: number): { title: number; person: number } | null {
  const titleWord = (k: number) => PERSON_TITLES.has(words[k]) || ROLE_RELATIONS.has(words[k].toLowerCase());
  for (let titleAt = first; titleAt < last - 2; titleAt++) {
    // Not a title inside an organization's name: "Office of Foreign Assets Control", "Ministry for Defence Procurement".
    if (!titleWord(titleAt) || ['of', 'for', 'and', 'the', '-'].includes(words[titleAt - 1])) continue;
    // "the Northern District of Illinois": after a compass word, a title's word names a division.
    if (titleAt > first && COMPASS.has(words[titleAt - 1])) continue;
    if (titleAt > first && titleWord(titleAt - 1)) continue;
    // The title runs on through its own words ("of State for African Affairs", "-General") and names it contains ("U.N.").
    let k = titleAt;
    // "Supreme Court Justice": an organization's head before another title word ends the organization.
    let ownerEnd = titleAt;
    let knownInside = false;
    while (k < last - 1) {
      const known = matchKnown(words, k, last - 1);
      if (ORGANIZATION_HEADS.has(words[k]) && !knownInside && words[k - 1] !== 'of' && titleWord(k + 1)) ownerEnd = ++k;
      else if (
        titleWord(k) ||
        TITLE_OBJECTS.has(words[k]) ||
        ['-', 'of', 'for', 'the'].includes(words[k]) ||
        isDemonym(words[k])
      )
        k++;
      else if (known && known.entity.type !== 'Person') {
        k += known.length;
        knownInside = true;
      } else break;
    }
    const rest = words.slice(k, last);
    // "EFCC Director of Legal and Prosecution": an organization, then a job in it, with no name.
    if (titleAt > first && ['of', 'for'].includes(words[titleAt + 1]) && !looksLikePersonName(rest))
      return { title: titleAt, person: last };
    // "Office of the U.N. High Commissioner for Human Rights": what follows the title's "for" is its object.
    if (titleAt > first && (words[k - 1] === 'for' || words[k - 1] === 'of')) continue;
    if (k === titleAt || k >= last || !/^\p{Lu}/u.test(rest[0]) || rest.some((w) => ORGANIZATION_HEADS.has(w)))
      continue;
    // "Chairperson of Indian conglomerate …": a nationality after the title is no name.
    if (rest.length === 1 && isDemonym(rest[0])) return { title: titleAt, person: last };
    // "Deputy Prime Minister", "Chief of Staff": title words to the end, and no name.
    if (rest.every((w, j) => titleWord(k + j) || TITLE_OBJECTS.has(w))) return { title: titleAt, person: last };
    // After an organization's name, only a person's name may follow: "Sinaloa Cartel Member Jose Lopez".
    if (titleAt > first && !looksLikePersonName(rest)) continue;
    // A known given name further on is a surer start than the end of the title ("… Affairs Molly Phee").
    const given = words.slice(k, last - 1).findIndex((w) => GIVEN_NAMES.has(w));
    // Counted in capitalized words: "Habib Ibrahim el-Adli" is three, not the five tokens of "el - Adli".
    const long = rest.filter((w) => /^\p{Lu}/u.test(w)).length > 3;
    return { title: ownerEnd > titleAt ? ownerEnd : titleAt, person: long && given > 0 ? k + given : k };
  }
  return null;
}

/** Two to four capitalized words (particles between them), the first not a known place or organization. */
function looksLikePersonName(rest: string[]): boolean {
  if (rest.length < 2 || rest.length > 5 || PLACE_HEADS.has(rest[rest.length - 1])) return false;
  const known = matchKnown(rest, 0);
  if (known && known.entity.type !== 'Person') return false;
  return rest.every((w) => /^\p{Lu}/u.test(w) || PARTICLES.has(w) || w === '-');
}

/**
 * How many words open the span with a noun for what a person is, before a person's name of two or three words:
 * a nationality ("New Zealander", "Australian") or a party's member ("Democrat", "Social Democrat"). Not before a
 * name with an organization's word or a common word of the document ("British Virgin Islands", "Kurdish Red
 * Crescent"), nor one that is itself a nationality ("British American Tobacco").
 */
function descriptorLength({ words, lowercase }: MentionContext, first: number, last: number): number {
  const nameWord = (w: string) =>
    /^\p{Lu}\p{Ll}/u.test(w) &&
    !ORGANIZATION_HEADS.has(w) &&
    !DROPPABLE_HEADS.has(w) &&
    !PERSON_TITLES.has(w) &&
    !PARTY_WORDS.has(w) &&
    !isDemonym(w) &&
    !lowercase.has(w.toLowerCase());
  for (const n of [2, 1]) {
    const rest = words.slice(first + n, last);
    if (rest.length < 2 || rest.length > 3 || !rest.every(nameWord) || !looksLikePersonName(rest)) continue;
    const described = words.slice(first, first + n);
    const member = n === 1 ? PARTY_WORDS.has(described[0]) && /(?:crat|an|ist|ive)$/.test(described[0]) : false;
    if (isDemonym(described.join(' ')) || member || (n === 2 && namesParty(words, first, first + 2))) return n;
  }
  return 0;
}

/** Classifies one span, splitting it where it holds several names ("Belgorod Bryansk Kursk"). */
function mentionsInSpan(ctx: MentionContext, first: number, last: number, out: Mention[]): void {
  const { words } = ctx;
  const joined = words.slice(first, last).join(' ');
  if (PAGE_LINKS.has(joined) || LIST_NAMES.has(joined)) return;
  // "READ NOW", "for FREE": common words in capitals, a page's buttons and banners (not "WHO", not "US").
  const shouting = words.slice(first, last);
  if (
    shouting.some((w) => w.length > 3) &&
    shouting.every((w) => /^[A-Z]+$/.test(w) && NOT_NAMES.has(w[0] + w.slice(1).toLowerCase())) &&
    !matchKnown(words, first, last)
  )
    return;
  // "Mercedes-Benz Mercedes-Benz": a caption or a logo's text repeats a name; each half is one mention.
  const half = (last - first) / 2;
  if (
    half >= 1 &&
    Number.isInteger(half) &&
    words.slice(first, first + half).join(' ') === words.slice(first + half, last).join(' ')
  ) {
    mentionsInSpan(ctx, first, first + half, out);
    return mentionsInSpan(ctx, first + half, last, out);
  }
  // "Department of the Treasury Office of Foreign Assets Control": a second head with its own "of" starts a second name.
  const second = secondHead(words, first, last);
  if (second > 0) {
    mentionsInSpan(ctx, first, second, out);
    return mentionsInSpan(ctx, second, last, out);
  }
  const region = last === first + 1 ? regionAbbreviated(ctx, first) : undefined;
  if (region) return void out.push(makeMention(ctx, first, last, { type: 'Location', known: region }));
  const whole = knownExactly(words, first, last);
  if (whole) return void out.push(makeMention(ctx, first, last, { type: whole.type, known: whole }));
  // "the Republic of Lithuania", "the Kingdom of Saudi Arabia": a country's formal name is the country (one that
  // names another country, "Republic of Korea", is a known name of its own and matched whole above).
  const formal = STATE_FORMS.has(words[first]) && words[first + 1] === 'of' && knownExactly(words, first + 2, last);
  if (formal && formal.kind === 'country')
    return void out.push(makeMention(ctx, first, last, { type: 'Location', known: formal }));
  // "Shiite Houthi rebels", "Sunni Hamas fighters": a faith's or a people's adjective before a known name is no part
  // of it.
  if (PEOPLE_ADJECTIVES.has(words[first]) && knownExactly(words, first + 1, last))
    return mentionsInSpan(ctx, first + 1, last, out);
  // "Social Democrat Magdalena Andersson", "New Zealander Graeme Hart": a party member's or a nationality's noun
  // before a person's name describes the person; a party it names is a mention of its own.
  const described = descriptorLength(ctx, first, last);
  if (described) {
    if (namesParty(words, first, first + described))
      out.push(makeMention(ctx, first, first + described, { type: 'Organization' }));
    return mentionsInSpan(ctx, first + described, last, out);
  }
  const institution = matchInstitution(words, first, last, true);
  if (institution && institution.length === last - first) {
    return void out.push(makeMention(ctx, first, last, { type: 'Organization', institution: institution.match }));
  }
  if (namesParty(words, first, last) || namesOutlet(words, first, last))
    return void out.push(makeMention(ctx, first, last, { type: 'Organization' }));
  const officer = titledPerson(words, first, last);
  // "Office of the U.N. High Commissioner for Refugees": a post with no name, inside an office's name, is the office.
  if (officer?.person === last && ORGANIZATION_HEADS.has(words[first]) && ['of', 'for'].includes(words[first + 1]))
    return void out.push(makeMention(ctx, first, last, { type: 'Organization' }));
  // "CEO of Deutsche Telekom", "the Mayor of Seville": after a title's "of" and no given name, the words name what
  // the title is of, not its holder.
  if (
    officer &&
    officer.title === first &&
    officer.person < last &&
    ['of', 'for'].includes(words[officer.person - 1])
  ) {
    if (!words.slice(officer.person, last).some((w) => GIVEN_NAMES.has(w))) {
      const before = out.length;
      mentionsInSpan(ctx, officer.person, last, out);
      const office = words.slice(first, officer.person).some((w) => PLACE_OFFICES.has(w));
      for (const m of out.slice(before)) m.type ??= office ? 'Location' : 'Organization';
      return;
    }
  }
  if (officer) {
    // "U.N. Secretary-General Antonio Guterres", "Gulf Cartel leader …": what the title is of is a mention too.
    const before = out.length;
    const single = officer.title === first + 1 && (NOT_NAMES.has(words[first]) || isDemonym(words[first]));
    // "State Counsellor", "Finance Secretary", "Rwandan State Minister": words of the title itself, not what it is of.
    const titleWords = words
      .slice(first, officer.title)
      .every((w, k) => TITLE_OBJECTS.has(w) || (k === 0 && officer.title > first + 1 && isDemonym(w)));
    if (officer.title > first && !single && !titleWords) mentionsInSpan(ctx, first, officer.title, out);
    const office = words.slice(officer.title, officer.person).some((w) => PLACE_OFFICES.has(w));
    for (const m of out.slice(before)) m.type ??= office ? 'Location' : 'Organization';
    // Names inside the title: "Deputy Pentagon Press Secretary", "DEA Administrator".
    for (let k = officer.title; k < officer.person; k++) {
      const known = matchKnown(words, k, officer.person);
      if (known)
        out.push(makeMention(ctx, k, (k += known.length - 1) + 1, { type: known.entity.type, known: known.entity }));
    }
    if (officer.person === last) return;
    const named = knownExactly(words, officer.person, last);
    return void out.push(
      makeMention(ctx, officer.person, last, { type: 'Person', known: named?.type === 'Person' ? named : undefined }),
    );
  }
  // "MS-13 members", "M23 rebels": a code the document gives a group's noun names the group.
  if (last === first + 1 && ctx.groupCodes.has(words[first]))
    return void out.push(makeMention(ctx, first, last, { type: 'Organization' }));
  if (namesEquipment(words, first, last) || namesJob(words, first, last) || namesDemonym(words, first, last)) return;
  if (namesShip(ctx, first)) return;
  // "Vodafone Ghana", "Telecel Zimbabwe": a company's name before a country's is its business there.
  const country = last - first > 1 ? matchKnown(words, last - 1, last) : null;
  const qualifiable = !GIVEN_NAMES.has(words[first]) && !PERSON_TITLES.has(words[first]) && !COMPASS.has(words[first]);
  if (country?.entity.kind === 'country' && qualifiable && !matchKnown(words, first, last)) {
    const owner = matchKnown(words, first, last - 1);
    if (!owner || (owner.entity.type === 'Organization' && owner.length === last - 1 - first))
      return void out.push(makeMention(ctx, first, last, { type: 'Organization' }));
  }
  if (namesLongTitle(ctx, first, last, out)) return;
  // "Kingpin Act", "World Cup", "Armed Forces Day": a law's, a document's or an event's name is no entity, but a
  // known body it is named after is ("Security Council Resolution"); "Doris Day" is a person's name.
  const event = EVENT_HEADS.has(words[last - 1]) && !GIVEN_NAMES.has(words[first]);
  // "the Constitution", "the Treaty" alone: a document named by its kind ("Bill" alone is a man).
  if (last === first + 1 && DOCUMENT_HEADS.has(words[first]) && !GIVEN_NAMES.has(words[first])) return;
  if (last - first > 1 && (DOCUMENT_HEADS.has(words[last - 1]) || event)) {
    const owner = knownExactly(words, first, last - 1);
    if (owner?.type === 'Organization') out.push(makeMention(ctx, first, last - 1, { type: owner.type, known: owner }));
    return;
  }
  // "the Pandora papers", "the Panama files": leaked documents named after something unknown are no entity.
  if (LEAK_NOUNS.has(ctx.tokens[last]?.text ?? '') && !matchKnown(words, first, last)) return;
  // "Mwesigwa Rukutana (State Labour)": a minister's portfolio alone, words of a title and no name.
  if (last - first > 1 && words[first - 1] !== 'of' && words.slice(first, last).every((w) => TITLE_OBJECTS.has(w)))
    return;
  // "Starboard Value LP", "Altice Europe NV": a company's legal form says what it is as a head word does.
  // "National League for Democracy": a league is an organization, though a possessive before it joins no name.
  const hasHead =
    words.slice(first, last).some((w) => ORGANIZATION_HEADS.has(w) || w === 'League') ||
    (last - first > 1 && LEGAL_SUFFIXES.has(words[last - 1]));
  // "Chair of Acme Holdings", "Deputy Governor of the Central Bank": a title, then the organization it is of.
  const titleOf = words.slice(first, last).findIndex((w) => w === 'of' || w === 'for') + first;
  if (
    titleOf > first &&
    words.slice(first, titleOf).every((w) => PERSON_TITLES.has(w)) &&
    !ORGANIZATION_HEADS.has(words[titleOf - 1])
  ) {
    const object = words[titleOf + 1] === 'the' ? titleOf + 2 : titleOf + 1;
    if (last - object > 1 && words.slice(object, last).some((w) => ORGANIZATION_HEADS.has(w)))
      return mentionsInSpan(ctx, object, last, out);
  }
  // "the Azov Brigade Ivan Petrov": an organization's name, then the person who holds a post in it.
  const headAt = words.slice(first, last).findLastIndex((w) => ORGANIZATION_HEADS.has(w)) + first;
  const holder = words.slice(headAt + 1, last);
  if (
    hasHead &&
    holder.length >= 2 &&
    holder.length <= 3 &&
    GIVEN_NAMES.has(holder[0]) &&
    holder.every((w) => /^\p{Lu}\p{Ll}/u.test(w) && !ORGANIZATION_HEADS.has(w) && !matchKnown([w], 0))
  ) {
    mentionsInSpan(ctx, first, headAt + 1, out);
    return void out.push(makeMention(ctx, headAt + 1, last, { type: 'Person' }));
  }
  // Titles are not part of a person's name: "President Vladimir Putin", "Defence Minister Sergei Shoigu".
  let s = first;
  const placeAfter = PLACE_NOUNS.has(ctx.tokens[last]?.lower ?? '');
  // "Turkish Foreign Minister Hakan Fidan": a nationality before a title goes with it.
  if (!hasHead && isDemonym(words[s]) && PERSON_TITLES.has(words[s + 1])) s++;
  // "Emir Jaha, 27,": a title that is a given name too, before one name and an age, is the person's given name.
  const aged = last === first + 2 && GIVEN_NAME_TITLES.has(words[first]) && ctx.tokens[last]?.text === ',';
  const givenTitle = aged && /^\d{1,3}$/.test(ctx.tokens[last + 1]?.text ?? '');
  while (
    !hasHead &&
    !placeAfter &&
    !givenTitle &&
    s < last - 1 &&
    PERSON_TITLES.has(words[s]) &&
    !POSSESSIVE.has(words[s + 1])
  )
    s++;
  // "the Director of Public Prosecutions": a title with its object and no name after it is the office, whole;
  // after more words of a title ("State Minister of Youth") it is a title alone.
  if (s > first && (words[s] === 'of' || words[s] === 'for')) {
    if (s > first + 1) return;
    // "CEO of Huntington": a company's role of one name that is no word of a title is that name's.
    const object = words[s + 1];
    if (s + 2 === last && ROLE_RELATIONS.get(words[first].toLowerCase()) === 'LEADS' && !TITLE_OBJECTS.has(object))
      return mentionsInSpan(ctx, s + 1, last, out);
    s = first;
  }
  // "Deputy PMs", "the CEOs": a title's abbreviation in the plural.
  const plural = /^[A-Z]{2,5}s$/.test(words[s]) && NOT_ENTITIES.has(words[s].slice(0, -1));
  if (s + 1 === last && (PERSON_TITLES.has(words[s]) || NOT_ENTITIES.has(words[s]) || plural)) return;
  const titled = s > first;
  // "Secretary of State" with no name after it: a title, not an entity.
  if (titled && words.slice(s, last).every((w) => TITLE_OBJECTS.has(w) || ['of', 'for', 'the', '-'].includes(w)))
    return;
  const named = titled ? knownExactly(words, s, last) : undefined;
  if (named) return void out.push(makeMention(ctx, s, last, { type: named.type, known: named }));
  const known = matchKnown(words, s, last);
  // "Gazprom Neft", "Google Cloud": a known organization's name followed by more name words is another organization.
  const more = words.slice(s + (known?.length ?? 0), last);
  // "By Jane Roe, Associated Press Writer": an outlet's name, then its writer's job.
  if (known?.entity.kind === 'media' && more.length === 1 && BYLINE_JOBS.has(more[0]))
    return void out.push(makeMention(ctx, s, s + known.length, { type: known.entity.type, known: known.entity }));
  // "Meta Platforms Inc", "Sony Group Corp": a known company's legal name.
  if (known?.entity.kind === 'company' && more.length > 0 && more.every(isCompanyTail))
    return void out.push(makeMention(ctx, s, last, { type: 'Organization', known: known.entity }));
  if (
    known?.entity.type === 'Organization' &&
    more.length > 0 &&
    more.length <= 2 &&
    more.every((w) => /^\p{Lu}\p{Ll}/u.test(w) && !PERSON_TITLES.has(w) && !matchKnown([w], 0))
  ) {
    return void out.push(makeMention(ctx, s, last, { type: 'Organization' }));
  }
  // "Ostrava Avenue", "Kerch Bridge": a street or a structure named after a known place is a place of its own.
  if (known?.entity.type === 'Location' && last === s + known.length + 1 && PLACE_HEADS.has(words[last - 1]))
    return void out.push(makeMention(ctx, s, last, { type: 'Location' }));
  // "Paris Match", "Syria Direct": a place's name and one more name word that is no common word is another name.
  const nameWord = words[last - 1];
  // (Not a word the page's end cuts off: "the Melbourne Magistrat".)
  const placeAndWord =
    known?.entity.type === 'Location' &&
    last < ctx.tokens.length &&
    // "Rwanda Mines, Petroleum and Gas Board": a list of the name's words goes on after a comma.
    !(ctx.tokens[last].text === ',' && /^\p{Lu}/u.test(ctx.tokens[last + 1]?.text ?? '')) &&
    last === s + known.length + 1 &&
    /^\p{Lu}\p{Ll}+$/u.test(nameWord) &&
    !ctx.lowercase.has(nameWord.toLowerCase()) &&
    !matchKnown(words, last - 1, last) &&
    !PERSON_TITLES.has(nameWord) &&
    !TITLE_OBJECTS.has(nameWord) &&
    !phraseAt(words, last - 1, last) &&
    !isDemonym(nameWord) &&
    !PEOPLE_ADJECTIVES.has(nameWord);
  // "Zamboanga del Norte", "Santiago de Cuba": a known place's name, a particle and a name are another place's name.
  const after = s + (known?.length ?? 0);
  const placeAndParticle =
    known?.entity.type === 'Location' &&
    after + 1 < last &&
    PARTICLES.has(words[after]) &&
    /^\p{Lu}/u.test(words[after + 1]);
  if (known && !hasHead && !COMPASS.has(words[s]) && !placeAndWord && !placeAndParticle) {
    out.push(makeMention(ctx, s, s + known.length, { type: known.entity.type, known: known.entity }));
    let rest = s + known.length;
    while (rest < last && words[rest] === '-') rest++; // "Israel-Hamas war"
    if (rest < last) mentionsInSpan(ctx, rest, last, out);
    return;
  }
  const demonym = isDemonym(words[s]) ? countryOf(words[s]) : undefined;
  if ((demonym || PEOPLE_ADJECTIVES.has(words[s]) || attributiveAdjective(ctx, s, last)) && s + 1 === last) return;
  // "US Treasury Department": a country's name before an institution qualifies it as a demonym would.
  const countryFirst = hasHead && s + 1 < last ? countryOf(words[s]) : undefined;
  const single = s + 1 === last;
  let type: EntityType | null = null;
  if (hasHead) type = 'Organization';
  else if ((placeAfter || placeAndParticle) && !single) type = 'Location';
  else if (!single && PLACE_OF_HEADS.has(words[s]) && words[s + 1] === 'of') type = 'Location';
  else if (!single && PLACE_OPENERS.has(words[s])) type = 'Location';
  // "Dipolog City": a city of a name that is not itself a known place's ("Manchester City" is a club).
  else if (!single && words[last - 1] === 'City' && !matchKnown(words, s, last - 1)) type = 'Location';
  else if (!single && (PLACE_HEADS.has(words[last - 1]) || (COMPASS.has(words[s]) && matchKnown(words, s + 1, last))))
    type = 'Location';
  else if (!single && ORGANIZATION_OPENERS.has(words[s])) type = 'Organization';
  // "Thomson-Reuters": a compound of a known organization's name is an organization.
  else if (!single && joinsKnownOrganization(words, s, last)) type = 'Organization';
  // "Paris Match": a place's name that opens another's is an outlet's or a company's, unless it is a given name too
  // or the name speaks ("Israel Katz said": the context decides).
  else if (placeAndWord && !GIVEN_NAMES.has(words[s]) && !SPEECH_VERBS.has(ctx.tokens[last]?.lower ?? ''))
    type = 'Organization';
  // "RIVERTON –" opening a story is a dateline's place, for the context cues to type, not an acronym (which is short).
  else if (single && isAcronym(words[s]) && !(words[s].length > 4 && isDateline(ctx.tokens, s, last))) {
    const acronymInstitution = institutionByAcronym(words[s]);
    if (acronymInstitution)
      return void out.push(makeMention(ctx, s, last, { type: 'Organization', institution: acronymInstitution }));
    type = 'Organization';
  } else if (titled || givenTitle || GIVEN_NAMES.has(words[s])) type = 'Person';
  out.push(makeMention(ctx, s, last, { type, qualifier: demonym ?? countryFirst }));
}

/** Endings of adjectives of regions and peoples: "Sicilian", "Shi’ite" (not "-ic": "the Atlantic coast"). */
const ADJECTIVE_ENDINGS = /\p{Ll}(?:ian|ean|ese|ite)$/u;

/**
 * "the Sicilian capital", "Shi’ite clerical rule": one word with an adjective's ending before a common noun qualifies
 * it and names nothing (a known place or a given name is still a name).
 */
function attributiveAdjective({ tokens, words }: MentionContext, s: number, last: number): boolean {
  const next = tokens[last];
  return (
    last === s + 1 &&
    ADJECTIVE_ENDINGS.test(words[s]) &&
    !!next &&
    next.sentence === tokens[s].sentence &&
    next.text === next.lower &&
    (next.pos === 'NOUN' || next.pos === 'ADJ') &&
    !GIVEN_NAMES.has(words[s]) &&
    !matchKnown(words, s, last)
  );
}

/** "Pensacola, Fla.", "Laval, Que.": the abbreviation of a state or province after a town names that region. */
function regionAbbreviated({ tokens, words }: MentionContext, at: number): KnownEntity | undefined {
  const abbreviation = /^(.+?)(\.?)$/.exec(words[at])!;
  const region = REGION_ABBREVIATIONS.get(abbreviation[1]);
  if (!region || words[at - 1] !== ',' || !/^\p{Lu}/u.test(words[at - 2] ?? '')) return undefined;
  if (!abbreviation[2] && tokens[at + 1]?.text !== '.') return undefined;
  return matchKnown([region], 0)?.entity;
}

function joinsKnownOrganization(words: string[], first: number, last: number): boolean {
  for (let k = first + 1; k < last; k++)
    if (words[k - 1] === '-' && matchKnown(words, k, last)?.entity.type === 'Organization') return true;
  return false;
}

/**
 * "Sweden Democrats", "Social Democrat", "Christian Democrats": a name that ends in a party's word for its members is
 * the party. A person's name ends that way only after a given name ("Mark Green"), so singular forms that are
 * surnames too ("Green", "Labour") do not count.
 */
function namesParty(words: string[], first: number, last: number): boolean {
  const end = words[last - 1];
  if (last - first < 2 || !PARTY_WORDS.has(end) || !/(?:s|ic|ist|an|ive|crat)$/.test(end)) return false;
  return !GIVEN_NAMES.has(words[first]) && words.slice(first, last).every((w) => /^\p{Lu}/u.test(w));
}

/** "Egypt Independent", "Daily Nation", "Morning Star": the words that end or open an outlet's name. */
function namesOutlet(words: string[], first: number, last: number): boolean {
  if (last - first < 2 || GIVEN_NAMES.has(words[first]) || PERSON_TITLES.has(words[first])) return false;
  if (!OUTLET_LAST_WORDS.has(words[last - 1]) && !OUTLET_FIRST_WORDS.has(words[first])) return false;
  return words.slice(first, last).every((w) => /^\p{Lu}/u.test(w) && !MONTHS_AND_DAYS.has(w));
}

/** Nouns after a model-shaped name that make it a group's: "the M23 rebel movement", "M23 rebels", "M23’s leader". */
const CODE_GROUP_NOUNS = new Set(
  wordList(`rebel rebels group groups movement militia militias gang gangs fighters members member leader leaders
  commander commanders spokesman spokesperson faction cartel insurgents alliance coalition`),
);

/**
 * A model-shaped code before a group's noun: "M23 rebels", "MS-13 members". A hyphenated code before "fighters" is
 * a jet's ("Su-34 fighters").
 */
const namesGroupCode = (code: string, noun: string): boolean =>
  (MODEL_NUMBER.test(code) && CODE_GROUP_NOUNS.has(noun)) ||
  (HYPHENATED_MODEL.test(code) && CODE_GROUP_NOUNS.has(noun) && !noun.startsWith('fighter'));

/** "Su-34", "Magura V5", "Bayraktar TB2": a model designation names equipment, which is no person or organization. */
const MODEL_NUMBER = /^\p{Lu}{1,3}\d{1,4}\p{Lu}?$/u;
const HYPHENATED_MODEL = /^\p{Lu}\p{L}{0,7}-\d{1,4}\p{Lu}?$/u;
function namesEquipment(words: string[], first: number, last: number): boolean {
  for (let k = first; k < last; k++) {
    if (MODEL_NUMBER.test(words[k]) || HYPHENATED_MODEL.test(words[k])) return true;
    if (k > first && words[k - 1] === '-' && /^\d{1,4}\p{Lu}?$/u.test(words[k])) return true;
  }
  return false;
}

/** "Sri Lankan", "North African": a nationality or a region's adjective, in one word or several, names nobody. */
function namesDemonym(words: string[], first: number, last: number): boolean {
  if (last - first > 1 && isDemonym(words.slice(first, last).join(' '))) return true;
  // "Rival Kurdish" at a sentence start: a word before a people's adjective, no head and no given name.
  const people = (w: string) => PEOPLE_ADJECTIVES.has(w) || isDemonym(w);
  const plain = !GIVEN_NAMES.has(words[first]) && !isAcronym(words[first]) && !matchKnown(words, first);
  if (last - first === 2 && people(words[last - 1]) && plain) return true;
  // "North African", "Central Asian": a compass word before an adjective of a region that names no known place.
  const adjective = (w: string) => isDemonym(w) || (/\p{Ll}(?:an|ese)$/u.test(w) && !matchKnown([w], 0));
  return last - first === 2 && COMPASS.has(words[first]) && adjective(words[first + 1]);
}

/**
 * "Acting Under Secretary for Terrorism and Financial Intelligence": title words, then what the post is for, is a
 * title whatever head its object has; a person's name may end it. Known names inside it are mentions.
 */
function namesLongTitle(ctx: MentionContext, first: number, last: number, out: Mention[]): boolean {
  const { words } = ctx;
  let t = first;
  while (t < last && PERSON_TITLES.has(words[t])) t++;
  if (t < first + 2 || (words[t] !== 'of' && words[t] !== 'for')) return false;
  const given = words.slice(t, last).findIndex((w) => GIVEN_NAMES.has(w));
  const person = given >= 0 ? t + given : last;
  for (let k = t + 1; k < person; k++) {
    const known = matchKnown(words, k, person);
    if (known)
      out.push(makeMention(ctx, k, (k += known.length - 1) + 1, { type: known.entity.type, known: known.entity }));
  }
  if (person < last) out.push(makeMention(ctx, person, last, { type: 'Person' }));
  return true;
}

/** Where a head word and its "of" open a second name after a first name with "of" ("… of the Treasury Office of …"). */
function secondHead(words: string[], first: number, last: number): number {
  let ofAt = first;
  while (ofAt < last && words[ofAt] !== 'of') ofAt++;
  if (ofAt >= last) return -1;
  for (let k = ofAt + 2; k < last - 2; k++)
    if (ORGANIZATION_HEADS.has(words[k]) && words[k + 1] === 'of' && /^\p{Lu}/u.test(words[k - 1])) return k;
  return -1;
}

/** Prefixes of ships' names, and the nouns news puts before a ship's name. */
const SHIP_PREFIXES = new Set(['USS', 'HMS', 'MV', 'INS', 'HMCS', 'HMAS', 'RFS', 'MT', 'SS']);
const SHIP_NOUNS = new Set(['ship', 'vessel', 'tanker', 'freighter', 'destroyer', 'frigate', 'cruiser', 'corvette']);

/**
 * "USS Laboon", "the patrol ship Sergei Kotov", "the vessels Kang Song 1, Ku Bong Ryong and …": a ship is no person,
 * organization or place; nor is one named in a list after a noun for ships.
 */
function namesShip({ tokens, words }: MentionContext, first: number): boolean {
  if (SHIP_PREFIXES.has(words[first])) return true;
  let k = first - 1;
  const inList = (t: Token) => t.text === ',' || t.lower === 'and' || t.pos === 'NUM' || /^\p{Lu}/u.test(t.text);
  while (k > 0 && first - k < 30 && tokens[k].sentence === tokens[first].sentence && inList(tokens[k])) k--;
  const noun = tokens[k]?.text ?? '';
  return SHIP_NOUNS.has(noun) || (noun.endsWith('s') && SHIP_NOUNS.has(noun.slice(0, -1)));
}

/** Lowercase nouns for leaked documents, after the name they go by. */
const LEAK_NOUNS = new Set(['papers', 'files', 'leaks']);

/** "Politics Reporter", "Senior Correspondent", "Trial Chief Magistrate": a job or a title, with no name in it. */
function namesJob(words: string[], first: number, last: number): boolean {
  const role = words[last - 1].toLowerCase();
  const title = PERSON_TITLES.has(words[last - 1]) && !PLACE_HEADS.has(words[last - 1]);
  if (last - first > 3 || !(ROLE_RELATIONS.has(role) || title)) return false;
  return words
    .slice(first, last)
    .every((w) => !GIVEN_NAMES.has(w) && !ORGANIZATION_HEADS.has(w) && !matchKnown([w], 0));
}

/** Every entity mention in a tokenized text, in text order. */
export function findMentions(text: string, { tokens }: TokenizedText): Mention[] {
  const words = nameWords(tokens);
  const lowercase = new Set<string>();
  const groupCodes = new Set<string>();
  tokens.forEach((t, k) => {
    if (t.text === t.lower) lowercase.add(t.lower);
    else if (namesGroupCode(t.text, tokens[k + 1]?.lower ?? '')) groupCodes.add(t.text);
  });
  const ctx: MentionContext = { text, tokens, words, lowercase, groupCodes };
  const mentions: Mention[] = [];
  for (const [first, last] of nameSpans(tokens, words)) mentionsInSpan(ctx, first, last, mentions);
  addNumberedGroups(ctx, mentions);
  addInstitutionPhrases(ctx, mentions);
  markQualifiers(ctx, mentions);
  keepDivisionsWhole(ctx, mentions);
  keepNamedByNounWhole(ctx, mentions);
  keepElisionMarks(ctx, mentions);
  const found = keepSurnamesWhole(ctx, dropCapitalizedCommonWords(ctx, dropCodeNames(ctx, mentions)));
  const named = joinNicknames(ctx, namesBeyondHeadlines(ctx, found));
  return markAttributiveCountries(ctx, named).sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * "the 14K triad", "14K members": a group's name of digits and a capital or two (two tokens, glued) opens no name
 * span, so a syndicate's noun after it makes the mention (not "30K members": a number of them).
 */
const SYNDICATE_NOUNS = new Set(wordList('triad triads gang gangs syndicate operatives'));
function addNumberedGroups(ctx: MentionContext, mentions: Mention[]): void {
  const { tokens } = ctx;
  tokens.forEach((t, k) => {
    const letters = tokens[k + 1];
    if (!/^\d{1,3}$/.test(t.text) || !letters || t.end !== letters.start || !/^\p{Lu}{1,2}$/u.test(letters.text))
      return;
    if (!SYNDICATE_NOUNS.has(tokens[k + 2]?.text ?? '')) return;
    // The capital alone made a mention, or ended one: "Sun Yee On and 14K triads" keeps "Sun Yee On".
    for (let j = mentions.length - 1; j >= 0; j--) {
      const m = mentions[j];
      if (m.first > k + 1 || m.last <= k) continue;
      mentions.splice(j, 1);
      let end = k;
      while (end > m.first && [',', 'and', 'or'].includes(tokens[end - 1].lower)) end--;
      if (end > m.first) mentionsInSpan(ctx, m.first, end, mentions);
    }
    mentions.push(makeMention(ctx, k, k + 2, { type: 'Organization' }));
  });
}

/** Lowercase institution names after a country ("Ukraine’s defense ministry", "the Ukrainian army"). */
function addInstitutionPhrases(ctx: MentionContext, mentions: Mention[]): void {
  const { tokens, words } = ctx;
  for (let i = 0; i < tokens.length - 1; i++) {
    const country = countryOf(words[i]);
    if (!country) continue;
    const after = POSSESSIVE.has(words[i + 1]) ? i + 2 : i + 1;
    const phrase = after < tokens.length ? phraseAt(words, after, Math.min(tokens.length, after + 5)) : null;
    if (!phrase || tokens[after].sentence !== tokens[i].sentence) continue;
    const end = after + phrase.length;
    if (mentions.some((m) => m.first <= i && m.last >= end)) continue;
    // The phrase replaces whatever name mention overlapped it ("Ukrainian Defense Ministry" found as a plain name).
    for (let k = mentions.length - 1; k >= 0; k--) {
      if (mentions[k].first < end && mentions[k].last > i) mentions.splice(k, 1);
    }
    const institution = { kind: phrase.kind, country };
    mentions.push(makeMention(ctx, i, end, { type: 'Organization', institution }));
    if (after === i + 2)
      mentions.push(
        makeMention(ctx, i, i + 1, { type: 'Location', known: matchKnown(words, i, i + 1)?.entity, modifier: true }),
      );
  }
}

/**
 * "Ukraine’s International Brigade": the country qualifies the organization and is not an argument itself;
 * nor is a name in an adjective compound ("Russia-focused consultancy").
 */
function markQualifiers(ctx: MentionContext, mentions: Mention[]): void {
  const byFirst = new Map(mentions.map((m) => [m.first, m]));
  for (const m of mentions) {
    const next = ctx.tokens[m.last + 1];
    if (ctx.words[m.last] === '-' && next && next.text === next.lower) m.modifier = true;
    if (m.known?.kind !== 'country' || !POSSESSIVE.has(ctx.words[m.last])) continue;
    const owned = byFirst.get(m.last + 1);
    if (owned && owned.type === 'Organization') {
      m.modifier = true;
      owned.qualifier ??= m.known.label;
    }
  }
}

/**
 * "US armored vehicles", "the US bank": a country acronym used as an adjective still names the country, but only as
 * a modifier, so no relation takes it as an argument.
 */
function markAttributiveCountries(ctx: MentionContext, mentions: Mention[]): Mention[] {
  for (const m of mentions) {
    if (m.known?.kind !== 'country' || !isAcronym(m.name)) continue;
    const next = ctx.tokens[m.last];
    if (next && (next.pos === 'ADJ' || next.pos === 'NOUN') && next.text === next.lower) m.modifier = true;
  }
  return mentions;
}
