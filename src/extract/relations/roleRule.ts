// Relations stated by a role noun and the person who holds it, read off the sentence structure: "Kapustin, the
// commander of the RVC", "RVC commander Denis Kapustin", "X is the head of Y", "the group’s spokesman, X".
import type { RelationType } from '../../model/vocabulary.ts';
import { PERSON_TITLES } from '../gazetteers/people.ts';
import {
  APPOINTING_VERBS,
  DEPUTY_WORDS,
  isPluralRole,
  JOINING_VERBS,
  ORGANIZATION_KIND_NOUNS,
  ROLE_APPOINTING_VERBS,
  ROLE_DESCRIBING_PASSIVES,
  ROLE_ORGANIZATION_PREPOSITIONS,
  ROLE_PREPOSITIONS,
  roleRelation,
  ROLE_WORDS_BY_FIRST,
} from '../gazetteers/relationWords.ts';
import { countryOf, isDemonym } from '../lexicon.ts';
import { ageOf, phraseSpanEnd } from '../structure/links.ts';
import { subjectOfVerb, withConjuncts, type NounPhrase, type SentenceStructure } from '../structure/index.ts';
import { argumentAt, type Argument, type RelationContext } from './context.ts';
import { namedEntity, phraseArguments, referents } from './patterns/referents.ts';
import { relate, single, type Found } from './relate.ts';
import { stateOfRole } from './stateOffices.ts';
import type { RelationRule } from './rules.ts';
import { isStaffRole, staffRelation } from './workplaces.ts';

/** A role word inside a phrase: its first token, its length in tokens, the relation it states, and whether several hold it. */
interface Role {
  at: number;
  length: number;
  type: RelationType;
  plural: boolean;
}

/** "Defence Minister X", "army chief X": a word before the role that names an institution of the document. */
const INSTITUTION_WORDS = new Map<string, string>([
  ['defence', 'defense-ministry'],
  ['defense', 'defense-ministry'],
  ['foreign', 'foreign-ministry'],
  ['interior', 'interior-ministry'],
  ['army', 'armed-forces'],
  ['military', 'armed-forces'],
  ['navy', 'navy'],
  ['intelligence', 'military-intelligence'],
]);

const POSSESSIVES = new Set(['’s', "'s", '’', "'"]);
/** "the Example Bank board chairman": the board's head leads the organization, unlike a field's head. */
const BOARD_WORDS = new Set(['board', 'executive', 'managing']);
/** "a top Example cartel leader": a noun for the organization's kind names the organization, not a field. */
const ORGANIZATION_KINDS = new Set(ORGANIZATION_KIND_NOUNS);
const isPersonArg = (arg: Argument | null) => !!arg && arg.resolve(['Person']).length > 0;

/** A token's word for role lookup: "ex-chief" is a past "chief", and a past role still states the relation. */
const roleWord = (lower: string) => (lower.startsWith('ex-') ? lower.slice(3) : lower);

function roleAt(ctx: RelationContext, i: number, end: number): Role | null {
  const first = roleWord(ctx.tokens[i].lower);
  for (const words of ROLE_WORDS_BY_FIRST.get(first) ?? []) {
    if (i + words.length <= end && words.every((w, k) => (k ? ctx.tokens[i + k].lower : first) === w)) {
      const role = words.join(' ');
      return { at: i, length: words.length, type: roleRelation(role)!, plural: isPluralRole(role) };
    }
  }
  return null;
}

/**
 * The name the phrase is about: the one at its head, when the phrase ends with it; "An Example Front operative",
 * with the role read as an adjective, is about the operative.
 */
function headName(ctx: RelationContext, phrase: NounPhrase) {
  const name = ctx.argumentAt[phrase.head];
  const last = POSSESSIVES.has(ctx.tokens[phrase.last - 1].text) ? phrase.last - 1 : phrase.last;
  return name && name.last >= last ? name : undefined;
}

/** Where the phrase's head name starts, or its end when its head is a common noun. */
function headStart(ctx: RelationContext, phrase: NounPhrase): number {
  const name = headName(ctx, phrase);
  return name ? Math.max(name.first, phrase.first) : phrase.last;
}

