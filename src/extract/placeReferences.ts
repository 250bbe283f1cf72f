// "The city", "the town": the one place, not a country, that the text has just named.
import type { LocalEntity } from '../model/extraction.ts';
import type { Token } from './tokenize.ts';

/** Nouns for a settlement that refer back to one the text named ("Lorvik was shelled. The city …"). */
const SETTLEMENT_NOUNS = new Set(['city', 'town', 'village', 'port', 'township']);

/** How many sentences back "the city" may find its place. */
const REACH = 2;

/** "the city of Lorvik", "the town Lorvik", "the city's mayor Jane Roe": the words after name the place or a person. */
const namesNext = (t: Token | undefined) => !!t && (t.lower === 'of' || /^\p{Lu}/u.test(t.text));

/**
 * One pass over the document: the place each "the city" stands for, keyed by the noun's token; none when the
 * sentences it looks back into name two such places, or none.
 */
export function resolvePlaceReferences(
  tokens: Token[],
  mentions: { first: number; last: number; entity: number }[],
  entities: LocalEntity[],
): Map<number, number> {
  const resolved = new Map<number, number>();
  const placesBySentence = new Map<number, Set<number>>();
  const named = new Map(mentions.map((m) => [m.first, m]));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const mention = named.get(i);
    if (mention) {
      const e = entities[mention.entity];
      if (e.type === 'Location' && !e.identity.known?.startsWith('country:')) {
        const set = placesBySentence.get(t.sentence) ?? new Set();
        placesBySentence.set(t.sentence, set.add(e.id));
      }
      i = mention.last - 1;
      continue;
    }
    if (!SETTLEMENT_NOUNS.has(t.text) || tokens[i - 1]?.lower !== 'the' || namesNext(tokens[i + 1])) continue;
    for (let back = t.sentence; back >= Math.max(0, t.sentence - REACH); back--) {
      const places = placesBySentence.get(back);
      if (!places) continue;
      if (places.size === 1) resolved.set(i, [...places][0]);
      break;
    }
  }
  return resolved;
}
