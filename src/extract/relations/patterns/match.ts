// The one matcher for pattern rules: walks a sentence's chunks, matches each rule's steps in order, and turns the
// captured parts into relations. Matches whose arguments do not fit are kept as near misses for npm run explain.
import type { EntityType } from '../../../model/vocabulary.ts';
import { PLACE_NOUNS } from '../../gazetteers/places.ts';
import { countryOf } from '../../lexicon.ts';
import { subjectOfVerb, withConjuncts, type SentenceStructure } from '../../structure/index.ts';
import { argumentAt, type Argument, type RelationContext } from '../context.ts';
import { relate, type Found } from '../relate.ts';
import type { PatternRule, PhraseTest, Step, TokenTest } from './pattern.ts';

type Chunk = { kind: 'phrase' | 'verb'; index: number; first: number } | { kind: 'word'; token: number; first: number };

/** Phrases (each with its preposition), verb groups and the tokens left over, in sentence order. */
export function chunksOf(structure: SentenceStructure): Chunk[] {
  const chunks: Chunk[] = [];
  const prepositions = new Set(structure.phrases.map((p) => p.preposition));
  for (let i = structure.first; i < structure.last; i++) {
    const p = structure.phraseAt[i - structure.first];
    const v = structure.verbAt[i - structure.first];
    if (p >= 0) {
      chunks.push({ kind: 'phrase', index: p, first: i });
      i = structure.phrases[p].last - 1;
    } else if (v >= 0) {
      chunks.push({ kind: 'verb', index: v, first: i });
      i = structure.verbs[v].last - 1;
    } else if (!prepositions.has(i)) chunks.push({ kind: 'word', token: i, first: i });
  }
  return chunks;
}

/** What one match captured: chunks by name, and names found inside phrases. */
interface Captures {
  phrases: Map<string, number>;
  verbs: Map<string, number>;
  arguments: Map<string, Argument[]>;
  firstVerb: number | null;
  firstPhrase: number | null;
}

/** The argument a token names: a name, a resolved reference, or a name used as a modifier ("Kremlin-backed"). */
function nameArgument(ctx: RelationContext, i: number): Argument | null {
  const arg = argumentAt(ctx, i);
  if (arg) return arg;
  const compound = ctx.compounds.find((m) => m.first <= i && i < m.last);
  if (!compound) return null;
  return {
    first: compound.first,
    last: compound.last,
    resolve: (types) => (types.includes(ctx.entities[compound.entity].type) ? [compound.entity] : []),
  };
}

/** The entity a written name stands for in this document ("Western" -> none, "Russian" -> Russia, "Kremlin"). */
function namedEntity(ctx: RelationContext, word: string): Argument | null {
  const wanted = new Set([word.toLowerCase(), (countryOf(word) ?? '').toLowerCase()]);
  wanted.delete('');
  const entity = ctx.entities.find((e) => [e.label, ...e.aliases].some((n) => wanted.has(n.toLowerCase())));
  if (!entity) return null;
  return { first: -1, last: -1, resolve: (types) => (types.includes(entity.type) ? [entity.id] : []) };
}

function tokenMatches(ctx: RelationContext, i: number, test: TokenTest, captures: Captures): boolean {
  const t = ctx.tokens[i];
  if (test.lower && !test.lower.includes(t.lower)) return false;
  if (test.prefix) {
    const prefix = test.prefix.find((p) => t.lower.startsWith(p) && t.lower.length > p.length);
    if (!prefix) return false;
    const named = namedEntity(ctx, t.text.slice(prefix.length));
    if (!named) return false;
    if (test.as) captures.arguments.set(test.as, [named]);
    return true;
  }
  if (test.name) {
    const arg = nameArgument(ctx, i);
    if (!arg) return false;
    if (test.as) captures.arguments.set(test.as, [arg]);
  }
  return true;
}

function containsSequence(
  ctx: RelationContext,
  first: number,
  last: number,
  tests: readonly TokenTest[],
  captures: Captures,
) {
  for (let start = first; start + tests.length <= last; start++) {
    let i = start;
    let ok = true;
    for (const test of tests) {
      if (i >= last || !tokenMatches(ctx, i, test, captures)) {
        ok = false;
        break;
      }
      // A name test takes the whole name: "Example Brigade - backed".
      const arg = test.name ? nameArgument(ctx, i) : null;
      i = arg && arg.last > i ? arg.last : i + 1;
    }
    if (ok) return true;
  }
  return false;
}