/**
 * The role a phrase gives: its head when that is a role noun ("the commander", "the RVC commander"), else the last
 * role word before the person named at its head ("Kremlin spokesman Dmitry Peskov", "Example Bank President X").
 */
function roleIn(ctx: RelationContext, phrase: NounPhrase): Role | null {
  const end = headStart(ctx, phrase);
  let found: Role | null = null;
  for (let i = phrase.first; i < end; i++) {
    const named = ctx.argumentAt[i];
    if (named) {
      i = named.last - 1;
      continue;
    }
    const role = roleAt(ctx, i, end);
    if (role) {
      found = role;
      i += role.length - 1;
    }
  }
  if (!found) return null;
  const namedHead = !!headName(ctx, phrase);
  // A role word that only qualifies a common noun ("the commander post") gives no role; the tagger may call the
  // role an adjective ("the EU competition chief").
  const roleEnd = found.at + found.length;
  const last = POSSESSIVES.has(ctx.tokens[phrase.last - 1].text) ? phrase.last - 1 : phrase.last;
  return namedHead || roleEnd === phrase.head + 1 || roleEnd === last ? found : null;
}

/** Verbs that give their subject the role after them: "X is the leader of Y", "X was named head of Y". */
const COPULAR = new Set(ROLE_APPOINTING_VERBS);
const DEPUTIES = new Set(DEPUTY_WORDS);
const DESCRIBING = new Set(ROLE_DESCRIBING_PASSIVES);
const APPOINTING = new Set(APPOINTING_VERBS);
const JOINING = new Set(JOINING_VERBS);
/** "X is the head", "X was named head": but the subject of "Y named X head", "to choose their partners" holds no role. */
const isCopular = (ctx: RelationContext, st: SentenceStructure, v: number) => {
  const head = ctx.tokens[st.verbs[v].head].lower;
  const passive = st.verbs[v].voice === 'passive';
  return (COPULAR.has(head) && (passive || !APPOINTING.has(head))) || (DESCRIBING.has(head) && passive);
};

/**
 * "The Example Bank named Ivan Dorn chief executive": the person an active appointing verb gives the role of phrase
 * `p` to, and the verb (whose subject, when an organization, is the one the role is in).
 */
function appointment(
  ctx: RelationContext,
  st: SentenceStructure,
  p: number,
): { person: Argument; verb: number } | null {
  const phrase = st.phrases[p];
  const object = st.phrases[p - 1];
  // "named Ivan Dorn chief executive", "appointed Anna Kovic as chairwoman".
  const as = phrase.preposition !== null && ctx.tokens[phrase.preposition].lower === 'as';
  const joined =
    object && (as ? object.last === phrase.preposition : phrase.preposition === null && object.last === phrase.first);
  if (!joined || object.preposition !== null) return null;
  const verb = st.verbAt[object.first - st.first - 1];
  if (verb === undefined || verb < 0 || st.verbs[verb].voice !== 'active') return null;
  if (!APPOINTING.has(ctx.tokens[st.verbs[verb].head].lower)) return null;
  const person = argumentAt(ctx, object.head);
  return isPersonArg(person) ? { person: person!, verb } : null;
}

/** The organization that appointed the holder of the role of phrase `p`: "The Example Bank named Ivan Dorn …". */
function appointer(ctx: RelationContext, st: SentenceStructure, p: number): Argument[] {
  const appointed = appointment(ctx, st, p);
  const subject = appointed ? subjectOfVerb(st, appointed.verb) : null;
  return subject === null ? [] : phraseArguments(ctx, st, subject).filter((a) => a.resolve(['Organization']).length);
}

