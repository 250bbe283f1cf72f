// How claims look on the canvas, apart from entities at a glance: small discs in their own colour (quoted words
// darker than reported speech), labelled with the words in quotation marks; SAID and ABOUT as thin lines.
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { SAID } from '../../model/claims.ts';
import type { ClaimEdgeAttributes, ClaimNodeAttributes } from '../../model/graphFile.ts';

export const CLAIM_COLOURS = { direct: '#b0417a', indirect: '#d98cb3' } as const;
const SAID_COLOUR = '#b0417a';
const ABOUT_COLOUR = '#e3b5cc';
const CLAIM_SIZE = 4;
/** Claims crowd around their speaker: their labels stay short (the panel and reader give the words whole). */
const LABEL_LENGTH = 28;

const short = (text: string) => (text.length <= LABEL_LENGTH ? text : `${text.slice(0, LABEL_LENGTH - 1).trimEnd()}…`);

export function claimNodeDisplay(claim: ClaimNodeAttributes): Partial<NodeDisplayData> {
  return {
    color: CLAIM_COLOURS[claim.kind],
    size: CLAIM_SIZE,
    label: claim.kind === 'direct' ? `“${short(claim.text)}”` : `(${short(claim.text)})`,
  };
}

export function claimEdgeDisplay(link: ClaimEdgeAttributes): Partial<EdgeDisplayData> {
  return { color: link.type === SAID ? SAID_COLOUR : ABOUT_COLOUR, size: 1, label: link.type };
}
