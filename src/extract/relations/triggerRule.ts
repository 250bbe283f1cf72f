// Relations stated by a trigger word between the clause subject and the names after it, a passive's agent, the
// object a relative clause leaves out, and the places where the action it names happened.
import type { RelationType } from '../../model/vocabulary.ts';
import { pushAll } from '../multiMap.ts';
import type { VerbGroup } from '../structure/index.ts';
import type { RelationContext } from './context.ts';
import { ROLE_APPOINTING_VERBS } from '../gazetteers/relationWords.ts';
import { clauseAt, type SentenceStructure } from '../structure/index.ts';
import { isAssertedAt } from './assertion.ts';
import { ownerOf } from './patterns/referents.ts';
import {
  OF_LINK,
  PLACE_LINKS,
  actionPlaces,
  agentsOf,
  gapObject,
  objectsAfter,
  ownersInside,
  subjectAt,
  wherePlace,
} from './slots.ts';
import { relate, type Found } from './relate.ts';
import type { RelationRule } from './rules.ts';
import { TRIGGERS_BY_WORD, type Trigger } from './triggers.ts';

const NO_LINKS: ReadonlySet<string> = new Set();
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her']);
const RELATIVE = new Set(['who', 'which', 'that']);

/** The trigger at token `i`; `inVerbGroup`: the chunker put the token in a verb group, whatever its tag. */
function matchTrigger(ctx: RelationContext, i: number, end: number, inVerbGroup: boolean): Trigger | null {
  // Asked at every token, most of which start no trigger.
  const candidates = TRIGGERS_BY_WORD.get(ctx.tokens[i].lower);
  if (!candidates) return null;
  const prev = ctx.tokens[i - 1];
  for (const trigger of candidates) {
    const n = trigger.words.length;
    if (i + n > end || trigger.words.some((w, k) => ctx.tokens[i + k].lower !== w)) continue;
    if (trigger.verb) {
      // After a relative pronoun a trigger is a verb whatever the tagger says ("who heads the consultancy");
      // after a determiner it is a noun ("the fighting in Darfur"); after a hyphen, part of an adjective ("Kurdish-led").
      // "who heads the consultancy", "had overrun dozens of towns": a verb whatever the tagger says.
      const verbal =
        ctx.tokens[i].pos === 'VERB' ||
        inVerbGroup ||
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

const COPULAR = new Set(ROLE_APPOINTING_VERBS);

/** Whether the noun at token `i` says what the clause's subject is: "X, a member of", "X is a member of", "as part of". */
function predicates(ctx: RelationContext, st: SentenceStructure, i: number): boolean {
  const p = st.phraseAt[i - st.first];
  if (p < 0) return true;
  const phrase = st.phrases[p];
  if (phrase.appositionOf !== null || ctx.tokens[phrase.first - 1]?.lower === 'as') return true;
  const clause = clauseAt(st, i);
  const v = st.verbs.findLastIndex((verb) => verb.last <= phrase.first && verb.clause === clause);
  if (v < 0 || !COPULAR.has(ctx.tokens[st.verbs[v].head].lower)) return false;
  // "is also a member of": only adverbs between.
  for (let k = st.verbs[v].last; k < phrase.first; k++) if (ctx.tokens[k].pos !== 'ADV') return false;
  return true;
}

/** "to buy", "wants to buy": the action is not said to be done. */
const isInfinitive = (ctx: RelationContext, verb: VerbGroup): boolean =>
  verb.infinitive || ctx.tokens.slice(verb.first, verb.head).some((t) => t.lower === 'to');

/** The place relations a trigger states (ACTIVE_IN, LOCATED_IN), which a "where" clause fills. */
const placeTypes = (trigger: Trigger): RelationType[] =>
  trigger.types.filter((type) => type === 'ACTIVE_IN' || type === 'LOCATED_IN');

function followedBy(ctx: RelationContext, from: number, words: string[]): boolean {
  return ctx.tokens.slice(from, from + 4).some((t) => words.includes(t.lower));
}

export const triggerRule: RelationRule = {
  id: 'trigger',
  description: 'a verb or phrase between the clause subject and a name: "X told Reuters", "X was banned by Y"',
  run(ctx, s) {
    const { first, last } = ctx.sentences[s];
    const st = ctx.structure[s];
    const found: Found[] = [];
    for (let i = first; i < last; i++) {
      const v = st.verbAt[i - first];
      const trigger = matchTrigger(ctx, i, last, v >= 0);
      if (!trigger) continue;
      // "did not join", "may lead", "refused to head", "asked Norway to ban X": no relation is stated ("wants to
      // overthrow X" states a stance all the same).
      const stance = trigger.types.every((type) => type === 'OPPOSES' || type === 'SUPPORTS');
      if (!isAssertedAt(ctx, st, i, stance) || (trigger.predicative && !predicates(ctx, st, i))) {
        i += trigger.words.length - 1;
        continue;
      }
      // "agreed to buy": not yet done.
      if (trigger.done && v >= 0 && isInfinitive(ctx, st.verbs[v])) continue;
      const after = i + trigger.words.length;
      const start = found.length;
      let missedObject = false;
      // "attacked positions in Rakhine State" is about the place; "overthrow the regime in Russia" is not about Russia.
      const links = trigger.direct
        ? NO_LINKS
        : trigger.types.includes('ACTIVE_IN') || trigger.types.includes('LOCATED_IN')
          ? PLACE_LINKS
          : OF_LINK;
      if (trigger.possessed) {
        const event = st.phraseAt[i - first];
        const owner = event >= 0 ? ownerOf(ctx, st, event) : [];
        pushAll(found, relate(trigger.types, owner, objectsAfter(ctx, st, after, links)));
      } else if (trigger.verb && v >= 0 && st.verbs[v].voice === 'passive') {
        const agents = agentsOf(ctx, st, v);
        const subjects = subjectAt(ctx, st, i);
        // "X was hired by Y": the passive's subject is what a reversed trigger's object is.
        pushAll(
          found,
          trigger.reverse ? relate(trigger.types, subjects, agents) : relate(trigger.types, agents, subjects),
        );
        // "atrocities carried out by X across Africa": the agent acted where the action was.
        if (trigger.placed) pushAll(found, relate('ACTIVE_IN', agents, actionPlaces(ctx, st, v)));
        // "Ann township, where the headquarters is located": the place is the one the clause is about.
        if (!agents.length) pushAll(found, relate(placeTypes(trigger), subjects, wherePlace(ctx, st, i)));
      } else {
        let objects = objectsAfter(ctx, st, after, links);
        // "the faction, which Ivan Dorn led": the object a relative clause leaves out is the phrase it describes.
        if (!objects.length && trigger.verb && v >= 0) objects = gapObject(ctx, st, v);
        const subjects = subjectAt(ctx, st, i);
        // "Jenin, where the army carried out raids", "launched drones at ships in the Red Sea": where the action was.
        if (placeTypes(trigger).length) pushAll(found, relate(placeTypes(trigger), subjects, wherePlace(ctx, st, i)));
        if (trigger.placed && v >= 0) {
          const places = [...wherePlace(ctx, st, i), ...actionPlaces(ctx, st, v)];
          pushAll(found, relate('ACTIVE_IN', subjects, places));
        }
        // "attacked ISIL strongholds in X": active in X, and against the group whose strongholds they are.
        if (trigger.types.includes('OPPOSES') && trigger.placed)
          pushAll(found, relate('OPPOSES', subjects, ownersInside(ctx, st, after)));
        const objectEnd = Math.max(...objects.map((o) => o.last));
        missedObject = !objects.length || (!!trigger.objectThen && !followedBy(ctx, objectEnd, trigger.objectThen));
        if (!missedObject)
          found.push(
            ...(trigger.reverse ? relate(trigger.types, objects, subjects) : relate(trigger.types, subjects, objects)),
          );
      }
      if (trigger.parties) {
        const fits = (f: Found) => [f.source, f.target].every((e) => trigger.parties!.includes(ctx.entities[e].type));
        found.splice(start, found.length - start, ...found.slice(start).filter(fits));
      }
      for (let k = start; k < found.length; k++) found[k].rule = `trigger:${trigger.id}`;
      // A verb with no object may start a phrase that is a trigger of its own: "fight in tandem with".
      if (!missedObject) i = after - 1;
    }
    return found;
  },
};