/** The person holding the role of phrase `p`: named in it, in apposition, right after it, or the copula's subject. */
function holderOf(ctx: RelationContext, st: SentenceStructure, p: number, role: Role): Argument[] {
  const phrase = st.phrases[p];
  if (headName(ctx, phrase)) {
    const head = argumentAt(ctx, phrase.head);
    if (!isPersonArg(head) || role.at >= head!.first) return [];
    // "Example Party members Ivan Dorn and Anna Kovic": a plural role goes to every person of the list.
    return role.plural ? personsOf(ctx, st, p) : [head!];
  }
  // "The Unity Party leader, who …": a title referring back to the one person who holds it.
  if (ctx.references.get(phrase.head)?.kind === 'title' && role.at + role.length - 1 === phrase.head) {
    const holder = argumentAt(ctx, phrase.head);
    return isPersonArg(holder) ? [holder!] : [];
  }
  // "Kapustin, the commander of the RVC" / "The leader of the Example Front, Ivan Dorn,".
  for (let q = 0; q < st.phrases.length; q++) {
    if (q === p || (st.phrases[q].appositionOf !== p && phrase.appositionOf !== q)) continue;
    const named = argumentAt(ctx, st.phrases[q].head);
    // "Anna Kovic and Ivan Dorn, both analysts at …".
    if (isPersonArg(named)) return role.plural ? personsOf(ctx, st, q) : [named!];
  }
  // "the head of the Example Front Ivan Dorn": a person named right after the role and its organization.
  const end = st.phrases[phraseSpanEnd(st.phrases, p)];
  const next = st.phrases[phraseSpanEnd(st.phrases, p) + 1];
  if (next && next.first === end.last && next.preposition === null) {
    let k = next.first;
    while (k < next.last && (PERSON_TITLES.has(ctx.tokens[k].text) || ctx.tokens[k].text === '.')) k++;
    const named = argumentAt(ctx, next.head);
    if (isPersonArg(named) && named!.first === k) return [named!];
  }
  const titled = personAfterTitles(ctx, st, p);
  if (titled) return [titled];
  const renamed = personBeforeComma(ctx, st, p);
  if (renamed) return [renamed];
  const appointed = appointment(ctx, st, p);
  if (appointed) return [appointed.person];
  const first = firstOfRoleList(ctx, st, p, role);
  if (first !== p) return holderOf(ctx, st, first, roleIn(ctx, st.phrases[first])!);
  // "X is the leader of Y", "X was named head of Y", "X, as head of Y,": the subject of the verb before the role
  // (before its possessor: "X was China's justice minister").
  const opening = phrase.possessor === null ? phrase.first : st.phrases[phrase.possessor].first;
  const before = phrase.preposition === null ? st.verbAt[opening - st.first - 1] : undefined;
  // "appeared in videos as his spokesperson": "as" goes with the verb, whatever the attachment says; but "ousted
  // Ivan Dorn as chairman": the person named right before "as" holds the role.
  const as = phrase.preposition !== null && ctx.tokens[phrase.preposition].lower === 'as';
  const beforeAs = as ? st.phrases[p - 1] : undefined;
  if (beforeAs && beforeAs.last === phrase.preposition && beforeAs.preposition === null) {
    const named = argumentAt(ctx, beforeAs.head);
    if (isPersonArg(named)) return [named!];
  }
  const verb =
    before !== undefined && before >= 0 && isCopular(ctx, st, before)
      ? before
      : as
        ? st.verbs.findLastIndex((v) => v.last <= phrase.first)
        : -1;
  if (verb < 0) return [];
  if (as) {
    const described = describedAntecedent(ctx, st, verb);
    if (described) return [described];
  }
  const subject = subjectOfVerb(st, verb);
  return subject === null ? [] : phraseArguments(ctx, st, subject).filter((a) => isPersonArg(a));
}

/** Verbs that give their object the role after "as": "who police described as a senior member of Y". */
const DESCRIBING_ACTIVES = new Set(['described', 'describe', 'describes', 'identified', 'identifies', 'identify']);

/**
 * "Ivan Dorn, 53, who police described as a member of the Velmar Gang": the person a relative clause with a subject of
 * its own describes with the role after "as" (past an age after the name).
 */
