// Relations stated in a document: every rule over every sentence, kept once per sentence.
import type { LocalRelation } from '../../model/extraction.ts';
import type { RelationContext } from './context.ts';
import { mayBeOutlet } from './outlets.ts';
import { ruleWithReference } from './referenceTags.ts';
import { isCountry } from './relate.ts';
import { RELATION_RULES } from './rules.ts';

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
