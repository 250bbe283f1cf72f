// Relations stated by a role noun next to a person: "Kapustin, the commander of the RVC", "RVC commander X".
import type { RelationType } from '../../model/vocabulary.ts';
import { PERSON_TITLES, ROLE_RELATIONS } from '../gazetteers/people.ts';
import { countryOf } from '../lexicon.ts';
import { pushAll } from '../multiMap.ts';
import { findObjects, findSubject } from './arguments.ts';
import { argumentAt, type Argument, type RelationContext } from './context.ts';
import { relate, single, type Found } from './relate.ts';
import type { RelationRule } from './rules.ts';

/** Role words by their first word, longest first ("press secretary" before "secretary"). */
const ROLES = new Map<string, string[][]>();
for (const role of Object.keys(ROLE_RELATIONS).map((r) => r.split(' '))) {
  ROLES.set(
    role[0],
    [...(ROLES.get(role[0]) ?? []), role].sort((a, b) => b.length - a.length),
  );
}

/** "Defence Minister X", "army chief X": a word before the role that names an institution of the document. */
const INSTITUTION_WORDS: Record<string, string> = {
  defence: 'defense-ministry',
  defense: 'defense-ministry',
  foreign: 'foreign-ministry',
  interior: 'interior-ministry',
  army: 'armed-forces',
  military: 'armed-forces',
  navy: 'navy',
  intelligence: 'military-intelligence',
};

function roleAt(ctx: RelationContext, i: number): { type: RelationType; length: number } | null {
  for (const words of ROLES.get(ctx.tokens[i].lower) ?? []) {
    if (words.every((w, k) => ctx.tokens[i + k]?.lower === w))
      return { type: ROLE_RELATIONS[words.join(' ')], length: words.length };
  }
  return null;
}

const isPerson = (ctx: RelationContext, i: number) =>
  !!ctx.argumentAt[i] && ctx.entities[ctx.argumentAt[i]!.entity].type === 'Person';

/** The person holding the role, found before it, right after it, or after the role's organization. */
function personForRole(ctx: RelationContext, role: number, afterRole: number, first: number, last: number): Argument[] {
  const { tokens } = ctx;
  // "RSF commander Gen. Mohamed Hamdan Dagalo": titles between the role and the name.
  let next = afterRole;
  while (next < last && (PERSON_TITLES.has(tokens[next].text) || tokens[next].text === '.')) next++;
  if (isPerson(ctx, next)) return single(argumentAt(ctx, next));
  for (let i = role - 1; i >= Math.max(first, role - 6); i--) {
    const t = tokens[i];
    if (t.text === ',') {
      if (isPerson(ctx, i - 1)) return single(argumentAt(ctx, i - 1));
      break;
    }
    const copula = t.pos === 'AUX' && ['is', 'was', 'been', 'became', 'be', 'remains'].includes(t.lower);
    if (t.lower === 'as' || copula) return findSubject(ctx, i);
    // "a Caracas-based analyst": a hyphenated adjective is part of the role's phrase.
    const compound = t.text === '-' || tokens[i + 1]?.text === '-' || tokens[i - 1]?.text === '-';
    if (!compound && (['VERB', 'CCONJ', 'SCONJ'].includes(t.pos) || t.lower === 'that' || isPerson(ctx, i))) break;
  }
  // "The leader of MNDAA, Peng Daxun," / "a State Department spokesman, Matthew Miller,".
  for (let i = afterRole; i < Math.min(last, afterRole + 10); i++) {
    if (tokens[i].text === ',') {
      // ", Brig. Gen. Yahya Saree,": titles between the comma and the name.
      let k = i + 1;
      while (k < last && (PERSON_TITLES.has(tokens[k].text) || tokens[k].text === '.')) k++;
      return isPerson(ctx, k) ? single(argumentAt(ctx, k)) : [];
    }
    if (tokens[i].pos === 'VERB' || tokens[i].pos === 'AUX') return [];
  }
  return [];
}

/** The organization the role is held in: before the role ("RVC commander", "its spokesperson") or after it ("of the RVC"). */
function organizationForRole(
  ctx: RelationContext,
  role: number,
  afterRole: number,
  first: number,
  last: number,
): UnitArgument[] {
  return (
    organizationNamedBefore(ctx, role, first) ??
    institutionOfTitle(ctx, role, first) ??
    organizationAfter(ctx, afterRole, last)
  );
}