function describedAntecedent(ctx: RelationContext, st: SentenceStructure, v: number): Argument | null {
  const verb = st.verbs[v];
  const clause = st.clauses[verb.clause];
  if (clause.kind !== 'relative' || clause.antecedent === null || verb.voice !== 'active') return null;
  if (!DESCRIBING_ACTIVES.has(ctx.tokens[verb.head].lower)) return null;
  const subject = subjectOfVerb(st, v);
  if (subject === null || subject === clause.antecedent) return null;
  const aged = ageOf(ctx.tokens, st.phrases, clause.antecedent);
  const named = argumentAt(ctx, st.phrases[aged >= 0 ? aged : clause.antecedent].head);
  return isPersonArg(named) ? named : null;
}

/**
 * "Ivan Dorn, chairman, president and CEO of the Velmar Group", "Dorn was the chair and co-president of X",
 * "serving as chief executive of X and chairman of Y": the first role of a list of roles joined by commas and "and",
 * whose holder holds them all; `p` itself when no role comes before it so.
 */
function firstOfRoleList(ctx: RelationContext, st: SentenceStructure, p: number, role: Role): number {
  // "…, three other Example Front commanders": a counted or plural role names other people.
  const phrase = st.phrases[p];
  if (role.plural || phrase.determiner !== null || ctx.tokens[phrase.first].pos === 'NUM') return p;
  let first = p;
  while (first > 0 && st.phrases[first].preposition === null) {
    const between = ctx.tokens.slice(st.phrases[first - 1].last, st.phrases[first].first).map((t) => t.lower);
    if (!between.length || !between.every((w) => w === ',' || w === 'and')) break;
    // Past the organization the role before hangs on it: "chief executive of X and chairman of Y".
    let q = first - 1;
    while (st.phrases[q].preposition !== null && st.phrases[q].attachedTo?.kind === 'phrase')
      q = st.phrases[q].attachedTo!.index;
    const under = st.phrases[q].preposition === null ? null : ctx.tokens[st.phrases[q].preposition!].lower;
    if ((under !== null && under !== 'as') || headName(ctx, st.phrases[q]) || !roleIn(ctx, st.phrases[q])) break;
    first = q;
  }
  return first;
}

/**
 * "Orvan Party leader and former Prime Minister Ivan Dorn": the person a second title names, joined to the role
 * by "and" (the chunker makes the two one list).
 */
function personAfterTitles(ctx: RelationContext, st: SentenceStructure, p: number): Argument | null {
  const phrase = st.phrases[p];
  const next = st.phrases[p + 1];
  if (!next || ctx.tokens[phrase.last]?.lower !== 'and' || next.first !== phrase.last + 1) return null;
  const named = next.preposition === null ? argumentAt(ctx, next.head) : null;
  if (!isPersonArg(named)) return null;
  let titled = next.titles.length > 0;
  for (let i = next.first; i < named!.first && !titled; i++) titled = !!roleAt(ctx, i, named!.first);
  return titled ? named : null;
}

/**
 * "Ivan Dorn, leader of the Orvan Party and a former minister who …, was named": a role right after a person and
 * a comma renames the person, though no second comma closes the apposition; not a role that is a clause's subject
 * after a verb ("After meeting Ivan Dorn, the leader of the party said").
 */
function personBeforeComma(ctx: RelationContext, st: SentenceStructure, p: number): Argument | null {
  const phrase = st.phrases[p];
  const before = st.phrases[p - 1];
  if (!before || phrase.preposition !== null || before.preposition !== null || phrase.appositionOf !== null)
    return null;
  if (ctx.tokens[phrase.first - 1]?.text !== ',' || before.last !== phrase.first - 1) return null;
  // "Ivan Dorn, head of the Orvan Front was convicted": the chunker takes the role for the subject; a person no verb
  // comes before opens the sentence, and the role renames them.
  let opening = true;
  for (let i = st.first; i < before.first && opening; i++) opening = st.verbAt[i - st.first] < 0;
  if (!opening && st.clauses.some((c) => c.subject === p)) return null;
  const named = argumentAt(ctx, before.head);
  return isPersonArg(named) ? named : null;
}

