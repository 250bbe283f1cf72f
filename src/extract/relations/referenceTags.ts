// Which reference a relation read an end through: a relation whose end the sentence does not name says so in its
// rule id ("role+ref:pronoun"), so its precision can be counted apart from the relations a sentence names.
import type { Reference } from '../coreference.ts';
import type { Found } from './relate.ts';
import type { RelationContext } from './context.ts';

/** How a reference names its entity: "he", "its", "they"; "the group", "the ministry"; "the 45-year-old"; a title; "the city". */
const REFERENCE_TAGS: Record<Reference['kind'], string> = {
  person: 'pronoun',
  thing: 'pronoun',
  plural: 'pronoun',
  group: 'description',
  described: 'description',
  age: 'age',
  title: 'title',
  place: 'place',
};

/** The tag of the reference in sentence `s` that stands for `entity`, when the sentence does not name it. */
function tagFor(ctx: RelationContext, s: number, entity: number): string | null {
  const { first, last } = ctx.sentences[s];
  for (let i = first; i < last; i++) if (ctx.argumentAt[i]?.entity === entity) return null;
  if (ctx.compounds.some((m) => m.entity === entity && m.sentence === s)) return null;
  for (let i = first; i < last; i++) {
    const ref = ctx.references.get(i);
    if (!ref) continue;
    const { person, group, plural } = ref.antecedents;
    if (person === entity || group === entity || plural.includes(entity)) return REFERENCE_TAGS[ref.kind];
  }
  return null;
}

/** The rule id of a relation found in sentence `s`, with "+ref:<how>" when an end came from a reference. */
export function ruleWithReference(ctx: RelationContext, s: number, found: Found, rule: string): string {
  const tag = tagFor(ctx, s, found.source) ?? tagFor(ctx, s, found.target);
  return tag ? `${rule}+ref:${tag}` : rule;
}
