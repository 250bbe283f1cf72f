// The relation rules: each reads one sentence and states relations between argument slots.
import { RELATIONS, type RelationType } from '../../model/vocabulary.ts';
import { ROLE_RELATIONS } from '../gazetteers/people.ts';
import { findAgent, findObject, findSubject, isPassive } from './arguments.ts';
import { argumentAt, type Argument, type RelationContext } from './context.ts';
import { TRIGGERS_BY_WORD, type Trigger } from './triggers.ts';

export interface Found {
  type: RelationType;
  source: number;
  target: number;
}

export interface RelationRule {
  id: string;
  description: string;
  /** Relations stated in the sentence with index `s`. */
  run(ctx: RelationContext, s: number): Found[];
}

/** Every pairing of what the two arguments stand for, within the relation's argument types. */
function relate(type: RelationType, source: Argument | null, target: Argument | null): Found[] {
  if (!source || !target) return [];
  const { source: sourceTypes, target: targetTypes } = RELATIONS[type];
  const found: Found[] = [];
  for (const s of source.resolve(sourceTypes))
    for (const t of target.resolve(targetTypes)) if (s !== t) found.push({ type, source: s, target: t });
  return found;
}

function matchTrigger(ctx: RelationContext, i: number, end: number): Trigger | null {
  for (const trigger of TRIGGERS_BY_WORD.get(ctx.tokens[i].lower) ?? []) {
    const n = trigger.words.length;
    if (i + n > end || trigger.words.some((w, k) => ctx.tokens[i + k].lower !== w)) continue;
    // After a relative pronoun a trigger is a verb whatever the tagger says ("who heads the consultancy").
    if (
      trigger.verb &&
      ctx.tokens[i].pos !== 'VERB' &&
      !['who', 'which', 'that'].includes(ctx.tokens[i - 1]?.lower ?? '')
    )
      continue;
    if (trigger.after && !ctx.tokens.slice(Math.max(0, i - 6), i).some((t) => trigger.after!.includes(t.lower)))
      continue;
    return trigger;
  }
  return null;
}

const possessorBefore = (ctx: RelationContext, i: number): Argument | null =>
  ['’s', "'s"].includes(ctx.tokens[i - 1]?.text ?? '') ? argumentAt(ctx, i - 2) : null;

const triggerRule: RelationRule = {
  id: 'trigger',
  description: 'a verb or phrase between the clause subject and a name: "X told Reuters", "X was banned by Y"',
  run(ctx, s) {
    const { first, last } = ctx.sentences[s];
    const found: Found[] = [];
    for (let i = first; i < last; i++) {
      const trigger = matchTrigger(ctx, i, last);
      if (!trigger) continue;
      const after = i + trigger.words.length;
      if (trigger.possessed) {
        found.push(...relate(trigger.type, possessorBefore(ctx, i), findObject(ctx, after)));
      } else if (trigger.verb && isPassive(ctx, i)) {
        found.push(...relate(trigger.type, findAgent(ctx, after), findSubject(ctx, i)));
      } else {
        const object = findObject(ctx, after);
        if (!object || (trigger.objectThen && !followedBy(ctx, object.last, trigger.objectThen))) continue;
        const subject = findSubject(ctx, i);
        found.push(
          ...(trigger.reverse ? relate(trigger.type, object, subject) : relate(trigger.type, subject, object)),
        );
      }
      i = after - 1;
    }
    return found;
  },
};

function followedBy(ctx: RelationContext, from: number, words: string[]): boolean {
  return ctx.tokens.slice(from, from + 4).some((t) => words.includes(t.lower));
}

/** Role words, longest first ("press secretary" before "secretary"). */
const ROLES = Object.keys(ROLE_RELATIONS)
  .map((r) => r.split(' '))
  .sort((a, b) => b.length - a.length);

function roleAt(ctx: RelationContext, i: number): { type: RelationType; length: number } | null {
  for (const words of ROLES) {
    if (words.every((w, k) => ctx.tokens[i + k]?.lower === w))
      return { type: ROLE_RELATIONS[words.join(' ')], length: words.length };
  }
  return null;
}

const ORGANIZATION = ['Organization', 'Location'] as const;

const roleRule: RelationRule = {
  id: 'role',
  description: 'a role noun next to a person: "Kapustin, the commander of the RVC", "Kremlin spokesman Dmitry Peskov"',
  run(ctx, s) {
    const { first, last } = ctx.sentences[s];
    const found: Found[] = [];
    for (let i = first; i < last; i++) {
      const role = roleAt(ctx, i);
      if (!role) continue;
      const afterRole = i + role.length;
      const person = personForRole(ctx, i, afterRole, first);
      if (!person) continue;
      const organization =
        organizationForRole(ctx, i, afterRole, last, first) ??
        (role.type === 'SPOKESPERSON_FOR' ? speakerOrganization(ctx, first, last) : null);
      found.push(...relate(role.type, person, organization));
      i = afterRole - 1;
    }
    return found;
  },
};