/** The persons named by phrase `p` and the phrases coordinated with it. */
const personsOf = (ctx: RelationContext, st: SentenceStructure, p: number): Argument[] =>
  withConjuncts(st, st.phrases[p].conjunctOf ?? p)
    .map((q) => argumentAt(ctx, st.phrases[q].head))
    .filter((a): a is Argument => isPersonArg(a));

/**
 * An organization found for a role, noting whether a unit of it came first ("head of the X programme at Y") and
 * whether the role covers only its branch in a place ("the head of the Example Group in Lorton").
 */
type Organization = { args: Argument[]; throughUnit: boolean; inPlace?: boolean };

/** Whether the phrase after `q` places it: "the Example Group in Lorton". */
function placedBranch(ctx: RelationContext, st: SentenceStructure, q: number): boolean {
  const next = st.phrases[q + 1];
  if (next?.attachedTo?.kind !== 'phrase' || next.attachedTo.index !== q) return false;
  if (ctx.tokens[next.preposition ?? -1]?.lower !== 'in') return false;
  return referents(ctx, st, q + 1).some((a) => a.resolve(['Location']).length);
}

/**
 * "RVC commander", "Example Bank President", "its spokesperson", "the group’s leader": the organization before it.
 * `holders`: the people who hold the role.
 */
function organizationBefore(
  ctx: RelationContext,
  st: SentenceStructure,
  phrase: NounPhrase,
  role: Role,
  holders: number[],
): Argument[] {
  for (let i = role.at - 1; i >= phrase.first; i--) {
    const named = ctx.argumentAt[i];
    // A place before a role is its topic or nationality ("a Sahel researcher"), not the employer.
    if (named) return ctx.entities[named.entity].type === 'Organization' ? single(argumentAt(ctx, named.first)) : [];
    // "The party chairman X": a noun that refers back to an organization.
    const kind = ctx.references.get(i)?.kind;
    if (kind === 'group' || kind === 'described')
      return single(argumentAt(ctx, i)).filter((a) => a.resolve(['Organization']).length);
  }
  // A name the mention finder left inside a longer span: "Example Bank President Ivan Dorn".
  const words: string[] = [];
  for (let i = phrase.determiner ?? phrase.first - 1; ++i < role.at;) {
    const t = ctx.tokens[i];
    if (t.text[0] === t.text[0].toLowerCase() || PERSON_TITLES.has(t.text)) words.length = 0;
    else words.push(t.text);
  }
  const named = words.length ? namedEntity(ctx, words.join(' ')) : null;
  if (named?.resolve(['Organization']).length) return [named];
  if (phrase.determiner !== null && ctx.references.has(phrase.determiner)) {
    // "a man … appeared as his spokesperson": nobody is their own spokesperson, so "his" is the group here (and
    // "his boss", "his spokesperson" are the group's too); but "quoted his lawyer X" after another person is named:
    // a lawyer, an adviser, an aide or a deputy of that person serves the person, not the group in focus.
    const ref = ctx.references.get(phrase.determiner)!;
    const { person, group } = ref.antecedents;
    const serves = role.type === 'WORKS_FOR' || role.type === 'MEMBER_OF';
    const ofAnother = person !== null && !holders.includes(person) && serves;
    if (ref.kind === 'person' && ofAnother) return [];
    if (ref.kind === 'person' && group !== null)
      return [
        {
          first: phrase.determiner,
          last: phrase.determiner + 1,
          resolve: (t) => (t.includes('Organization') ? [group] : []),
        },
      ];
    return single(argumentAt(ctx, phrase.determiner)).filter((a) => a.resolve(['Organization']).length);
  }
  // "the Treasury’s terrorism and financial intelligence chief X": the chunker ends the first phrase at "and".
  const possessor = phrase.possessor ?? (phrase.conjunctOf === null ? null : st.phrases[phrase.conjunctOf].possessor);
  if (possessor !== null) {
    return referents(ctx, st, possessor).filter((a) => a.resolve(['Organization']).length);
  }
  // "the Example Council (EC), whose head Ivan Dorn": the organization the relative "whose" is about.
  if (phrase.determiner !== null && ctx.tokens[phrase.determiner].lower === 'whose') {
    const p = st.phrases.indexOf(phrase);
    const before = st.phrases[p - 1];
    const between = before ? ctx.tokens.slice(before.last, phrase.first).map((t) => t.text) : [];
    const about = before && between.every((t) => t === ',' || t === ')') ? (before.appositionOf ?? p - 1) : -1;
    if (about >= 0) return referents(ctx, st, about).filter((a) => a.resolve(['Organization']).length);
  }
  return [];
}

