// Resolves pronouns and "the group"-style references to the entities they stand for, by recency and kind.
import type { LocalEntity } from '../model/extraction.ts';
import { GROUP_NOUNS, PERSON_PRONOUNS, PLURAL_PRONOUNS, THING_PRONOUNS } from './gazetteers/words.ts';
import { LEGAL_SUFFIXES } from './gazetteers/organizations.ts';
import { PERSON_TITLES } from './gazetteers/people.ts';
import { addTo } from './multiMap.ts';
import { resolvePersonReferences } from './personReferences.ts';
import { resolvePlaceReferences } from './placeReferences.ts';
import type { Sentence, Token } from './tokenize.ts';

/** What a reference may stand for; the relation rule picks the reading that fits its argument types. */
export interface Antecedents {
  person: number | null;
  group: number | null;
  /** For "they": the groups named together in the sentence before, or the last one named. */
  plural: number[];
  /** A person was named in this sentence or the one before: "he" then means that person, not a group. */
  personNearby: boolean;
}

/** 'described': "the company", "the regulator", "the ministry", "the country" — named by what it is. */
/** 'age': "the 45-year-old"; 'title': "the former president", "the billionaire"; 'place': "the city". */
export type ReferenceKind = 'person' | 'thing' | 'plural' | 'group' | 'described' | 'age' | 'title' | 'place';

export interface Reference {
  token: number;
  /** The phrase's first token: "the" of "the group", "the former president"; the pronoun itself. */
  first: number;
  kind: ReferenceKind;
  antecedents: Antecedents;
}

/** "The conglomerate" refers back to a company, or to an organization not known as anything else. */
const BUSINESS_DESCRIPTIONS = new Set([
  'company',
  'firm',
  'conglomerate',
  'lender',
  'insurer',
  'carmaker',
  'automaker',
  'retailer',
  'airline',
  'publisher',
  'brewer',
  'manufacturer',
  'chipmaker',
  'miner',
  'operator',
]);

/** Nouns that name an organization by what it is, with the name words that fit each ("the regulator" -> an Authority). */
const DESCRIBED = new Map<string, RegExp>([
  ...[...BUSINESS_DESCRIPTIONS].map((word): [string, RegExp] => [word, /./]),
  // Not an organization: the country the story is about ("attacks across the country").
  ['country', /./],
  ['regulator', /authority|commission|agency|office|bureau|administration|regulator/i],
  ['watchdog', /authority|commission|agency|office|bureau|watchdog/i],
  ['agency', /agency|authority|commission|office|bureau|service/i],
  ['authority', /authority/i],
  ['ministry', /ministry/i],
  ['court', /court|tribunal/i],
  ['tribunal', /tribunal|court/i],
  ['commission', /commission/i],
  ['council', /council/i],
  ['government', /government|administration|kremlin|white house/i],
  ['alliance', /alliance|coalition/i],
  // "The bloc's chairman": a union of states.
  ['bloc', /bloc|union|community|alliance|coalition|league|association/i],
  ['coalition', /coalition|alliance/i],
  ['junta', /junta|council|army|forces/i],
  ['union', /union/i],
  ['bank', /bank/i],
  ['parliament', /parliament|duma|rada|assembly|congress|knesset|bundestag/i],
]);

const BUSINESS_NOUNS = new Set([
  ...BUSINESS_DESCRIPTIONS,
  'consultancy',
  'outlet',
  'newspaper',
  'broadcaster',
  'channel',
  'website',
  'publisher',
  'bank',
  'startup',
  'tank',
  'agency',
  'network',
  'magazine',
  'daily',
  'platform',
  'app',
  'messenger',
]);

/** Words that describe an armed group before its noun: "the militant group", "the rebel army". */
const ARMED_DESCRIPTIONS = new Set([
  'rebel',
  'militant',
  'armed',
  'insurgent',
  'separatist',
  'jihadist',
  'islamist',
  'paramilitary',
  'extremist',
  'mercenary',
]);

/** Organizations that "the group" or "it" can refer back to: not outlets, companies or state bodies. */
export function isGroupLike(e: LocalEntity): boolean {
  if (e.type !== 'Organization' || e.identity.institution) return false;
  const kind = e.identity.known?.split(':')[0];
  return kind !== 'media' && kind !== 'company' && kind !== 'metonym';
}

/** Participles that make a name into a description of a group: "the Kurdish-led group", "the Iran-backed militia". */
const DESCRIBING_PARTICIPLES = new Set(['led', 'backed', 'based', 'linked', 'aligned', 'affiliated', 'allied']);