/** The arguments a phrase stands for: see `referents`. */
function phraseMatches(ctx: RelationContext, st: SentenceStructure, p: number, test: PhraseTest, captures: Captures) {
  const phrase = st.phrases[p];
  const under = phrase.preposition === null ? null : ctx.tokens[phrase.preposition].lower;
  if (test.under && !test.under.includes(under)) return false;
  if (test.head && !test.head.includes(ctx.tokens[phrase.head].lower)) return false;
  const possessive = ['’s', "'s", '’', "'"].includes(ctx.tokens[phrase.last - 1].text);
  if (test.possessive !== undefined && test.possessive !== possessive) return false;
  if (test.entity && !referents(ctx, st, p).some((a) => a.resolve(test.entity!).length)) return false;
  if (test.contains && !containsSequence(ctx, phrase.first, phrase.last, test.contains, captures)) return false;
  return true;
}

const COPULAS = new Set(['is', 'was', 'are', 'were', 'remains', 'became', 'becomes', 'be', 'been']);
/** Plural nouns for the people of a named group: "Wagner fighters" are Wagner. */
const MEMBER_NOUNS = new Set(['fighters', 'forces', 'troops', 'militants', 'soldiers', 'units', 'members', 'militia']);

/**
 * What a phrase stands for: its head's name (or pronoun), else a name it is in apposition with ("Night Wolves, a
 * pro-Kremlin biker group"), else a group named before a member noun ("Wagner fighters"), else the subject when
 * the phrase follows a copula ("the group is a Kremlin-backed militia").
 */
export function referents(ctx: RelationContext, st: SentenceStructure, p: number): Argument[] {
  const phrase = st.phrases[p];
  const head =
    nameArgument(ctx, phrase.head) ?? (ctx.references.has(phrase.head) ? argumentAt(ctx, phrase.head) : null);
  if (head) return [head];
  const appositions = st.phrases
    .map((q, i) => ({ q, i }))
    .filter(({ q, i }) => i !== p && (q.appositionOf === p || phrase.appositionOf === i))
    .flatMap(({ q }) => (nameArgument(ctx, q.head) ? [nameArgument(ctx, q.head)!] : []));
  if (appositions.length) return appositions;
  // "Example fighters", "the Lorton region": the name before a noun for its people or its kind of place.
  if (MEMBER_NOUNS.has(ctx.tokens[phrase.head].lower) || PLACE_NOUNS.has(ctx.tokens[phrase.head].lower)) {
    const names = phrase.names.map((i) => nameArgument(ctx, i)).filter((a): a is Argument => !!a);
    if (names.length) return names;
    // "Fighters of the Example Front".
    const of = p + 1 < st.phrases.length ? st.phrases[p + 1] : undefined;
    if (of?.attachedTo?.index === p && of.attachedTo.kind === 'phrase' && ctx.tokens[of.preposition!].lower === 'of')
      return referents(ctx, st, p + 1);
  }
  const before = st.verbAt[phrase.first - st.first - 1];
  if (before !== undefined && before >= 0 && COPULAS.has(ctx.tokens[st.verbs[before].head].lower)) {
    const subject = subjectOfVerb(st, before);
    if (subject !== null && subject !== p) return referents(ctx, st, subject);
  }
  return [];
}

/** A phrase and those coordinated with it ("the RVC and the Legion"), as arguments. */
function phraseArguments(ctx: RelationContext, st: SentenceStructure, p: number): Argument[] {
  return withConjuncts(st, p).flatMap((q) => referents(ctx, st, q));
}

/** Verbs that make their subject the owner of the event they take ("launched an attack on X"). */
const LAUNCH_VERBS = new Set(
  'launched launch launches carried conducted conducts mounted staged began begun started claimed announced stepped intensified led leads continued resumed'.split(
    ' ',
  ),
);

/** Who an event phrase is by: its possessor, a "by" phrase on it, or the subject of the verb that launched it. */
function ownerOf(ctx: RelationContext, st: SentenceStructure, p: number): Argument[] {
  const phrase = st.phrases[p];
  if (phrase.possessor !== null) return phraseArguments(ctx, st, phrase.possessor);
  const by = st.phrases.findIndex(
    (q) =>
      q.attachedTo?.kind === 'phrase' && q.attachedTo.index === p && ctx.tokens[q.preposition ?? -1]?.lower === 'by',
  );
  if (by >= 0) return phraseArguments(ctx, st, by);
  const v = st.verbAt[phrase.first - st.first - 1];
  if (
    v !== undefined &&
    v >= 0 &&
    LAUNCH_VERBS.has(ctx.tokens[st.verbs[v].head].lower) &&
    st.verbs[v].voice === 'active'
  ) {
    const subject = subjectOfVerb(st, v);
    return subject === null ? [] : phraseArguments(ctx, st, subject);
  }
  return [];
}