/**
 * "the Example Bank’s intelligence chief X": an institution word before a role, with no name in the phrase, names
 * a unit of the organization the possessive names, whose head works for it.
 */
function possessedUnit(ctx: RelationContext, phrase: NounPhrase, role: Role): boolean {
  const before = ctx.tokens[role.at - 1];
  if (role.at - 1 < phrase.first || !INSTITUTION_WORDS.has(before.lower) || before.text !== before.lower) return false;
  for (let i = phrase.first; i < role.at; i++) if (ctx.argumentAt[i]) return false;
  return true;
}

/**
 * "Defence Minister X", "army chief X": the institution the title names, of the country named before it
 * ("Israeli Defence Minister X", "Israel’s Defence Minister X"), or the country itself when the document names no
 * such institution of it.
 */
function institutionOfTitle(ctx: RelationContext, st: SentenceStructure, phrase: NounPhrase, role: Role): Argument[] {
  const { tokens } = ctx;
  const kind = INSTITUTION_WORDS.get(tokens[role.at - 1]?.lower ?? '');
  if (!kind || role.at - 1 < phrase.first) return [];
  const inPhrase = [role.at - 2, role.at - 3].find(
    (k) => k >= phrase.first && (ctx.argumentAt[k]?.known?.kind === 'country' || countryOf(tokens[k].text)),
  );
  const possessor = phrase.possessor === null ? undefined : st.phrases[phrase.possessor];
  const countryAt =
    inPhrase ?? (possessor && ctx.argumentAt[possessor.head]?.known?.kind === 'country' ? possessor.head : undefined);
  const country =
    countryAt === undefined
      ? undefined
      : (ctx.argumentAt[countryAt]?.known?.label ?? countryOf(tokens[countryAt].text));
  const institutions = ctx.entities.filter((e) => e.identity.institution?.startsWith(`${kind}:`));
  const institution = country
    ? institutions.find((e) => e.identity.institution === `${kind}:${country}`)
    : institutions.length === 1
      ? institutions[0]
      : undefined;
  if (institution) {
    return [
      {
        first: role.at - 1,
        last: role.at,
        resolve: (types) => (types.includes(institution.type) ? [institution.id] : []),
      },
    ];
  }
  return countryAt !== undefined && ctx.argumentAt[countryAt] ? single(argumentAt(ctx, countryAt)) : [];
}

/**
 * "the commander of the RVC", "spokesman for Ukraine’s intelligence directorate", "professor of war studies at
 * King’s College London": the first phrase hanging on the role (directly or through others) that names something.
 */