/** "Kapustin, the [RVC] commander" / "spokesman Dmitry Peskov" / "X ... as its spokesperson". */
function personForRole(ctx: RelationContext, role: number, afterRole: number, first: number): Argument | null {
  const { tokens } = ctx;
  const isPerson = (i: number) => !!ctx.argumentAt[i] && ctx.entities[ctx.argumentAt[i]!.entity].type === 'Person';
  if (isPerson(afterRole)) return argumentAt(ctx, afterRole);
  for (let i = role - 1; i >= Math.max(first, role - 6); i--) {
    const t = tokens[i];
    if (t.text === ',') return isPerson(i - 1) ? argumentAt(ctx, i - 1) : null;
    if (t.lower === 'as') return findSubject(ctx, i);
    if (t.pos === 'VERB' || t.pos === 'AUX' || isPerson(i)) return null;
  }
  return null;
}

/** The organization the role is held in: before the role ("RVC commander", "its spokesperson") or after it ("of the RVC"). */
function organizationForRole(
  ctx: RelationContext,
  role: number,
  afterRole: number,
  last: number,
  first: number,
): Argument | null {
  const { tokens } = ctx;
  for (let i = role - 1; i >= Math.max(first, role - 5); i--) {
    const arg = argumentAt(ctx, i);
    if (arg && arg.resolve(ORGANIZATION).length && (ctx.argumentAt[i] || ctx.references.get(i))) return arg;
    if (tokens[i].text === ',' || tokens[i].pos === 'VERB') break;
  }
  // "visiting professor of war studies at King’s College London": the first preposition with a name after it.
  for (let i = afterRole; i < Math.min(last, afterRole + 8); i++) {
    const t = tokens[i];
    const object = ['of', 'for', 'at', 'with', 'to'].includes(t.lower) ? findObject(ctx, i + 1) : null;
    if (object) return object;
    if (t.text === ',' || t.pos === 'VERB' || t.pos === 'AUX') break;
  }
  return null;
}

/** "The Kremlin ..., according to spokesman Dmitry Peskov": a spokesperson speaks for the organization the sentence is about. */
function speakerOrganization(ctx: RelationContext, first: number, last: number): Argument | null {
  for (let i = first; i < last; i++) {
    const m = ctx.argumentAt[i];
    if (
      m &&
      ctx.entities[m.entity].type === 'Organization' &&
      !ctx.entities[m.entity].identity.known?.startsWith('media:')
    )
      return argumentAt(ctx, i);
  }
  return null;
}

const personOfRule: RelationRule = {
  id: 'person-of',
  description: 'a person "of" an organization: "Baranovsky, of the Legion, said"',
  run(ctx, s) {
    const { first, last } = ctx.sentences[s];
    const found: Found[] = [];
    for (let i = first; i < last - 1; i++) {
      const m = ctx.argumentAt[i];
      if (!m || m.last - 1 !== i || ctx.entities[m.entity].type !== 'Person') continue;
      const of = ctx.tokens[i + 1].text === ',' ? i + 2 : i + 1;
      if (ctx.tokens[of]?.lower !== 'of') continue;
      found.push(...relate('MEMBER_OF', argumentAt(ctx, i), findObject(ctx, of + 1, 3)));
    }
    return found;
  },
};

const PART_NOUNS = new Set([
  'branch',
  'wing',
  'arm',
  'unit',
  'division',
  'department',
  'directorate',
  'service',
  'agency',
  'subsidiary',
  'affiliate',
]);

const describedPartRule: RelationRule = {
  id: 'described-part',
  description: 'a part described by what it does: "the intelligence branch of the Defense Ministry" after naming GUR',
  run(ctx, s) {
    const { first, last } = ctx.sentences[s];
    const found: Found[] = [];
    for (let i = first + 1; i < last - 2; i++) {
      if (!PART_NOUNS.has(ctx.tokens[i].lower) || ctx.tokens[i + 1].lower !== 'of') continue;
      const descriptor = ctx.tokens[i - 1].lower;
      if (ctx.tokens[i - 1].pos !== 'NOUN' && ctx.tokens[i - 1].pos !== 'ADJ') continue;
      const whole = findObject(ctx, i + 2);
      const part = lastNamedWith(ctx, descriptor, i - 1, ctx.sentences[Math.max(0, s - 2)].first);
      if (part !== null)
        found.push(
          ...relate(
            'PART_OF',
            { first: i - 1, last: i + 1, resolve: (types) => (types.includes(ctx.entities[part].type) ? [part] : []) },
            whole,
          ),
        );
    }
    return found;
  },
};

/** The last organization named before `before` whose names contain the word ("intelligence" -> GUR). */
function lastNamedWith(ctx: RelationContext, word: string, before: number, from: number): number | null {
  for (let i = before - 1; i >= from; i--) {
    const m = ctx.argumentAt[i];
    if (!m) continue;
    const e = ctx.entities[m.entity];
    if (e.type === 'Organization' && [e.label, ...e.aliases].some((n) => n.toLowerCase().split(/\W+/).includes(word)))
      return e.id;
  }
  return null;
}

/** All rules, in the order they run. */
export const RELATION_RULES: RelationRule[] = [triggerRule, roleRule, personOfRule, describedPartRule];