function resolveRole(ctx: RelationContext, st: SentenceStructure, role: string, captures: Captures): Argument[] {
  if (role === 'subject') {
    const verb = captures.firstVerb ?? nearestVerb(st, captures.firstPhrase);
    const subject = verb === null ? null : subjectOfVerb(st, verb);
    return subject === null ? [] : phraseArguments(ctx, st, subject);
  }
  if (role.startsWith('owner:')) {
    const p = captures.phrases.get(role.slice(6));
    return p === undefined ? [] : ownerOf(ctx, st, p);
  }
  const captured = captures.arguments.get(role);
  if (captured) return captured;
  const p = captures.phrases.get(role);
  return p === undefined ? [] : phraseArguments(ctx, st, p);
}

/** The verb a clause-level phrase belongs to: the one it attaches to, else the first one after it. */
function nearestVerb(st: SentenceStructure, p: number | null): number | null {
  if (p === null) return st.verbs.length ? 0 : null;
  const attached = st.phrases[p].attachedTo;
  if (attached?.kind === 'verb') return attached.index;
  const after = st.verbs.findIndex((v) => v.first > st.phrases[p].first);
  return after >= 0 ? after : st.verbs.length ? st.verbs.length - 1 : null;
}

/** Matches `steps` from chunk `c`; returns the captures, or how many steps matched before failing. */
function matchAt(
  ctx: RelationContext,
  st: SentenceStructure,
  chunks: Chunk[],
  c: number,
  steps: readonly Step[],
  captures: Captures,
): { captures: Captures } | { matched: number } {
  // One set of captures, cleared for each attempt: most attempts fail on their first step.
  captures.phrases.clear();
  captures.verbs.clear();
  captures.arguments.clear();
  captures.firstVerb = null;
  captures.firstPhrase = null;
  let k = c;
  for (let s = 0; s < steps.length; s++) {
    const step = steps[s];
    const chunk = chunks[k];
    const ok = !!chunk && stepMatches(ctx, st, chunk, step, captures);
    if (!ok) {
      if (step.optional) continue;
      return { matched: s };
    }
    if (chunk.kind === 'phrase') {
      if (step.as) captures.phrases.set(step.as, chunk.index);
      captures.firstPhrase ??= chunk.index;
    } else if (chunk.kind === 'verb') {
      if (step.as) captures.verbs.set(step.as, chunk.index);
      captures.firstVerb ??= chunk.index;
    }
    k++;
  }
  return { captures };
}

function stepMatches(
  ctx: RelationContext,
  st: SentenceStructure,
  chunk: Chunk,
  step: Step,
  captures: Captures,
): boolean {
  if ('phrase' in step) return chunk.kind === 'phrase' && phraseMatches(ctx, st, chunk.index, step.phrase, captures);
  if ('verb' in step) {
    if (chunk.kind !== 'verb') return false;
    const verb = st.verbs[chunk.index];
    if (verb.negated || (step.verb.voice && verb.voice !== step.verb.voice)) return false;
    return step.verb.head.includes(ctx.tokens[verb.head].lower);
  }
  return chunk.kind === 'word' && step.word.includes(ctx.tokens[chunk.token].lower);
}

/** A rule that matched part of its pattern, or all of it with arguments that did not fit. */
export interface NearMiss {
  rule: string;
  at: number;
  reason: string;
}

const describeTypes = (args: Argument[]) =>
  args
    .map(
      (a) =>
        (['Person', 'Organization', 'Location'] as EntityType[]).find((t) => a.resolve([t]).length) ?? 'nothing named',
    )
    .join('/') || 'nothing';

/** Relations the rules state in sentence `s`, each with its rule id; near misses are added to `misses` if given. */
export function matchPatterns(
  ctx: RelationContext,
  s: number,
  rules: readonly PatternRule[],
  misses?: NearMiss[],
): Found[] {
  const st = ctx.structure[s];
  const chunks = chunksOf(st);
  const found: Found[] = [];
  const captures: Captures = {
    phrases: new Map(),
    verbs: new Map(),
    arguments: new Map(),
    firstVerb: null,
    firstPhrase: null,
  };
  for (const rule of rules) {
    for (let c = 0; c < chunks.length; c++) {
      const result = matchAt(ctx, st, chunks, c, rule.pattern, captures);
      if ('matched' in result) {
        if (misses && result.matched >= 2 && result.matched < rule.pattern.length)
          misses.push({
            rule: rule.id,
            at: chunks[c].first,
            reason: `matched ${result.matched} of ${rule.pattern.length} steps`,
          });
        continue;
      }
      const sources = resolveRole(ctx, st, rule.source, result.captures);
      const targets = resolveRole(ctx, st, rule.target, result.captures);
      const stated = relate(rule.type, sources, targets);
      for (const f of stated) found.push({ ...f, rule: rule.id });
      if (!stated.length && misses)
        misses.push({
          rule: rule.id,
          at: chunks[c].first,
          reason: `pattern matched; ${rule.source} is ${describeTypes(sources)}, ${rule.target} is ${describeTypes(targets)}`,
        });
    }
  }
  return found;
}
