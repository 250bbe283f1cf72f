// Labels and relationship types in statements: from the vocabulary, or from the database, always quoted safely.
import { ENTITY_TYPES, MENTIONED_WITH, RELATION_TYPES, type EdgeType } from '../../model/vocabulary.ts';

export const ENTITY_LABEL = 'Entity';
export const DOCUMENT_LABEL = 'Document';
export const MENTIONS = 'MENTIONS';
export const CLAIM_LABEL = 'Claim';

/** The relationships of claims, each between fixed labels (see CLAIM_LINK_ENDS in load.ts). */
export const CLAIM_LINKS = ['SAID', 'ABOUT', 'CONTAINS'] as const;
export type ClaimLink = (typeof CLAIM_LINKS)[number];

/** Every relationship type between entities: the typed vocabulary and co-occurrence. */
export const EDGE_TYPES: readonly EdgeType[] = [...RELATION_TYPES, MENTIONED_WITH];
export { ENTITY_TYPES };

/** A label or type as a Cypher identifier: backticks, with backticks inside doubled. */
export const quoteName = (name: string): string => `\`${name.replaceAll('`', '``')}\``;