/** "RVC commander", "its spokesperson", "The Houthis’ military spokesman": an organization just before the role. */
function organizationNamedBefore(ctx: RelationContext, role: number, first: number): UnitArgument[] | null {
  const { tokens } = ctx;
  for (let i = role - 1; i >= Math.max(first, role - 5); i--) {
    const ref = ctx.references.get(i);
    // "a man … appeared as his spokesperson": nobody is their own spokesperson, so "his" is the group here.
    const group = ref?.kind === 'person' ? ref.antecedents.group : null;
    const arg: Argument | null =
      group !== null
        ? { first: i, last: i + 1, resolve: (types) => (types.includes('Organization') ? [group] : []) }
        : argumentAt(ctx, i);
    // A place before a role is its topic or nationality ("a Sahel researcher"), not the employer.
    if (arg && arg.resolve(['Organization']).length && (ctx.argumentAt[i] || ref)) return [arg];
    if (tokens[i].text === ',' || tokens[i].pos === 'VERB') break;
  }
  return null;
}

/**
 * "Defence Minister X", "army chief X": the institution the title names, of the country named before it
 * ("Israeli Defence Minister X"), or the country itself when the document names no such institution of it.
 */
function institutionOfTitle(ctx: RelationContext, role: number, first: number): UnitArgument[] | null {
  const { tokens } = ctx;
  const kind = INSTITUTION_WORDS[tokens[role - 1]?.lower ?? ''];
  if (!kind) return null;
  const countryAt = [role - 2, role - 3]
    .filter((k) => k >= first)
    .find((k) => ctx.argumentAt[k]?.known?.kind === 'country' || countryOf(tokens[k]?.text ?? ''));
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
      { first: role - 1, last: role, resolve: (types) => (types.includes(institution.type) ? [institution.id] : []) },
    ];
  }
  return countryAt !== undefined && ctx.argumentAt[countryAt] ? single(argumentAt(ctx, countryAt)) : null;
}

function organizationAfter(ctx: RelationContext, afterRole: number, last: number): UnitArgument[] {
  const { tokens } = ctx;
  // "visiting professor of war studies at King’s College London": the first preposition with a name after it.
  for (let i = afterRole; i < Math.min(last, afterRole + 8); i++) {
    const t = tokens[i];
    const objects = ['of', 'for', 'at', 'with', 'to'].includes(t.lower) ? findObjects(ctx, i + 1) : [];
    if (objects.length) return objects.slice(0, 1).map((o) => ({ ...o, throughUnit: i > afterRole }));
    if (t.text === ',' || t.pos === 'VERB' || t.pos === 'AUX') break;
  }
  return [];
}

/** "The Kremlin ..., according to spokesman Dmitry Peskov": a spokesperson speaks for the organization named before. */
function speakerOrganization(ctx: RelationContext, first: number, role: number): Argument[] {
  for (let i = first; i < role; i++) {
    const m = ctx.argumentAt[i];
    const e = m && ctx.entities[m.entity];
    if (e && e.type === 'Organization' && !e.identity.known?.startsWith('media:')) return single(argumentAt(ctx, i));
  }
  return [];
}

/**
 * "EU competition chief", "country director", "head of the Sahel programme at X": the head of one field or unit
 * within an organization works for it.
 */
function roleType(
  ctx: RelationContext,
  role: number,
  afterRole: number,
  type: RelationType,
  organization: UnitArgument[],
): RelationType {
  const before = ctx.tokens[role - 1];
  // "The party chairman X": a noun that refers back to an organization is the organization, not a field.
  const topic =
    before &&
    before.pos === 'NOUN' &&
    before.text === before.lower &&
    !INSTITUTION_WORDS[before.lower] &&
    !ctx.references.has(role - 1);
  // "chief negotiator", "president of global affairs": the role word only qualifies another role or a field.
  const after = ctx.tokens[afterRole];
  const qualifies = after?.pos === 'NOUN' && after.text === after.lower;
  const field =
    after?.lower === 'of' &&
    ['ADJ', 'NOUN'].includes(ctx.tokens[afterRole + 1]?.pos ?? '') &&
    ctx.tokens[afterRole + 1].text === ctx.tokens[afterRole + 1].lower;
  return type === 'LEADS' && (topic || qualifies || field || organization.some((o) => o.throughUnit))
    ? 'WORKS_FOR'
    : type;
}

/** An organization found after a role, noting whether a unit of it came first ("head of the X programme at Y"). */
type UnitArgument = Argument & { throughUnit?: boolean };

export const roleRule: RelationRule = {
  id: 'role',
  description: 'a role noun next to a person: "Kapustin, the commander of the RVC", "Kremlin spokesman Dmitry Peskov"',
  run(ctx, s) {
    const { first, last } = ctx.sentences[s];
    const found: Found[] = [];
    for (let i = first; i < last; i++) {
      const role = roleAt(ctx, i);
      if (!role) continue;
      const afterRole = i + role.length;
      const person = personForRole(ctx, i, afterRole, first, last);
      if (!person.length) continue;
      let organization = organizationForRole(ctx, i, afterRole, first, last);
      if (!organization.length && role.type === 'SPOKESPERSON_FOR') organization = speakerOrganization(ctx, first, i);
      pushAll(found, relate(roleType(ctx, i, afterRole, role.type, organization), person, organization));
      i = afterRole - 1;
    }
    return found;
  },
};
