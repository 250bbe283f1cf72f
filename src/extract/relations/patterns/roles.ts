// Roles and founders: "the commander of the Example Brigade, Ivan Dorn", "founded by Ivan Dorn", "founding member".
import type { RelationType } from '../../../model/vocabulary.ts';
import {
  FOUNDING_VERBS,
  FOUNDING_WORDS,
  MEMBER_WORDS,
  ROLE_NOUNS,
  SETTING_UP_VERBS,
} from '../../gazetteers/relationWords.ts';
import { PARTY_NAME_WORDS } from '../../gazetteers/phraseWords.ts';
import { SHORT_FORM, type PatternRule } from './pattern.ts';

/** One-word role nouns stating `type` ("commander", "spokesman", "candidate"). */
const rolesFor = (type: RelationType) =>
  [...ROLE_NOUNS].filter(([role, relation]) => relation === type && !role.includes(' ')).map(([role]) => role);

const EXAMPLES: Partial<Record<RelationType, PatternRule['examples']>> = {
  LEADS: [
    ['The commander of the Example Brigade, Ivan Dorn, said the town held.', ['Ivan Dorn LEADS Example Brigade']],
    ['The commander of the Example Brigade, which fought there, left.', []],
    ['Chairman of the Orvan Unity Party (OUP), Ivan Dorn was sworn in.', ['Ivan Dorn LEADS Orvan Unity Party']],
    ['The leader of the Orvan Unity Party (OUP), which won, spoke.', []],
    // A list of names each with its role: the role after a comma renames the name before it (the role rule's).
    [
      'The sanctions target Ivan Dorn, the commander of the Example Brigade, Anna Kovic, the leader of the Lorton Front, and two envoys.',
      [],
    ],
  ],
  MEMBER_OF: [
    ['The candidate of the Orvan Unity Party (OUP), Ivan Dorn, came third.', ['Ivan Dorn MEMBER_OF Orvan Unity Party']],
    ['The candidate of the Orvan Unity Party won, Ivan Dorn said.', []],
  ],
  SPOKESPERSON_FOR: [
    ['A spokesman for the Example Front, Ivan Dorn, denied it.', ['Ivan Dorn SPOKESPERSON_FOR Example Front']],
  ],
};

/**
 * "the commander of the Example Brigade, Ivan Dorn": the role, its organization, then the person after a comma; not a
 * role that itself renames the name before it ("X, the commander of the Example Brigade, Y, …" lists people).
 */
const titleBeforeName = (type: RelationType, id: string): PatternRule => ({
  id,
  description: `a ${rolesFor(type)[0]} of an organization, then the person after a comma`,
  type,
  pattern: [
    { phrase: { head: rolesFor(type), apposition: false } },
    { phrase: { under: ['of', 'for', 'at'], entity: ['Organization'] }, as: 'organization' },
    // Past its short name: "Chairman of the Example Party (EP), Ivan Dorn".
    ...SHORT_FORM,
    { word: [','] },
    { phrase: { under: [null], entity: ['Person'] }, as: 'person' },
  ],
  source: 'person',
  target: 'organization',
  examples: EXAMPLES[type] ?? [],
});

