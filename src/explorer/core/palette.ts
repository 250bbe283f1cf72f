// Colours: one per entity type, one per relation type (co-occurrence a quiet grey), and a set for communities.
import { MENTIONED_WITH, type EdgeType, type EntityType, type RelationType } from '../../model/vocabulary.ts';

export const ENTITY_COLOURS: Record<EntityType, string> = {
  Person: '#3b6fd4',
  Organization: '#e0782a',
  Location: '#2f9e6b',
};

// Grouped by meaning: membership and command in blues/purples, conflict in reds, place in greens, media in teal.
const RELATION_COLOURS: Record<RelationType, string> = {
  LEADS: '#5b3cc4',
  SPOKESPERSON_FOR: '#8e5bd6',
  MEMBER_OF: '#3d7fd9',
  WORKS_FOR: '#5aa5d6',
  PART_OF: '#7a8aa6',
  ALLIED_WITH: '#2a9d8f',
  OPPOSES: '#d63d3d',
  SUPPORTS: '#e8a33d',
  CONTROLS: '#9b2f6f',
  BANNED: '#8c1c13',
  ACTIVE_IN: '#4c9a2a',
  SPOKE_TO: '#16a3b8',
  LOCATED_IN: '#93b04a',
};

export const MENTIONED_WITH_COLOUR = '#c3c8d2';

export function edgeColour(type: EdgeType): string {
  return type === MENTIONED_WITH ? MENTIONED_WITH_COLOUR : RELATION_COLOURS[type];
}

/** Distinct enough to tell twelve communities apart; the rest share a neutral grey. */
export const COMMUNITY_COLOURS = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ac',
  '#1f77b4',
  '#8c564b',
];
export const OTHER_COMMUNITY_COLOUR = '#9aa3b2';

/** Light to dark for a numeric metric's classes, low to high; the lightest still stands out on white. */
export const METRIC_RAMP = ['#b9d3ee', '#7fb0de', '#4a86c8', '#2a5aa6', '#1b2f6e'];

/** Faded colour for what is not in focus (hover, selection, path, query result). */
export const DIMMED_NODE = '#dfe3ea';
export const DIMMED_EDGE = '#eceef2';
export const HIGHLIGHT = '#111827';
