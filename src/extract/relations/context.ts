// What the relation rules see of a document: tokens, the entity named at each token, and resolved references.
import type { LocalEntity } from '../../model/extraction.ts';
import type { EntityType } from '../../model/vocabulary.ts';
import type { Reference } from '../coreference.ts';
import type { Mention } from '../mentions.ts';
import type { SentenceStructure } from '../structure/index.ts';
import type { Sentence, Token } from '../tokenize.ts';

export type NamedMention = Mention & { entity: number };

export interface RelationContext {
  tokens: Token[];
  sentences: Sentence[];
  entities: LocalEntity[];
  /** Token index -> the argument mention covering it (modifiers such as "Ukraine" in "Ukraine’s army" excluded). */
  argumentAt: (NamedMention | undefined)[];
  references: Map<number, Reference>;
  /** Names that are the first part of a hyphenated adjective ("Turkey-backed"): only the compound rule reads them. */
  compounds: NamedMention[];
  /** Each sentence's phrases, verb groups, clauses and quotations, computed once for every rule. */
  structure: SentenceStructure[];
}

/** A noun phrase that can fill a relation slot: a named mention or a reference. */
export interface Argument {
  first: number;
  last: number;
  /** Entities it stands for when the slot accepts these types (several for "they"). */
  resolve(types: readonly EntityType[]): number[];
}

export function argumentAt(ctx: RelationContext, i: number): Argument | null {
  const m = ctx.argumentAt[i];
  if (m) {
    return {
      first: m.first,
      last: m.last,
      resolve: (types) => (types.includes(ctx.entities[m.entity].type) ? [m.entity] : []),
    };
  }
  const ref = ctx.references.get(i);
  if (!ref) return null;
  const fits = (ids: (number | null)[], types: readonly EntityType[]) =>
    ids.filter((id): id is number => id !== null && types.includes(ctx.entities[id].type));
  return {
    first: ref.first,
    last: i + 1,
    resolve(types) {
      const { person, group, plural } = ref.antecedents;
      if (ref.kind === 'plural') return fits(plural, types);
      if (ref.kind === 'age' || ref.kind === 'title') return fits([person], types);
      // Machine translation often turns "it" (a group) into "he": fall back to the group when a person cannot fit.
      if (ref.kind === 'person') {
        if (types.includes('Person')) return fits([person], types);
        return ref.antecedents.personNearby ? [] : fits([group], types);
      }
      return fits([group], types);
    },
  };
}