function organizationAfter(ctx: RelationContext, st: SentenceStructure, p: number): Organization {
  const end = phraseSpanEnd(st.phrases, p);
  let throughUnit = false;
  let owner: Argument[] = [];
  for (let q = p + 1; q <= end; q++) {
    const phrase = st.phrases[q];
    const under = phrase.preposition === null ? null : ctx.tokens[phrase.preposition].lower;
    if (under === null || !ROLE_PREPOSITIONS.includes(under)) {
      if (phrase.possessor === null) break;
    }
    // "Sony’s PlayStation unit": the possessed phrase is the organization, its owner only when it names nothing
    // ("spokesman for the Legion’s political wing").
    if (st.phrases[q + 1]?.possessor === q) {
      owner = referents(ctx, st, q);
      continue;
    }
    const args = ROLE_ORGANIZATION_PREPOSITIONS.includes(under ?? '')
      ? referents(ctx, st, q).filter((a) => a.resolve(['Organization']).length)
      : referents(ctx, st, q);
    // "head of capital markets for Europe … at Example Bank": a region the role covers, then its employer.
    if (args.length && !args.some((a) => a.resolve(['Organization']).length)) {
      const employer = employerAt(ctx, st, q + 1, end);
      if (employer.length) return { args: employer, throughUnit: true };
      // "head of sales for Europe": the region a unit's head covers is not the employer.
      if (throughUnit && under === 'for') return { args: [], throughUnit };
    }
    if (args.length) return { args, throughUnit, inPlace: placedBranch(ctx, st, q) };
    // "the founder of the Example Group mercenary force": a group named before the noun that describes it; "the
    // head of Sony’s PlayStation unit" heads the unit, not its owner.
    const named = phrase.names.map((i) => argumentAt(ctx, i)).filter((a) => !!a && a.resolve(['Organization']).length);
    if (named.length) return { args: named as Argument[], throughUnit };
    if (owner.length) return { args: owner, throughUnit: false };
    throughUnit = true;
  }
  return { args: owner, throughUnit: false };
}

/**
 * "Interim leader Ivan Dorn of the Example Party", "Governor Ivan Dorn of Lorton": what a leading or speaking title's
 * name is "of". Other titles are left to the person-of rule, which makes the person a member.
 */
function organizationOfName(ctx: RelationContext, st: SentenceStructure, p: number, role: Role): Argument[] {
  if (role.type !== 'LEADS' && role.type !== 'SPOKESPERSON_FOR') return [];
  const next = st.phrases[p + 1];
  if (!next || next.first !== st.phrases[p].last + 1 || ctx.tokens[next.preposition ?? -1]?.lower !== 'of') return [];
  return referents(ctx, st, p + 1);
}

/**
 * "Ivan Dorn joined the Kestrel Bank as a trader": the organization a role under "as" is held in, the object of the
 * verb before it.
 */
function joinedAs(ctx: RelationContext, st: SentenceStructure, p: number): Argument[] {
  const phrase = st.phrases[p];
  if (ctx.tokens[phrase.preposition ?? -1]?.lower !== 'as') return [];
  // Past a time: "joined the Kestrel Bank in 2019 as a trader".
  let q = p - 1;
  while (q > 0 && st.phrases[q].preposition !== null && !st.phrases[q].names.length) q--;
  const object = st.phrases[q];
  const verb = object && object.preposition === null ? st.verbAt[object.first - st.first - 1] : -1;
  if (verb === undefined || verb < 0 || !JOINING.has(ctx.tokens[st.verbs[verb].head].lower)) return [];
  return referents(ctx, st, q).filter((a) => a.resolve(['Organization']).length);
}

/** The organization of the first phrase under "at" from `from` to `end`, inclusive. */
function employerAt(ctx: RelationContext, st: SentenceStructure, from: number, end: number): Argument[] {
  for (let q = from; q <= end; q++) {
    if (ctx.tokens[st.phrases[q].preposition ?? -1]?.lower !== 'at') continue;
    const args = referents(ctx, st, q).filter((a) => a.resolve(['Organization']).length);
    if (args.length) return args;
  }
  return [];
}

/** "The Kremlin …, according to spokesman Dmitry Peskov": a spokesperson speaks for the organization named before. */
function speakerOrganization(ctx: RelationContext, first: number, role: number): Argument[] {
  for (let i = first; i < role; i++) {
    const m = ctx.argumentAt[i];
    const e = m && ctx.entities[m.entity];
    if (e && e.type === 'Organization' && !e.identity.known?.startsWith('media:')) return single(argumentAt(ctx, i));
  }
  return [];
}

/**
 * "EU competition chief", "country director", "chief negotiator", "head of the Sahel programme at X": the head of
 * one field or unit within an organization works for it.
 */
