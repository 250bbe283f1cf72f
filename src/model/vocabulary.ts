// The entity and relation vocabulary: the one place that says which types exist and how relations read.

export const ENTITY_TYPES = ['Person', 'Organization', 'Location'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const DOCUMENT_TYPE = 'Document';

/** Typed relations, as in the gold annotation format (tests/fixtures/FORMAT.md). */
export const RELATION_TYPES = [
  'LEADS',
  'SPOKESPERSON_FOR',
  'MEMBER_OF',
  'WORKS_FOR',
  'PART_OF',
  'ALLIED_WITH',
  'OPPOSES',
  'SUPPORTS',
  'CONTROLS',
  'BANNED',
  'ACTIVE_IN',
  'SPOKE_TO',
  'LOCATED_IN',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Co-occurrence in a sentence: not a stated relation, so kept apart from the typed vocabulary. */
export const MENTIONED_WITH = 'MENTIONED_WITH';
/** The rule id on MENTIONED_WITH evidence: two entities named in one sentence. */
export const COOCCURRENCE_RULE = 'same-sentence';
export type EdgeType = RelationType | typeof MENTIONED_WITH;

export interface RelationSignature {
  description: string;
  source: readonly EntityType[];
  target: readonly EntityType[];
  symmetric: boolean;
  readsLike: string;
}

const P = ['Person'] as const;
const O = ['Organization'] as const;
const L = ['Location'] as const;
// Countries and capitals often stand for their governments ("Ukraine armed the group", "Kyiv denies").
const POL = ['Person', 'Organization', 'Location'] as const;
const OL = ['Organization', 'Location'] as const;

export const RELATIONS: Record<RelationType, RelationSignature> = {
  LEADS: {
    description: 'heads an organization (or a place, as its government)',
    source: P,
    target: OL,
    symmetric: false,
    readsLike: 'commander, leader, head, chief, founder, runs',
  },
  SPOKESPERSON_FOR: {
    description: 'speaks for an organization',
    source: P,
    target: OL,
    symmetric: false,
    readsLike: 'spokesman, spokesperson, press secretary',
  },
  MEMBER_OF: {
    description: 'belongs to an organization',
    source: P,
    target: O,
    symmetric: false,
    readsLike: 'member, fighter, soldier in',
  },
  WORKS_FOR: {
    description: 'is employed by an organization',
    source: P,
    target: OL,
    symmetric: false,
    readsLike: 'professor at, analyst at, official of, minister of',
  },
  PART_OF: {
    description: 'is a unit of a larger organization',
    source: O,
    target: OL,
    symmetric: false,
    readsLike: 'unit of, branch of, part of, wing of',
  },
  ALLIED_WITH: {
    description: 'fights or works alongside',
    source: OL,
    target: OL,
    symmetric: true,
    readsLike: 'fights alongside, in tandem with, allied',
  },
  OPPOSES: {
    description: 'fights or wants to overthrow',
    source: POL,
    target: POL,
    symmetric: false,
    readsLike: 'fights against, wants to overthrow',
  },
  SUPPORTS: {
    description: 'arms, funds, backs or encourages',
    source: POL,
    target: POL,
    symmetric: false,
    readsLike: 'arms, funds, backs, encourages',
  },
  CONTROLS: {
    description: 'commands or directs',
    source: POL,
    target: O,
    symmetric: false,
    readsLike: 'controls, commands, directs, under the command of',
  },
  BANNED: {
    description: 'banned or designated as terrorist',
    source: OL,
    target: O,
    symmetric: false,
    readsLike: 'banned, designated as terrorist',
  },
  ACTIVE_IN: {
    description: 'operates or fights in a place',
    source: POL,
    target: L,
    symmetric: false,
    readsLike: 'raid on, fighting in, operates in, attacked',
  },
  SPOKE_TO: {
    description: 'gave a statement to a media outlet',
    source: P,
    target: O,
    symmetric: false,
    readsLike: 'told Reuters, said in an interview with',
  },
  LOCATED_IN: {
    description: 'is situated in a place',
    source: OL,
    target: L,
    symmetric: false,
    readsLike: 'region of, based in',
  },
};

export const isRelationType = (value: string): value is RelationType =>
  (RELATION_TYPES as readonly string[]).includes(value);

export const isEntityType = (value: string): value is EntityType => (ENTITY_TYPES as readonly string[]).includes(value);
