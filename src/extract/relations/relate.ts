// Turns found arguments into relations, keeping only those whose argument types fit the vocabulary.
import { RELATIONS, type RelationType } from '../../model/vocabulary.ts';
import type { Argument, RelationContext } from './context.ts';

export interface Found {
  type: RelationType;
  source: number;
  target: number;
  /** A rule family's member that found it ("trigger:spoke-to"); otherwise the rule's own id is recorded. */
  rule?: string;
}

/** Every pairing of what the arguments stand for, for the first relation type whose argument types fit. */
export function relate(types: RelationType | RelationType[], sources: Argument[], targets: Argument[]): Found[] {
  for (const type of Array.isArray(types) ? types : [types]) {
    const { source: sourceTypes, target: targetTypes } = RELATIONS[type];
    const found: Found[] = [];
    for (const source of sources) {
      for (const target of targets) {
        for (const s of source.resolve(sourceTypes))
          for (const t of target.resolve(targetTypes)) if (s !== t) found.push({ type, source: s, target: t });
      }
    }
    if (found.length) return found;
  }
  return [];
}

export const single = (arg: Argument | null): Argument[] => (arg ? [arg] : []);

export const isCountry = (ctx: RelationContext, entity: number): boolean =>
  !!ctx.entities[entity].identity.known?.startsWith('country:');