/**
 * The "the" of "the Kurdish-led group", "the Russian mercenary unit": a group noun whose modifiers say what kind
 * of group it is (a "-led"/"-backed" compound or a word for armed groups), so that it refers back to a group.
 */
function describedGroupStart(tokens: Token[], i: number): number | null {
  if (!GROUP_NOUNS.has(tokens[i].lower)) return null;
  let describing = false;
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    const t = tokens[k];
    if (t.lower === 'the' && k < i - 1) return describing ? k : null;
    if (t.sentence !== tokens[i].sentence) return null;
    if (DESCRIBING_PARTICIPLES.has(t.lower) && tokens[k - 1]?.text === '-') describing = true;
    else if (ARMED_DESCRIPTIONS.has(t.lower)) describing = true;
    else if (t.text !== '-' && t.pos !== 'ADJ' && t.pos !== 'PROPN' && t.pos !== 'NOUN') return null;
  }
  return null;
}

/** Words that make a description name another organization than the one in focus: "the rival group". */
const OTHER_THAN_FOCUS = new Set(['other', 'rival', 'opposition', 'parent', 'former', 'second', 'third', 'another']);

/**
 * The "the" of "the new coalition", "the state-owned lender", "the Lagos-based company": a described noun at `i`
 * after up to three modifiers that do not make it another one ("the rival company", "the largest bank").
 */
function modifiedDescriptionStart(tokens: Token[], i: number): number | null {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const t = tokens[k];
    if (t.sentence !== tokens[i].sentence) return null;
    if (t.lower === 'the') return k < i - 1 ? k : null;
    const hyphened = tokens[k + 1]?.text === '-' || tokens[k - 1]?.text === '-' || t.text === '-';
    if (OTHER_THAN_FOCUS.has(t.lower) || /est$/.test(t.lower)) return null;
    if (!hyphened && (t.pos !== 'ADJ' || t.text !== t.lower)) return null;
  }
  return null;
}

export function referenceKind(tokens: Token[], i: number): ReferenceKind | null {
  const t = tokens[i];
  if (t.pos === 'PRON' || t.pos === 'DET') {
    if (PERSON_PRONOUNS.has(t.lower)) return 'person';
    if (THING_PRONOUNS.has(t.lower)) return 'thing';
    if (PLURAL_PRONOUNS.has(t.lower)) return 'plural';
  }
  if (t.text === t.lower && describedGroupStart(tokens, i) !== null && !/^\p{Lu}/u.test(tokens[i + 1]?.text ?? ''))
    return 'group';
  const prev = tokens[i - 1]?.lower;
  // "the militant group", "the rebel army": a group described by what it fights as; "the army" alone is the state's.
  const described = ARMED_DESCRIPTIONS.has(prev) && tokens[i - 2]?.lower === 'the';
  const groupNoun = GROUP_NOUNS.has(t.lower) || (described && t.lower === 'army');
  const kind = DESCRIBED.has(t.lower) ? 'described' : groupNoun ? 'group' : null;
  if (!kind || t.text !== t.lower) return null;
  // "the group Hamas" describes the name that follows; it refers back to nothing.
  const describesNext = /^\p{Lu}/u.test(tokens[i + 1]?.text ?? '');
  if ((prev === 'the' || prev === 'this' || (described && kind === 'group')) && !describesNext) return kind;
  if (kind === 'described' && !describesNext && modifiedDescriptionStart(tokens, i) !== null) return kind;
  return null;
}

const RULING_NOUNS = new Set(['party', 'coalition']);
const isCapitalized = (t: Token | undefined) => /^\p{Lu}/u.test(t?.text ?? '');

/** A name that a text calls the ruling party: "the ruling X", "ruling party X", "the ruling party, X,". */
function namesRuling(tokens: Token[], i: number): boolean {
  const skip = tokens[i - 1]?.lower === 'the' ? 1 : 0;
  const before = (k: number) => tokens[i - k - skip]?.lower;
  if (before(1) === 'ruling') return true;
  if (RULING_NOUNS.has(before(1) ?? '') && before(2) === 'ruling') return true;
  return before(1) === ',' && RULING_NOUNS.has(before(2) ?? '') && before(3) === 'ruling';
}

/** "the ruling party" that names no party after it: it refers back to the one the text called so. */
function refersToRuling(tokens: Token[], i: number): boolean {
  if (!RULING_NOUNS.has(tokens[i].text) || tokens[i - 1]?.lower !== 'ruling' || tokens[i - 2]?.lower !== 'the')
    return false;
  const next = tokens[i + 1];
  return !isCapitalized(next) && !(next?.text === ',' && isCapitalized(tokens[i + 2]));
}

