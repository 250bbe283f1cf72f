// Relations stated in a document: every rule over every sentence, kept once per sentence.
import type { LocalRelation } from '../../model/extraction.ts';
import { argumentAt, type RelationContext } from './context.ts';
import { mayBeOutlet } from './outlets.ts';
import { ruleWithReference } from './referenceTags.ts';
import { isCountry } from './relate.ts';
import { RELATION_RULES } from './rules.ts';

/**
 * Whether every mention of the country `place` in sentence `s` comes right after "outside": "operations outside
 * Norway", "outside the country" say where the action is not (outside a city is at its edge: "fighting outside
 * Bergen").
 */
function onlyOutside(ctx: RelationContext, s: number, place: number): boolean {
  const { first, last } = ctx.sentences[s];
  let named = false;
  for (let i = first; i < last; i++) {
    const m = ctx.argumentAt[i];
    const ref = m ? undefined : ctx.references.get(i);
    let start: number;
    if (m) {
      if (m.entity !== place || m.first !== i) continue;
      start = i;
    } else if (ref && argumentAt(ctx, i)!.resolve(['Location']).includes(place)) start = ref.first;
    else continue;
    const before = ctx.tokens[start - 1]?.lower === 'the' ? start - 2 : start - 1;
    if (ctx.tokens[before]?.lower !== 'outside') return false;
    named = true;
  }
  return named;
}

export function extractRelations(ctx: RelationContext): LocalRelation[] {
  const relations: LocalRelation[] = [];
  const seen = new Set<string>();
  ctx.sentences.forEach((sentence, s) => {
    const evidence = { start: sentence.start, end: sentence.end };
    for (const rule of RELATION_RULES) {
      for (const found of rule.run(ctx, s)) {
        if (found.type === 'SPOKE_TO' && !mayBeOutlet(ctx, found.target)) continue;
        // No country lies in another: two countries side by side are a list ("in Ukraine, Syria, Libya").
        if (found.type === 'LOCATED_IN' && isCountry(ctx, found.source) && isCountry(ctx, found.target)) continue;
        const placed = found.type === 'ACTIVE_IN' || found.type === 'LOCATED_IN';
        if (placed && isCountry(ctx, found.target) && onlyOutside(ctx, s, found.target)) continue;
        const key = `${found.type}:${found.source}:${found.target}:${s}`;
        if (seen.has(key)) continue;
        seen.add(key);
        relations.push({
          type: found.type,
          source: found.source,
          target: found.target,
          evidence,
          rule: ruleWithReference(ctx, s, found, found.rule ?? rule.id),
        });
      }
    }
  });
  return relations;
}
