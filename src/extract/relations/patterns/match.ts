// The one matcher for pattern rules: walks a sentence's chunks, matches each rule's steps in order, and turns the
// captured parts into relations. Matches whose arguments do not fit are kept as near misses for npm run explain.
import type { EntityType } from '../../../model/vocabulary.ts';
import { subjectOfVerb, type SentenceStructure } from '../../structure/index.ts';
import type { Argument, RelationContext } from '../context.ts';
import { isAsserted, isAssertedPhrase } from '../assertion.ts';
import { relate, type Found } from '../relate.ts';
import type { PatternRule, PhraseTest, Step, TokenTest } from './pattern.ts';
import { addTo } from '../../multiMap.ts';
import { listSanctionerAt, sanctionerAt } from './sanctioners.ts';
import { nameArgument, namedEntity, nearestVerb, ownerOf, phraseArguments, referents } from './referents.ts';

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
  /** What each phrase of the sentence stands for, once found: kept across attempts, as many rules ask. */
  referents: (Argument[] | undefined)[];
}

/** The first of `affixes` that `word` starts (or ends) with and is longer than; a loop, as it runs per token. */
function affixOf(affixes: readonly string[] | undefined, word: string, atStart: boolean): string | undefined {
  if (!affixes) return undefined;
  for (const affix of affixes) {
    if (word.length > affix.length && (atStart ? word.startsWith(affix) : word.endsWith(affix))) return affix;
  }
  return undefined;
}

