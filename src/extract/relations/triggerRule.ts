// Relations stated by a trigger word between the clause subject and the names after it.
import { pushAll } from '../multiMap.ts';
import { argumentAt, type Argument, type RelationContext } from './context.ts';
import { OF_LINK, PLACE_LINKS, findAgents, findObjects, findSubject, isPassive } from './arguments.ts';
import { relate, type Found } from './relate.ts';
import type { RelationRule } from './rules.ts';
import { TRIGGERS_BY_WORD, type Trigger } from './triggers.ts';

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her']);
const RELATIVE = new Set(['who', 'which', 'that']);

function matchTrigger(ctx: RelationContext, i: number, end: number): Trigger | null {
  const prev = ctx.tokens[i - 1];
  for (const trigger of TRIGGERS_BY_WORD.get(ctx.tokens[i].lower) ?? []) {
    const n = trigger.words.length;
    if (i + n > end || trigger.words.some((w, k) => ctx.tokens[i + k].lower !== w)) continue;
    if (trigger.verb) {
      // After a relative pronoun a trigger is a verb whatever the tagger says ("who heads the consultancy");
      // after a determiner it is a noun ("the fighting in Darfur"); after a hyphen, part of an adjective ("Kurdish-led").
      // "who heads the consultancy", "had overrun dozens of towns": a verb whatever the tagger says.
      const verbal =
        ctx.tokens[i].pos === 'VERB' ||
        RELATIVE.has(prev?.lower ?? '') ||
        ['had', 'has', 'have'].includes(prev?.lower ?? '');
      if (!verbal) continue;
      if (DETERMINERS.has(prev?.lower ?? '') || prev?.text === '-') continue;
    }
    if (trigger.after && !ctx.tokens.slice(Math.max(0, i - 6), i).some((t) => trigger.after!.includes(t.lower)))
      continue;
    return trigger;
  }
  return null;
}

/** Whose the event is: "the group’s actions in …", "its campaign against …" (past adjectives: "its new offensive"). */
function possessorBefore(ctx: RelationContext, i: number): Argument | null {
  let k = i - 1;
  while (k > 0 && ctx.tokens[k].pos === 'ADJ') k--;
  if (['’s', "'s"].includes(ctx.tokens[k]?.text ?? '')) return argumentAt(ctx, k - 1);
  const ref = ctx.references.get(k);
  return ref && ['its', 'their', 'his', 'her'].includes(ctx.tokens[k].lower) ? argumentAt(ctx, k) : null;
}

const CLAIMS = new Set([
  'announced',
  'claimed',
  'completed',
  'began',
  'launched',
  'confirmed',
  'reported',
  'celebrated',
  'announces',
  'claims',
]);

/** Whose the event is: its possessor, or who "announced the capture of …" / "claimed a string of attacks on …". */
function eventOwner(ctx: RelationContext, i: number): Argument[] {
  const possessor = possessorBefore(ctx, i);
  if (possessor) return [possessor];
  let k = i - 1;
  while (k > 0 && ['DET', 'ADJ', 'NUM'].includes(ctx.tokens[k].pos)) k--;
  return CLAIMS.has(ctx.tokens[k]?.lower ?? '') ? findSubject(ctx, k) : [];
}

function followedBy(ctx: RelationContext, from: number, words: string[]): boolean {
  return ctx.tokens.slice(from, from + 4).some((t) => words.includes(t.lower));
}

export const triggerRule: RelationRule = {
  id: 'trigger',
  description: 'a verb or phrase between the clause subject and a name: "X told Reuters", "X was banned by Y"',
  run(ctx, s) {
    const { first, last } = ctx.sentences[s];
    const found: Found[] = [];
    for (let i = first; i < last; i++) {
      const trigger = matchTrigger(ctx, i, last);
      if (!trigger) continue;
      const after = i + trigger.words.length;
      const start = found.length;
      // "attacked positions in Rakhine State" is about the place; "overthrow the regime in Russia" is not about Russia.
      const links = trigger.types.includes('ACTIVE_IN') || trigger.types.includes('LOCATED_IN') ? PLACE_LINKS : OF_LINK;
      if (trigger.possessed) {
        pushAll(found, relate(trigger.types, eventOwner(ctx, i), findObjects(ctx, after, 8, links)));
      } else if (trigger.verb && isPassive(ctx, i)) {
        pushAll(found, relate(trigger.types, findAgents(ctx, after), findSubject(ctx, i)));
      } else {
        const objects = findObjects(ctx, after, 8, links);
        if (!objects.length || (trigger.objectThen && !followedBy(ctx, objects[0].last, trigger.objectThen))) continue;
        const subjects = findSubject(ctx, i);
        found.push(
          ...(trigger.reverse ? relate(trigger.types, objects, subjects) : relate(trigger.types, subjects, objects)),
        );
      }
      for (let k = start; k < found.length; k++) found[k].rule = `trigger:${trigger.id}`;
      i = after - 1;
    }
    return found;
  },
};
