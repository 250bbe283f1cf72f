// Offices of a state named before them: "US President X", "Colombia’s President X", "Turkish Foreign Minister X",
// "Myanmar’s junta chief X". The state is a country, by name, by adjective or as the phrase's possessor; a
// governor's or a mayor's is any place ("Ohio Gov. X").
import type { RelationType } from '../../model/vocabulary.ts';
import { LOCAL_OFFICES, RULING_BODY_WORDS, STATE_OFFICES } from '../gazetteers/people.ts';
import type { NounPhrase, SentenceStructure } from '../structure/index.ts';
import { argumentAt, type Argument, type RelationContext } from './context.ts';
import { namedEntity, referents } from './patterns/referents.ts';
import { isCountry } from './relate.ts';

/** A role inside a phrase: its first token, its length and the relation its words state. */
export interface PhraseRole {
  at: number;
  length: number;
  type: RelationType;
}

/** The country an argument stands for, if it is one. */
function asCountry(ctx: RelationContext, arg: Argument | null): Argument | null {
  const place = arg?.resolve(['Location']) ?? [];
  return place.length === 1 && isCountry(ctx, place[0]) ? arg : null;
}

/**
 * The relation the role states with the state named before it, and the state: none when the role is no office of a
 * state, or an organization stands between ("US Steel President X").
 */
export function stateOfRole(
  ctx: RelationContext,
  st: SentenceStructure,
  phrase: NounPhrase,
  role: PhraseRole,
): { type: RelationType; state: Argument[] } | null {
  const words = ctx.tokens
    .slice(role.at, role.at + role.length)
    .map((t) => t.lower)
    .join(' ');
  const before = ctx.tokens[role.at - 1];
  const ruling = role.at > phrase.first && RULING_BODY_WORDS.has(before.lower) && role.type === 'LEADS';
  const local = LOCAL_OFFICES.has(words);
  const type = ruling || local ? 'LEADS' : STATE_OFFICES.get(words);
  if (!type) return null;
  let state: Argument | null = null;
  for (let i = phrase.first; i < role.at; i++) {
    const named = ctx.argumentAt[i];
    if (named) {
      const place = ctx.entities[named.entity].type === 'Location';
      if (!isCountry(ctx, named.entity) && !(local && place)) return null;
      state = argumentAt(ctx, named.first);
      i = named.last - 1;
    } else if (ctx.tokens[i].text[0] !== ctx.tokens[i].lower[0]) {
      // "Turkish", "U.S.": a country's adjective or short name that is no mention of its own.
      state ??= asCountry(ctx, namedEntity(ctx, ctx.tokens[i].text));
    }
  }
  if (!state && phrase.possessor !== null) state = asCountry(ctx, referents(ctx, st, phrase.possessor)[0] ?? null);
  return state ? { type, state: [state] } : null;
}