function roleType(ctx: RelationContext, phrase: NounPhrase, role: Role, organization: Organization): RelationType {
  if (role.type !== 'LEADS') return role.type;
  // "the head of the Example Group in Lorton": who heads a branch is a member of the whole.
  if (organization.inPlace && !organization.throughUnit) return 'MEMBER_OF';
  const before = ctx.tokens[role.at - 1];
  // "deputy head of the Example Council": a member of what another leads.
  if (role.at > phrase.first && DEPUTIES.has(before.lower)) return 'MEMBER_OF';
  // "The party chairman X": a noun that refers back to an organization is the organization, not a field.
  const topic =
    role.at > phrase.first &&
    before.pos === 'NOUN' &&
    !BOARD_WORDS.has(before.lower) &&
    !ORGANIZATION_KINDS.has(before.lower) &&
    before.text === before.lower &&
    !INSTITUTION_WORDS.has(before.lower) &&
    !ctx.references.has(role.at - 1);
  const afterRole = role.at + role.length;
  const after = ctx.tokens[afterRole];
  // "chief negotiator", "president of global affairs": the role word only qualifies another role or a field.
  const qualifies = afterRole < phrase.last && after.pos === 'NOUN' && after.text === after.lower;
  const next = ctx.tokens[afterRole + 1];
  // "Director of Legal and Prosecution": a field written capitalized, naming nothing, is a field too.
  const field =
    after?.lower === 'of' &&
    !!next &&
    !ctx.argumentAt[afterRole + 1] &&
    // "Chairperson of Indian conglomerate Example Group": a nationality before the organization.
    !isDemonym(next.text) &&
    (next.pos === 'PROPN' || (['ADJ', 'NOUN'].includes(next.pos) && next.text === next.lower));
  return topic || qualifies || field || organization.throughUnit ? 'WORKS_FOR' : 'LEADS';
}

export const roleRule: RelationRule = {
  id: 'role',
  description: 'a role noun and who holds it: "Kapustin, the commander of the RVC", "Kremlin spokesman Dmitry Peskov"',
  run(ctx, s) {
    const st = ctx.structure[s];
    const found: Found[] = [];
    st.phrases.forEach((phrase, p) => {
      const role = roleIn(ctx, phrase);
      if (!role) return;
      const person = holderOf(ctx, st, p, role);
      if (!person.length) return;
      const holders = person.flatMap((a) => a.resolve(['Person']));
      let organization: Organization = {
        args: organizationBefore(ctx, st, phrase, role, holders),
        throughUnit: false,
      };
      if (organization.args.length) organization.throughUnit = possessedUnit(ctx, phrase, role);
      if (!organization.args.length) organization.args = institutionOfTitle(ctx, st, phrase, role);
      // "US President X", "Colombia’s President X": the office of a state named before it.
      const office = organization.args.length ? null : stateOfRole(ctx, st, phrase, role);
      if (office) {
        for (const f of relate(office.type, person, office.state)) found.push(f);
        return;
      }
      if (!organization.args.length)
        organization = headName(ctx, phrase)
          ? { args: organizationOfName(ctx, st, p, role), throughUnit: false }
          : organizationAfter(ctx, st, p);
      if (!organization.args.length) organization.args = appointer(ctx, st, p);
      if (!organization.args.length) organization.args = joinedAs(ctx, st, p);
      // "the junta spokesperson X": a spokesperson for a body described, not named, speaks for no one named before.
      const described =
        role.at > phrase.first && ctx.tokens[role.at - 1].pos === 'NOUN' && !ctx.argumentAt[role.at - 1];
      if (!organization.args.length && role.type === 'SPOKESPERSON_FOR' && !described)
        organization.args = speakerOrganization(ctx, st.first, role.at);
      const words = ctx.tokens
        .slice(role.at, role.at + role.length)
        .map((t) => roleWord(t.lower))
        .join(' ');
      // A leader's deputy, an officer, an operative: staff of an agency or a company, a member of a party or gang.
      const staff = role.type === 'LEADS' || isStaffRole(words);
      const type = staffRelation(ctx, roleType(ctx, phrase, role, organization), organization.args, staff);
      for (const f of relate(type, person, organization.args)) found.push(f);
    });
    return found;
  },
};