const INDEFINITES = new Set(['a', 'an']);
/** How far after an organization's name a description of it may come: "X (XY), which was formed as an alliance". */
const DESCRIPTION_REACH = 15;

/**
 * The organization a descriptive noun at `i` describes: the one named right before it ("the Example alliance"), or
 * the last one named shortly before in the sentence when the noun is indefinite ("X, formed as an alliance").
 */
function describedOrganization(
  tokens: Token[],
  i: number,
  last: { entity: number; end: number } | null,
): number | null {
  if (!last || !DESCRIBED.has(tokens[i].lower) || tokens[i].text !== tokens[i].lower) return null;
  if (last.end === i) return last.entity;
  if (i - last.end > DESCRIPTION_REACH || tokens[last.end].sentence !== tokens[i].sentence) return null;
  // "an alliance", "a new coalition", "a loose rebel alliance".
  for (let k = i - 1; k >= Math.max(last.end, i - 3); k--) {
    if (INDEFINITES.has(tokens[k].lower)) return last.entity;
    if (tokens[k].pos !== 'ADJ' && tokens[k].pos !== 'NOUN') return null;
  }
  return null;
}

/** Plural nouns a text calls a group's members by ("M23 rebels"), so that "the rebels" refers back to that group. */
const MEMBER_PLURALS = new Set(['rebels', 'militants', 'insurgents', 'jihadists', 'guerrillas', 'separatists']);

/** How many sentences back "the group" and "they" look for a group named there. */
const REACH = 3;

/**
 * "near Saada", "a spokesperson for the YPJ", "… Central African Republic (CAR)": a name under a preposition, or an
 * acronym in brackets after another name, is not what its sentence is about.
 */
function isOblique(tokens: Token[], first: number): boolean {
  const before = tokens[first - 1]?.lower === 'the' ? first - 2 : first - 1;
  if (tokens[before]?.sentence !== tokens[first].sentence) return false;
  return tokens[before].pos === 'ADP' || tokens[before].text === '(';
}

/** "the rebels of the M23", "the rebels Jane Roe leads": the words after the noun say who is meant. */
const saysWhoIsMeant = (t: Token | undefined) => !!t && (t.lower === 'of' || /^\p{Lu}/u.test(t.text));

/** A description followed by its verb ("the alliance said"), so the subject of its clause. */
const startsClause = (tokens: Token[], i: number) => tokens[i + 1]?.pos === 'VERB' || tokens[i + 1]?.pos === 'AUX';

/**
 * One pass over the document: each reference gets the most recent candidates of each kind before it.
 * `named` maps a token index to the entity named there (first token of each argument mention).
 */