export const ROLE_RULES: PatternRule[] = [
  titleBeforeName('LEADS', 'leader-of-then-name'),
  titleBeforeName('SPOKESPERSON_FOR', 'spokesperson-of-then-name'),
  titleBeforeName('MEMBER_OF', 'member-of-then-name'),
  titleBeforeName('WORKS_FOR', 'works-for-then-name'),
  {
    id: 'founded',
    description: 'a person founded, co-founded, established or formed an organization',
    type: 'LEADS',
    pattern: [
      { verb: { head: FOUNDING_VERBS, voice: 'active' } },
      { phrase: { under: [null], entity: ['Organization'] }, as: 'organization' },
    ],
    source: 'subject',
    target: 'organization',
    examples: [
      ['Ivan Dorn founded the Example Front in 2014.', ['Ivan Dorn LEADS Example Front']],
      ['The Example Front created a new unit in Lorton.', []],
    ],
  },
  {
    id: 'founded-by',
    description: 'an organization founded, co-founded, established or formed by a person',
    type: 'LEADS',
    pattern: [
      { verb: { head: FOUNDING_VERBS, voice: 'passive' } },
      { phrase: { under: ['by'], entity: ['Person'] }, as: 'person' },
    ],
    source: 'person',
    target: 'subject',
    examples: [
      ['The Example Front was founded by Ivan Dorn in 2014.', ['Ivan Dorn LEADS Example Front']],
      ['The Example Front, founded by Ivan Dorn in 2014, grew fast.', ['Ivan Dorn LEADS Example Front']],
    ],
  },
  {
    id: 'set-up',
    description: 'a person set up or started an organization (a verb with its particle: "set up", "started up")',
    type: 'LEADS',
    pattern: [
      { verb: { head: SETTING_UP_VERBS, voice: 'active' } },
      { word: ['up'] },
      { phrase: { under: [null], entity: ['Organization'] }, as: 'organization' },
    ],
    source: 'subject',
    target: 'organization',
    examples: [
      ['Ivan Dorn set up the Velmar Group in 1999.', ['Ivan Dorn LEADS Velmar Group']],
      ['Anna Kovic, who set up the Example Front, spoke.', ['Anna Kovic LEADS Example Front']],
      ['Ivan Dorn set up a meeting with the Velmar Group.', []],
    ],
  },
  {
    id: 'set-up-by',
    description: 'an organization set up by a person',
    type: 'LEADS',
    pattern: [
      { verb: { head: SETTING_UP_VERBS, voice: 'passive' } },
      { word: ['up'] },
      { phrase: { under: ['by'], entity: ['Person'] }, as: 'person' },
    ],
    source: 'person',
    target: 'subject',
    examples: [
      ['The Velmar Group was set up by Ivan Dorn in 1999.', ['Ivan Dorn LEADS Velmar Group']],
      ['The Example Front, set up by Anna Kovic, grew fast.', ['Anna Kovic LEADS Example Front']],
    ],
  },
  {
    id: 'party-of-person',
    description: 'a party "of" a person, who leads it: "the Example Front party of former president Ivan Dorn"',
    type: 'LEADS',
    pattern: [
      { phrase: { head: PARTY_NAME_WORDS, entity: ['Organization'] }, as: 'party' },
      { phrase: { under: ['of'], entity: ['Person'] }, as: 'leader' },
    ],
    source: 'leader',
    target: 'party',
    examples: [
      ['Anna Kovic ran for the Orvan Front party of former president Ivan Dorn.', ['Ivan Dorn LEADS Orvan Front']],
      ['Voters backed the Velmar League party of Ivan Dorn.', ['Ivan Dorn LEADS Velmar League']],
      ['The Velmar Group of Ivan Dorn won the contract.', []],
    ],
  },
  {
    id: 'members-named',
    description: 'a group’s members, then their names: "Example Gang members, Ivan Dorn, 27, and Anna Kovic"',
    type: 'MEMBER_OF',
    pattern: [
      { phrase: { head: MEMBER_WORDS, contains: [{ name: true, as: 'organization' }] } },
      { word: [','] },
      { phrase: { apposition: true, entity: ['Person'] }, as: 'members' },
    ],
    source: 'members',
    target: 'organization',
    examples: [
      [
        'Example Gang members, Ivan Dorn, 27, Mark Pell, 29, and Anna Kovic, 26, appeared in court.',
        ['Ivan Dorn MEMBER_OF Example Gang', 'Mark Pell MEMBER_OF Example Gang', 'Anna Kovic MEMBER_OF Example Gang'],
      ],
      ['Example Gang members, Ivan Dorn said, were armed.', []],
      ['Example Gang members attacked Lorton, Vell and Dornik.', []],
    ],
  },
  {
    id: 'members-of-named',
    description: 'members of a group, then their names: "two members of the Example Gang, Ivan Dorn and Anna Kovic"',
    type: 'MEMBER_OF',
    pattern: [
      { phrase: { head: MEMBER_WORDS } },
      { phrase: { under: ['of'], entity: ['Organization'] }, as: 'organization' },
      { word: [','] },
      { phrase: { apposition: true, entity: ['Person'] }, as: 'members' },
    ],
    source: 'members',
    target: 'organization',
    examples: [
      [
        'Two members of the Example Gang, Ivan Dorn and Anna Kovic, were charged.',
        ['Ivan Dorn MEMBER_OF Example Gang', 'Anna Kovic MEMBER_OF Example Gang'],
      ],
      ['Members of the Example Gang, police said, were armed.', []],
    ],
  },
  {
    id: 'founding-member',
    description: 'a founding member of an organization is a member of it',
    type: 'MEMBER_OF',
    pattern: [
      { phrase: { contains: [{ lower: FOUNDING_WORDS }, { lower: ['member', 'members'] }] }, as: 'member' },
      { phrase: { under: ['of'], entity: ['Organization'] }, as: 'organization' },
    ],
    source: 'member',
    target: 'organization',
    examples: [
      ['Ivan Dorn, a founding member of the Example Front, spoke.', ['Ivan Dorn MEMBER_OF Example Front']],
      ['Ivan Dorn is a founding member of the Example Front.', ['Ivan Dorn MEMBER_OF Example Front']],
    ],
  },
  {
    id: 'byline-outlet',
    description: 'a byline naming the writer and their outlet after a slash: "By Ivan Dorn/The Example Times"',
    type: 'WORKS_FOR',
    pattern: [
      { phrase: { under: ['by'], entity: ['Person'] }, as: 'writer' },
      // Past a second writer: "By Ivan Dorn and Anna Kovic | Reuters".
      { skip: 2 },
      { word: ['/', '|'] },
      { phrase: { under: [null], entity: ['Organization'] }, as: 'outlet' },
    ],
    source: 'writer',
    target: 'outlet',
    examples: [
      ['By Ivan Dorn/The Associated Press', ['Ivan Dorn WORKS_FOR Associated Press']],
      ['By Ivan Dorn and Anna Kovic | Reuters', ['Ivan Dorn WORKS_FOR Reuters', 'Anna Kovic WORKS_FOR Reuters']],
      ['The town was taken by Ivan Dorn, Reuters said.', []],
    ],
  },
];