function tokenMatches(ctx: RelationContext, i: number, test: TokenTest, captures: Captures): boolean {
  const t = ctx.tokens[i];
  if (test.lower && !test.lower.includes(t.lower)) return false;
  if (test.common && (t.text !== t.lower || ctx.argumentAt[i])) return false;
  if (test.prefix || test.suffix) {
    const prefix = affixOf(test.prefix, t.lower, true);
    const suffix = affixOf(test.suffix, t.lower, false);
    if (!prefix && !suffix) return false;
    const named = namedEntity(ctx, prefix ? t.text.slice(prefix.length) : t.text.slice(0, -suffix!.length));
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
  const least = leastTokens(tests);
  for (let start = first; start + least <= last; start++)
    if (sequenceAt(ctx, start, last, tests, 0, captures)) return true;
  return false;
}

const leastTokenCounts = new WeakMap<readonly TokenTest[], number>();
/** How many tokens `tests` match at the least (a repeated test may match none), counted once per rule's list. */
function leastTokens(tests: readonly TokenTest[]): number {
  let least = leastTokenCounts.get(tests);
  if (least === undefined) leastTokenCounts.set(tests, (least = tests.filter((t) => !t.op).length));
  return least;
}

/** Whether `tests` from the `t`-th match the tokens from `i` on, before `last`. */
function sequenceAt(
  ctx: RelationContext,
  i: number,
  last: number,
  tests: readonly TokenTest[],
  t: number,
  captures: Captures,
): boolean {
  if (t === tests.length) return true;
  const test = tests[t];
  // A repeated test may match nothing: try the rest first, the shortest run wins.
  if (test.op === '*' && sequenceAt(ctx, i, last, tests, t + 1, captures)) return true;
  if (i >= last || !tokenMatches(ctx, i, test, captures)) return false;
  // A name test takes the whole name: "Example Brigade - backed".
  const arg = test.name ? nameArgument(ctx, i) : null;
  const next = arg && arg.last > i ? arg.last : i + 1;
  return sequenceAt(ctx, next, last, tests, test.op === '*' ? t : t + 1, captures);
}

/** The arguments a phrase stands for: see `referents`. */
const POSSESSIVES = new Set(['’s', "'s", '’', "'"]);
const wordSets = new WeakMap<readonly string[], Set<string>>();
/** A rule's word list as a set, made once: the lists are the rules' own constants. */
function wordSet(words: readonly string[]): Set<string> {
  let set = wordSets.get(words);
  if (!set) wordSets.set(words, (set = new Set(words)));
  return set;
}

function phraseMatches(ctx: RelationContext, st: SentenceStructure, p: number, test: PhraseTest, captures: Captures) {
  const phrase = st.phrases[p];
  const under = phrase.preposition === null ? null : ctx.tokens[phrase.preposition].lower;
  // Cheap tests first: most phrases fail on their head word or preposition before any name is resolved.
  if (test.head && !wordSet(test.head).has(ctx.tokens[phrase.head].lower)) return false;
  if (test.under && !test.under.includes(under)) return false;
  if (test.possessive !== undefined && test.possessive !== POSSESSIVES.has(ctx.tokens[phrase.last - 1].text))
    return false;
  if (test.apposition !== undefined && test.apposition !== (phrase.appositionOf !== null)) return false;
  if (test.endsInName !== undefined && test.endsInName !== (ctx.argumentAt[phrase.head]?.last === phrase.last))
    return false;
  if (test.contains && !containsSequence(ctx, phrase.first, phrase.last, test.contains, captures)) return false;
  if (test.entity && !namesEntityOf(ctx, st, p, test.entity, captures.referents)) return false;
  if (test.asserted && !isAssertedPhrase(ctx, st, p)) return false;
  return true;
}

/** Whether phrase `p` stands for an entity of one of `types`; what it stands for is kept in `found` for the sentence. */
function namesEntityOf(
  ctx: RelationContext,
  st: SentenceStructure,
  p: number,
  types: readonly EntityType[],
  found: (Argument[] | undefined)[],
): boolean {
  return (found[p] ??= referents(ctx, st, p)).some((a) => a.resolve(types).length > 0);
}

function resolveRole(ctx: RelationContext, st: SentenceStructure, role: string, captures: Captures): Argument[] {
  if (role === 'subject') {
    const verb = captures.firstVerb ?? nearestVerb(st, captures.firstPhrase);
    const subject = verb === null ? null : subjectOfVerb(st, verb);
    return subject === null ? [] : phraseArguments(ctx, st, subject);
  }
  if (role === 'sanctioner') return sanctionerAt(ctx, st.sentence);
  if (role === 'list-sanctioner') return listSanctionerAt(ctx, st.sentence);
  if (role.startsWith('owner:')) {
    const p = captures.phrases.get(role.slice(6));
    return p === undefined ? [] : ownerOf(ctx, st, p);
  }
  const captured = captures.arguments.get(role);
  if (captured) return captured;
  const p = captures.phrases.get(role);
  return p === undefined ? [] : phraseArguments(ctx, st, p);
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
  if (captures.phrases.size) captures.phrases.clear();
  if (captures.verbs.size) captures.verbs.clear();
  if (captures.arguments.size) captures.arguments.clear();
  captures.firstVerb = null;
  captures.firstPhrase = null;
  let k = c;
  for (let s = 0; s < steps.length; s++) {
    const step = steps[s];
    if ('skip' in step) {
      // The shortest skip after which the next step matches.
      const next = steps[s + 1];
      let j = 0;
      while (j <= step.skip && chunks[k + j] && !stepMatches(ctx, st, chunks[k + j], next, captures)) j++;
      if (j > step.skip || !chunks[k + j]) return { matched: s };
      k += j;
      continue;
    }
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
  if ('skip' in step) return true;
  if ('phrase' in step) return chunk.kind === 'phrase' && phraseMatches(ctx, st, chunk.index, step.phrase, captures);
  if ('verb' in step) {
    if (chunk.kind !== 'verb') return false;
    const verb = st.verbs[chunk.index];
    if (!isAsserted(ctx, st, chunk.index) || (step.verb.voice && verb.voice !== step.verb.voice)) return false;
    return wordSet(step.verb.head).has(ctx.tokens[verb.head].lower);
  }
  return chunk.kind === 'word' && step.word.includes(ctx.tokens[chunk.token].lower);
}

/**
 * Where each rule may start, found from its first step: a phrase with a head word, a verb group or a lone token
 * can only start a match at a chunk with one of the step's words (a phrase's head, a verb group's main verb, the
 * token itself). A phrase test without head words is indexed by what it cannot match without: a word it must
 * contain, a token with one of its prefixes or suffixes, a possessive ending, an entity of its types, its
 * preposition; one with none of these at every phrase, and a rule whose first step is optional or a skip at every
 * chunk. Built once per rule
 * list: the lists and their word lists are the rules' own constants.
 */
interface StartIndex {
  /** By a chunk's kind, then its word: the positions in the rule list of the rules that may start there. */
  byWord: Record<Chunk['kind'], Map<string, number[]>>;
  /** Rules starting at a phrase that holds a token with this lowercased word. */
  byContained: Map<string, number[]>;
  /** Rules starting at a phrase that holds a token with one of a contained test's prefixes or suffixes. */
  byAffix: { rule: number; test: TokenTest }[];
  /** Rules starting at a phrase ending in a possessive. */
  possessive: number[];
  /** Rules starting at a phrase that stands for an entity of one of the types. */
  byEntity: { rule: number; types: readonly EntityType[] }[];
  /** Rules starting at a phrase under this preposition (`null`: none). */
  byPreposition: Map<string | null, number[]>;
  /** Rules tried at every chunk, or every chunk of one kind. */
  everywhere: { rule: number; kind: Chunk['kind'] | null }[];
}

const startIndexes = new WeakMap<readonly PatternRule[], StartIndex>();
function startIndex(rules: readonly PatternRule[]): StartIndex {
  let index = startIndexes.get(rules);
  if (index) return index;
  index = {
    byWord: { phrase: new Map(), verb: new Map(), word: new Map() },
    byContained: new Map(),
    byAffix: [],
    possessive: [],
    byEntity: [],
    byPreposition: new Map(),
    everywhere: [],
  };
  const add = <K>(map: Map<K, number[]>, keys: Iterable<K>, r: number) => {
    for (const key of new Set(keys)) {
      const list = map.get(key);
      if (list) list.push(r);
      else map.set(key, [r]);
    }
  };
  for (const [r, rule] of rules.entries()) {
    const step = rule.pattern[0];
    if (!step || step.optional || 'skip' in step) index.everywhere.push({ rule: r, kind: null });
    else if ('verb' in step) add(index.byWord.verb, step.verb.head, r);
    else if ('word' in step) add(index.byWord.word, step.word, r);
    else if (step.phrase.head) add(index.byWord.phrase, step.phrase.head, r);
    else {
      // Tests that a matching phrase cannot do without: a contained token that is not optional, its word or affix.
      const required = (step.phrase.contains ?? []).filter((test) => !test.op);
      const word = required.find((test) => test.lower);
      const affixed = required.find((test) => test.prefix || test.suffix);
      if (word) add(index.byContained, word.lower!, r);
      else if (affixed) index.byAffix.push({ rule: r, test: affixed });
      else if (step.phrase.possessive) index.possessive.push(r);
      else if (step.phrase.entity) index.byEntity.push({ rule: r, types: step.phrase.entity });
      else if (step.phrase.under) add(index.byPreposition, step.phrase.under, r);
      else index.everywhere.push({ rule: r, kind: 'phrase' });
    }
  }
  startIndexes.set(rules, index);
  return index;
}

/**
 * The words each rule cannot match without, as groups of which the sentence must hold one word each: the head
 * words of every step that may not be left out (a verb group's, a phrase's, a lone word's) and the words its
 * phrases must contain. Indexed by word, to find the rules a sentence may match from its own words.
 */
interface RequiredWords {
  /** The groups each word belongs to (a group is a number: its position among all rules' groups). */
  byWord: Map<string, number[]>;
  ruleOfGroup: number[];
  groupsOfRule: number[];
}

const requiredWordsByRules = new WeakMap<readonly PatternRule[], RequiredWords>();
function requiredWords(rules: readonly PatternRule[]): RequiredWords {
  let required = requiredWordsByRules.get(rules);
  if (required) return required;
  required = { byWord: new Map(), ruleOfGroup: [], groupsOfRule: rules.map(() => 0) };
  const { byWord, ruleOfGroup, groupsOfRule } = required;
  const group = (r: number, words: readonly (string | null)[]) => {
    const g = ruleOfGroup.push(r) - 1;
    groupsOfRule[r]++;
    for (const word of new Set(words)) if (word !== null) addTo(byWord, word, g);
  };
  for (const [r, rule] of rules.entries()) {
    for (const step of rule.pattern) {
      if (step.optional || 'skip' in step) continue;
      if ('verb' in step) group(r, step.verb.head);
      else if ('word' in step) group(r, step.word);
      else {
        if (step.phrase.head) group(r, step.phrase.head);
        for (const test of step.phrase.contains ?? []) if (!test.op && test.lower) group(r, test.lower);
      }
    }
  }
  requiredWordsByRules.set(rules, required);
  return required;
}

/** Which rules the words of the sentence leave a chance to match: those that find all their required words there. */
function possibleRules(ctx: RelationContext, st: SentenceStructure, rules: readonly PatternRule[]): Uint8Array {
  const { byWord, ruleOfGroup, groupsOfRule } = requiredWords(rules);
  const met = new Uint8Array(ruleOfGroup.length);
  const metOfRule = new Uint16Array(rules.length);
  for (let i = st.first; i < st.last; i++) {
    const groups = byWord.get(ctx.tokens[i].lower);
    if (groups)
      for (const g of groups)
        if (!met[g]) {
          met[g] = 1;
          metOfRule[ruleOfGroup[g]]++;
        }
  }
  const possible = new Uint8Array(rules.length);
  for (let r = 0; r < rules.length; r++) possible[r] = metOfRule[r] === groupsOfRule[r] ? 1 : 0;
  return possible;
}

/**
 * The (rule, chunk) pairs worth a match attempt, as rule × chunks + chunk, sorted into the order the rules run:
 * rule by rule, chunk by chunk; a pair may be listed more than once. Other attempts would fail on their first
 * step, which is no near miss either; with `possible`, only the rules it marks are tried (the others cannot match).
 */
function attemptsOf(
  ctx: RelationContext,
  st: SentenceStructure,
  chunks: Chunk[],
  rules: readonly PatternRule[],
  found: (Argument[] | undefined)[],
  possible: Uint8Array | null,
) {
  const index = startIndex(rules);
  const n = chunks.length;
  const attempts: number[] = [];
  const push = (starting: number[] | undefined, c: number) => {
    if (starting) for (const r of starting) if (!possible || possible[r]) attempts.push(r * n + c);
  };
  for (const { rule, kind } of index.everywhere) {
    if (possible && !possible[rule]) continue;
    for (let c = 0; c < n; c++) if (kind === null || chunks[c].kind === kind) attempts.push(rule * n + c);
  }
  for (let c = 0; c < n; c++) {
    const chunk = chunks[c];
    if (chunk.kind === 'word') push(index.byWord.word.get(ctx.tokens[chunk.token].lower), c);
    else if (chunk.kind === 'verb') push(index.byWord.verb.get(ctx.tokens[st.verbs[chunk.index].head].lower), c);
    else {
      const phrase = st.phrases[chunk.index];
      push(index.byWord.phrase.get(ctx.tokens[phrase.head].lower), c);
      for (let i = phrase.first; i < phrase.last; i++) {
        const lower = ctx.tokens[i].lower;
        push(index.byContained.get(lower), c);
        for (const { rule, test } of index.byAffix)
          if (
            (!possible || possible[rule]) &&
            (affixOf(test.prefix, lower, true) || affixOf(test.suffix, lower, false))
          )
            attempts.push(rule * n + c);
      }
      if (POSSESSIVES.has(ctx.tokens[phrase.last - 1].text)) push(index.possessive, c);
      for (const { rule, types } of index.byEntity)
        if ((!possible || possible[rule]) && namesEntityOf(ctx, st, chunk.index, types, found))
          attempts.push(rule * n + c);
      push(index.byPreposition.get(phrase.preposition === null ? null : ctx.tokens[phrase.preposition].lower), c);
    }
  }
  // A typed array sorts numbers natively, without a comparator call per pair.
  return Int32Array.from(attempts).sort();
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
    referents: [],
  };
  let previous = -1;
  // Near misses are looked for in every rule; otherwise a rule is tried only where the sentence has its words.
  const possible = misses ? null : possibleRules(ctx, st, rules);
  for (const attempt of attemptsOf(ctx, st, chunks, rules, captures.referents, possible)) {
    if (attempt === previous) continue;
    previous = attempt;
    const rule = rules[Math.floor(attempt / chunks.length)];
    const c = attempt % chunks.length;
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
  return found;
}