export function resolveReferences(
  tokens: Token[],
  sentences: Sentence[],
  mentions: { first: number; last: number; entity: number }[],
  entities: LocalEntity[],
): Map<number, Reference> {
  const references = new Map<number, Reference>();
  const people = resolvePersonReferences(tokens, sentences, mentions, entities);
  const places = resolvePlaceReferences(tokens, mentions, entities);
  const named = new Map(mentions.map((m) => [m.first, m.entity]));
  const ends = new Map(mentions.map((m) => [m.first, m.last]));
  // "the consultancy Mayak Intelligence": a business, which "the group" or "they" does not refer to.
  const businesses = new Set(
    [...named].filter(([i]) => BUSINESS_NOUNS.has(tokens[i - 1]?.lower ?? '')).map(([, e]) => e),
  );
  let person: number | null = null;
  let group: number | null = null;
  let lastGroupSentence = -1;
  const peopleSinceGroup = new Set<number>();
  // How often each group was named or referred to so far, and the groups a sentence names outside a prepositional
  // phrase ("the SDF accused …", not "a spokesperson for the YPJ"): who "the group" most likely is.
  const groupMentions = new Map<number, number>();
  const groupSubjectsBySentence = new Map<number, number[]>();
  /** "The rebels": the one group the text called so, or the most named of those it did. */
  const membersOf = (word: string): number | null => {
    const candidates = [...describedAs].filter(([, words]) => words.includes(word)).map(([id]) => id);
    const count = (id: number) => groupMentions.get(id) ?? 0;
    const most = Math.max(...candidates.map(count));
    const top = candidates.filter((id) => count(id) === most);
    return top.length === 1 ? top[0] : null;
  };
  /**
   * "The group" at sentence `s`: the first group named before it in its sentence, else the first group a sentence
   * of the few before is about, else the most named of those they name.
   */
  const groupInFocus = (s: number): number | null => {
    const here = groupsBySentence.get(s)?.[0];
    if (here !== undefined) return here;
    let mostNamed: number | null = null;
    for (let back = s - 1; back >= Math.max(0, s - REACH); back--) {
      // "The Karsa Brigades and the Sahel Front met. The group …": either may be meant.
      const subjects = groupSubjectsBySentence.get(back) ?? [];
      if (subjects.length) return new Set(subjects).size === 1 ? subjects[0] : null;
      for (const id of groupsBySentence.get(back) ?? [])
        if (mostNamed === null || groupMentions.get(id)! > groupMentions.get(mostNamed)!) mostNamed = id;
    }
    if (group !== null && (mostNamed === null || groupMentions.get(group)! > groupMentions.get(mostNamed)!))
      return group;
    return mostNamed ?? group;
  };
  const groupsBySentence = new Map<number, number[]>();
  let personSentence = -1;
  const organizations: number[] = [];
  // Countries by how often they were named so far, the first named on a tie (a dateline): "the country" is the one
  // the story is about, not the last named.
  const countries = new Map<number, number>();
  let country: number | null = null;
  // Nouns the text has described an organization by: "the X alliance", "X, formed as an alliance", so that "the
  // alliance" can refer back to X although its name does not say so.
  const describedAs = new Map<number, string[]>();
  let lastOrganization: { entity: number; end: number } | null = null;
  // Organizations a sentence is about (not named only as a modifier, "U.N. peacekeeping force"), in order.
  const subjectsBySentence = new Map<number, number[]>();
  const note = (entity: number, sentence: number, at?: number) => {
    const e = entities[entity];
    const after = at === undefined ? undefined : tokens[ends.get(at) ?? at];
    // "U.N. peacekeeping force", "Foreign Office Minister Andrew Mitchell": the name only describes what follows.
    const modifier = (after?.pos === 'NOUN' && /^\p{Ll}/u.test(after.text)) || PERSON_TITLES.has(after?.text ?? '');
    if (e.type === 'Organization' && !e.identity.known?.startsWith('media:') && !modifier && at !== undefined) {
      addTo(subjectsBySentence, sentence, entity);
    }
    if (e.type === 'Organization' && !e.identity.known?.startsWith('media:')) {
      organizations.push(entity);
      if (at !== undefined) lastOrganization = { entity, end: ends.get(at) ?? at + 1 };
    }
    if (e.identity.known?.startsWith('country:')) {
      countries.set(entity, (countries.get(entity) ?? 0) + 1);
      if (country === null || countries.get(entity)! > countries.get(country)!) country = entity;
    }
    if (e.type === 'Person') {
      peopleSinceGroup.add(entity);
      person = entity;
      personSentence = sentence;
    }
    const members = after?.lower ?? '';
    if (isGroupLike(e) && MEMBER_PLURALS.has(members)) addTo(describedAs, entity, members);
    if (isGroupLike(e) && !businesses.has(entity)) {
      group = entity;
      lastGroupSentence = sentence;
      peopleSinceGroup.clear();
      groupMentions.set(entity, (groupMentions.get(entity) ?? 0) + 1);
      if (at !== undefined && !isOblique(tokens, at)) addTo(groupSubjectsBySentence, sentence, entity);
      const list = groupsBySentence.get(sentence) ?? [];
      if (!list.includes(entity)) list.push(entity);
      groupsBySentence.set(sentence, list);
    }
  };
  // "Israel widened its campaign": a possessive one word past a country that acts is that country's.
  let lastNamed = { entity: -1, last: -1 };
  const countryJustBefore = (i: number): number | null => {
    const { entity, last } = lastNamed;
    const country = entity >= 0 && entities[entity].identity.known?.startsWith('country:');
    // The name, its verb, then the pronoun: "Israel widened its", not "Israel, which … its".
    const acts = entity >= 0 && i === last + 1 && tokens[last].pos === 'VERB';
    return country && acts && tokens[i].lower === 'its' ? entity : null;
  };
  let ruling: number | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const entity = named.get(i);
    if (entity !== undefined) lastNamed = { entity, last: ends.get(i) ?? i + 1 };
    if (entity !== undefined && namesRuling(tokens, i)) ruling = entity;
    if (ruling !== null && refersToRuling(tokens, i)) {
      const antecedents = { person: null, group: ruling, plural: [], personNearby: false };
      references.set(i, { token: i, first: i - 2, kind: 'described', antecedents });
      continue;
    }
    if (entity !== undefined) {
      note(entity, tokens[i].sentence, i);
      continue;
    }
    const personal = people.get(i);
    if (personal && personal.kind !== 'pronoun') {
      const antecedents = { person: personal.person, group: null, plural: [], personNearby: true };
      if (personal.person !== null)
        references.set(i, { token: i, first: personal.first, kind: personal.kind, antecedents });
      continue;
    }
    const place = places.get(i);
    if (place !== undefined) {
      const antecedents = { person: null, group: place, plural: [], personNearby: false };
      references.set(i, { token: i, first: i - 1, kind: 'place', antecedents });
      continue;
    }
    if (MEMBER_PLURALS.has(tokens[i].text) && tokens[i - 1]?.lower === 'the' && !saysWhoIsMeant(tokens[i + 1])) {
      const id = membersOf(tokens[i].text);
      const antecedents = { person: null, group: id, plural: id === null ? [] : [id], personNearby: false };
      if (id !== null) references.set(i, { token: i, first: i - 1, kind: 'group', antecedents });
      continue;
    }
    const kind = referenceKind(tokens, i);
    // "the powerful rebel group, Jaich al-Ahrar,": the description names the one that follows it.
    const appositionName = tokens[i + 2]?.lower === 'the' ? i + 3 : i + 2;
    if ((kind === 'group' || kind === 'described') && tokens[i + 1]?.text === ',' && named.has(appositionName))
      continue;
    if (!kind) {
      const described = describedOrganization(tokens, i, lastOrganization);
      if (described !== null) addTo(describedAs, described, tokens[i].lower);
      continue;
    }
    const s = tokens[i].sentence;
    if (kind === 'described') {
      const pattern = DESCRIBED.get(tokens[i].lower)!;
      const business = BUSINESS_DESCRIPTIONS.has(tokens[i].lower);
      const fits = (id: number) => {
        const e = entities[id];
        if (business)
          return (
            e.identity.known?.startsWith('company:') ||
            businesses.has(id) ||
            [e.label, ...e.aliases].some((n) => LEGAL_SUFFIXES.has(n.slice(n.lastIndexOf(' ') + 1))) ||
            (!isGroupLike(e) && !e.identity.institution && !e.identity.known)
          );
        return [e.label, ...e.aliases, ...(describedAs.get(id) ?? [])].some((n) => pattern.test(n));
      };
      // "The Bonn-based company" states something new of it, so it must be the one company named so far.
      const modified = modifiedDescriptionStart(tokens, i) !== null;
      const fitting = modified ? new Set(organizations.filter(fits)) : null;
      const only = fitting?.size === 1 ? [...fitting][0] : null;
      const recent = modified ? only : (organizations.findLast(fits) ?? null);
      const antecedent = tokens[i].lower === 'country' ? country : recent;
      references.set(i, {
        token: i,
        first: modifiedDescriptionStart(tokens, i) ?? i - 1,
        kind,
        antecedents: { person: null, group: antecedent, plural: [], personNearby: false },
      });
      // "The alliance said it had seized …": what the description refers to is what the sentence is about.
      if (antecedent !== null && tokens[i].lower !== 'country') {
        note(antecedent, s);
        if (startsClause(tokens, i)) addTo(subjectsBySentence, s, antecedent);
      }
      continue;
    }
    const here = groupsBySentence.get(s) ?? [];
    const before = groupsBySentence.get(s - 1) ?? [];
    const together = [here, before].find((list) => list.length > 1);
    // "They" with no group named nearby, or after people named since, is more often people: "they had charged
    // him", "Tom Brown and Bill Green fled. They later joined …".
    const peopleSince = lastGroupSentence < s - REACH || peopleSinceGroup.size > 1;
    const plural = together ?? (group === null || peopleSince ? [] : [group]);
    // The group a sentence is about comes first in it: prefer that of this sentence, then of the one before.
    // "The Israeli military said it had hit …": "it" may be any organization, a state body included.
    const subjects =
      kind === 'thing' ? [subjectsBySentence.get(s) ?? [], subjectsBySentence.get(s - 1) ?? []] : [[], []];
    const focus =
      countryJustBefore(i) ??
      subjects[0][0] ??
      (kind === 'group' ? groupInFocus(s) : (here[0] ?? subjects[1][0] ?? before[0] ?? group));
    const personNearby = person !== null && personSentence >= s - 1;
    // "he" is the person the pronoun module found, or nobody when two could be meant.
    const antecedents = {
      person: kind === 'person' ? (people.get(i)?.person ?? null) : null,
      group: focus,
      plural,
      personNearby,
    };
    const first = kind === 'group' ? (describedGroupStart(tokens, i) ?? i - 1) : i;
    references.set(i, { token: i, first, kind, antecedents });
    // "The group ..." keeps the group it refers to in focus for the sentences after.
    if (kind === 'group' && focus !== null) note(focus, s);
  }
  return references;
}
