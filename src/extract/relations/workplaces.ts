// Whether an organization has staff or members: an agency, a police force, a ministry, a court or a company employs
// its people ("FBI assistant director X" works for it), a party, a gang or an army enrols them ("a party deputy
// leader", "an army officer", "an executive of the Example syndicate" are members).
import type { RelationType } from '../../model/vocabulary.ts';
import { INTERNATIONAL_BODIES, METONYMS } from '../gazetteers/organizations.ts';
import { wordList } from '../gazetteers/lists.ts';
import type { Argument, RelationContext } from './context.ts';

/** Words in the names of bodies that employ their people. */
const WORKPLACE_WORDS = new Set(
  wordList(`agency bureau commission department ministry police service office directorate treasury court tribunal
  bank company corporation corp inc ltd llc plc securities airline airlines airways`),
);
/** Nouns for organizations whose people are members whatever their rank: "the Example syndicate". */
const MEMBERSHIP_KINDS = new Set(wordList(`syndicate gang cartel mafia clan triad militia`));
/** Roles a member or an employee may hold: "an EFCC operative", "a police officer". */
const STAFF_ROLES = new Set(wordList(`officer officers operative operatives`));

const hasWordOf = (names: readonly string[], words: ReadonlySet<string>) =>
  names.some((name) =>
    name
      .toLowerCase()
      .split(/[^a-z]+/)
      .some((w) => words.has(w)),
  );

/** Known bodies (by the known id the lexicon gives them) whose names say they employ their people: FBI, CIA, IAEA. */
const KNOWN_WORKPLACES = new Set(
  [
    ...INTERNATIONAL_BODIES.map((names) => ['international', names] as const),
    ...METONYMS.map((names) => ['metonym', names] as const),
  ]
    .filter(([, names]) => hasWordOf(names, WORKPLACE_WORDS))
    .map(([kind, names]) => `${kind}:${names[0]}`),
);

const namesOf = (ctx: RelationContext, id: number) => [ctx.entities[id].label, ...ctx.entities[id].aliases];

function isWorkplace(ctx: RelationContext, id: number): boolean {
  const known = ctx.entities[id].identity.known;
  if (known?.startsWith('company:') || known?.startsWith('media:') || (known && KNOWN_WORKPLACES.has(known)))
    return true;
  return hasWordOf(namesOf(ctx, id), WORKPLACE_WORDS);
}

/** Whether the organization is of a kind with members only: named so, or followed by such a noun ("X syndicate"). */
function isMembership(ctx: RelationContext, arg: Argument, id: number): boolean {
  return hasWordOf(namesOf(ctx, id), MEMBERSHIP_KINDS) || MEMBERSHIP_KINDS.has(ctx.tokens[arg.last]?.lower ?? '');
}

/**
 * The relation between a person and the organization `args` names, given the one their role states: a member
 * working as staff of an employer works for it ("the FBI’s deputy director"), an employee of a gang is a member.
 * `staff` says whether the role may be either (a deputy of a leader, an officer, an operative).
 */
export function staffRelation(
  ctx: RelationContext,
  type: RelationType,
  args: readonly Argument[],
  staff: boolean,
): RelationType {
  const arg = args[0];
  const id = arg?.resolve(['Organization'])[0];
  if (id === undefined) return type;
  if (type === 'MEMBER_OF' && staff && isWorkplace(ctx, id)) return 'WORKS_FOR';
  if (type === 'WORKS_FOR' && isMembership(ctx, arg, id)) return 'MEMBER_OF';
  return type;
}

/** Whether a role word (lowercased) may be held by staff or by members alike. */
export const isStaffRole = (role: string): boolean => STAFF_ROLES.has(role);
