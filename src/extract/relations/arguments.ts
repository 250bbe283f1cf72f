// Finds the subject and the objects of a relation trigger inside its sentence, without a full parser.
import { NAMING_WORDS } from '../gazetteers/people.ts';
import { PLACE_NOUNS } from '../gazetteers/places.ts';
import { PREPOSITIONS, SPEECH_VERBS } from '../gazetteers/words.ts';
import { argumentAt, type Argument, type RelationContext } from './context.ts';
import { single } from './relate.ts';

const RELATIVE = new Set(['who', 'which', 'that']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we']);
const POSSESSIVE = new Set(['’s', "'s"]);
const OPEN_QUOTES = new Set(['“', '"', '‘', '(']);
const CLOSE_QUOTES = new Set(['”', '"', '’', ')']);
const TRANSPARENT_POS = new Set(['ADV', 'PART', 'AUX']);
const MODIFIER_POS = new Set(['ADJ', 'DET', 'NUM']);

/** An argument's role from the words around it: after a preposition or as a verb's object it is not the subject. */
function isSubjectPosition(ctx: RelationContext, arg: Argument): boolean {
  const { tokens } = ctx;
  let before = arg.first - 1;
  // "in eastern Ukraine", "by the main army": look past the modifiers to the word that governs the phrase.
  while (before >= 0 && (OPEN_QUOTES.has(tokens[before].text) || MODIFIER_POS.has(tokens[before].pos))) before--;
  const prev = tokens[before];
  const next = tokens[arg.last];
  if (next && POSSESSIVE.has(next.text)) return false;
  // "pro Ukraine groups": a place naming what the subject is about is not the subject ("Wagner fighters" are Wagner).
  const m = ctx.argumentAt[arg.first];
  if (m && ctx.entities[m.entity].type === 'Location' && next?.pos === 'NOUN' && next.text === next.lower) return false;
  if (!prev || prev.sentence !== tokens[arg.first].sentence) return true;
  // "said Ornella Moderan, ...": the speaker after an inverted verb of saying.
  if (NAMING_WORDS.has(prev.lower) || SPEECH_VERBS.has(prev.lower)) return true;
  if (PREPOSITIONS.has(prev.lower)) return false;
  if (prev.pos === 'VERB' && next?.pos !== 'VERB' && next?.pos !== 'AUX') return false;
  return true;
}

const isReferencePronoun = (ctx: RelationContext, i: number): boolean => {
  const ref = ctx.references.get(i);
  return !!ref && (ref.kind === 'group' || ref.kind === 'described' || SUBJECT_PRONOUNS.has(ctx.tokens[i].lower));
};

/** "The RVC and the Legion crossed ...": the subject with the names coordinated before it. */
function withConjuncts(ctx: RelationContext, arg: Argument, first: number): Argument[] {
  const args = [arg];
  let i = arg.first - 1;
  while (i > first && (ctx.tokens[i].lower === 'and' || ctx.tokens[i].text === ',')) {
    let j = i - 1;
    while (j > first && (ctx.tokens[j].text === ',' || ctx.tokens[j].lower === 'the')) j--;
    const left = ctx.argumentAt[j] ? argumentAt(ctx, j) : null;
    if (!left) break;
    args.unshift(left);
    i = left.first - 1;
  }
  return args;
}

/**
 * The subject of the clause a trigger at `at` belongs to: the nearest name or reference to its left in subject
 * position. Stops at a clause with a subject of its own that names nothing ("the incursion is ...").
 */
export function findSubject(ctx: RelationContext, at: number): Argument[] {
  const { tokens } = ctx;
  const first = ctx.sentences[tokens[at].sentence].first;
  // "Shapps said the strikes were proportionate and told the BBC …": the second verb shares the first one's subject.
  if (tokens[at - 1]?.lower === 'and') {
    for (let k = at - 2; k >= first; k--) {
      if (SPEECH_VERBS.has(tokens[k].lower) && tokens[k].pos === 'VERB') return findSubject(ctx, k);
    }
  }
  for (let i = at - 1; i >= first; i--) {
    const t = tokens[i];
    const arg = ctx.argumentAt[i] || isReferencePronoun(ctx, i) ? argumentAt(ctx, i) : null;
    if (arg) {
      if (isSubjectPosition(ctx, arg)) return withConjuncts(ctx, arg, first);
      i = arg.first;
      continue;
    }
    if (t.text === ',' && onlyFunctionWordsBetween(ctx, i, at)) {
      // "Mark Galeotti, who heads ..., told": the part between commas describes the subject before it.
      const open = previousComma(ctx, i, first);
      if (open > first) {
        let end = open - 1;
        // "Hayat Tahrir al-Sham (HTS), which ..., is designated": past the parenthesis too.
        if (tokens[end].text === ')') while (end > first && tokens[end].text !== '(') end--;
        if (tokens[end].text === '(') end--;
        const before = argumentAt(ctx, end);
        if (before && ctx.argumentAt[end] && isSubjectPosition(ctx, before)) return [before];
        // "Its adviser, Youssef Ezzat, told ...": the name between the commas is the subject.
        // "Its adviser, Youssef Ezzat, told …", "the group of ethnic Kokang, the MNDAA (MNDAA), has announced …":
        // a name filling the part between the commas is the subject.
        let from = open + 1;
        while (tokens[from]?.pos === 'DET') from++;
        const inside = ctx.argumentAt[from];
        let to = inside?.last ?? -1;
        if (tokens[to]?.text === '(' && tokens[to + 2]?.text === ')') to += 3;
        if (inside && to === i) return single(argumentAt(ctx, from));
        i = open;
      }
      continue;
    }
    if (RELATIVE.has(t.lower) && (t.pos === 'PRON' || t.pos === 'DET' || t.pos === 'SCONJ')) {
      let j = i - 1;
      if (tokens[j]?.text === ',') j--;
      // "the Legion group which ...": the name before a common head noun is the antecedent.
      if (j > first && !argumentAt(ctx, j) && tokens[j].pos === 'NOUN' && ctx.argumentAt[j - 1]) j--;
      const antecedent = j >= first ? argumentAt(ctx, j) : null;
      if (antecedent) return [antecedent];
      if (t.lower !== 'that') return [];
      continue;
    }
    // A clause of saying has its own subject, except in "was said to be", which reports on the one before.
    const reported = tokens[i + 1]?.lower === 'to' && (tokens[i + 2]?.pos === 'AUX' || tokens[i + 2]?.pos === 'VERB');
    if (SPEECH_VERBS.has(t.lower) && t.pos === 'VERB' && !reported) return [];
    // A common-noun subject of its own ("the incursion is ..."), unless a name modifies it ("RSF fighters have ...").
    if (t.pos === 'NOUN' && tokens[i + 1]?.pos === 'AUX' && i + 1 < at) return namedModifiers(ctx, i, first);
  }
  return [];
}

/** The names inside a subject noun phrase ending at `head`: "RSF fighters and allied Arab militias". */
function namedModifiers(ctx: RelationContext, head: number, first: number): Argument[] {
  const found: Argument[] = [];
  for (
    let i = head;
    i >= first && (NP_POS.has(ctx.tokens[i].pos) || ctx.argumentAt[i]) && !RELATIVE.has(ctx.tokens[i].lower);
    i--
  ) {
    if (ctx.argumentAt[i]) {
      const arg = argumentAt(ctx, i)!;
      found.unshift(arg);
      i = arg.first;
    } else if (ctx.tokens[i].pos === 'DET') break; // the phrase starts here: "told Reuters the incursion was"
  }
  return found;
}

const NP_POS = new Set(['NOUN', 'ADJ', 'DET', 'CCONJ', 'PROPN', 'NUM']);

function onlyFunctionWordsBetween(ctx: RelationContext, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    if (!TRANSPARENT_POS.has(ctx.tokens[k].pos) && !OPEN_QUOTES.has(ctx.tokens[k].text)) return false;
  }
  return true;
}

function previousComma(ctx: RelationContext, from: number, first: number): number {
  for (let k = from - 1; k >= first; k--) if (ctx.tokens[k].text === ',') return k;
  return -1;
}

const OBJECT_POS = new Set(['DET', 'ADJ', 'NOUN', 'NUM', 'PROPN', 'ADV']);
/** Prepositions a common-noun object continues through to a name: "control of Laukkai", "the positions in Rakhine State". */
export const OF_LINK = new Set(['of']);
export const PLACE_LINKS = new Set(['in', 'of', 'near', 'around', 'outside', 'across', 'at']);

/**
 * The names in the noun phrase right after a trigger ending at `from`, with those coordinated after it. A common
 * noun may come first when one of `links` leads on to the name ("seized control of Laukkai").
 */
export function findObjects(ctx: RelationContext, from: number, maxTokens = 8, linkWords = OF_LINK): Argument[] {
  const { tokens } = ctx;
  const sentence = tokens[from]?.sentence;
  let sawNoun = false;
  let links = 0;
  let fallback: Argument | null = null;
  for (let i = from; i < Math.min(tokens.length, from + maxTokens) && tokens[i].sentence === sentence; i++) {
    const arg = argumentAt(ctx, i);
    if (arg) {
      const after = tokens[arg.last];
      // "Sony’s PlayStation unit" is about PlayStation, "the Putin government" about Putin (if nothing else is named),
      // and "the Sahel programme" not about the Sahel.
      const possessor = POSSESSIVE.has(after?.text ?? '');
      // "Laukkai town", "Sagaing region" name the place itself.
      const attributive = after?.pos === 'NOUN' && after.text === after.lower && !PLACE_NOUNS.has(after.lower);
      if (!possessor && !attributive) return withFollowingConjuncts(ctx, arg);
      if (!(attributive && ctx.argumentAt[i] && ctx.entities[ctx.argumentAt[i]!.entity].type === 'Location'))
        fallback ??= arg;
      i = arg.last - 1;
      continue;
    }
    const t = tokens[i];
    if (t.text === '-' || OPEN_QUOTES.has(t.text) || CLOSE_QUOTES.has(t.text) || POSSESSIVE.has(t.text)) continue;
    // Quantities before the noun: "more than 60 targets", "at least 12 ships".
    if (
      (t.lower === 'than' && tokens[i - 1]?.lower === 'more') ||
      (t.lower === 'at' && tokens[i + 1]?.lower === 'least')
    )
      continue;
    if (tokens[i - 1]?.text === '-') continue;
    if (sawNoun && links < 2 && linkWords.has(t.lower)) {
      links++;
      continue;
    }
    // "occupied hospitals and homes in Khartoum": common nouns joined before the name.
    if (t.pos === 'CCONJ' && sawNoun && tokens[i + 1]?.pos === 'NOUN') continue;
    if (!OBJECT_POS.has(t.pos)) break;
    sawNoun ||= t.pos === 'NOUN';
  }
  return fallback ? [fallback] : [];
}

function withFollowingConjuncts(ctx: RelationContext, arg: Argument): Argument[] {
  const args = [arg];
  let i = arg.last;
  for (;;) {
    let j = i;
    while (ctx.tokens[j] && (ctx.tokens[j].text === ',' || ['and', 'or', 'the'].includes(ctx.tokens[j].lower))) j++;
    // "southern Lebanon and the eastern Bekaa Valley": adjectives before the next name.
    const joined = j > i;
    while (joined && ctx.tokens[j]?.pos === 'ADJ' && !ctx.argumentAt[j]) j++;
    if (!joined || !ctx.argumentAt[j]) return args;
    const next = argumentAt(ctx, j)!;
    args.push(next);
    i = next.last;
  }
}

/** The passive agent: "was banned ... by Russia’s Supreme Court". */
export function findAgents(ctx: RelationContext, from: number): Argument[] {
  const { tokens } = ctx;
  const sentence = tokens[from]?.sentence;
  for (let i = from; i < Math.min(tokens.length, from + 12) && tokens[i].sentence === sentence; i++) {
    if (tokens[i].lower === 'by') return findObjects(ctx, i + 1);
    if (tokens[i].pos === 'VERB' || tokens[i].text === ';') return [];
  }
  return [];
}

/** "was banned", "is controlled", "has been armed": a passive form whose subject is the patient. */
export function isPassive(ctx: RelationContext, at: number): boolean {
  if (ctx.tokens[at].lower.endsWith('ing')) return false;
  for (let i = at - 1; i >= 0 && i >= at - 3; i--) {
    const t = ctx.tokens[i];
    if (t.pos === 'AUX') return ['was', 'were', 'is', 'are', 'be', 'been', 'being', '’s', "'s"].includes(t.lower);
    if (t.pos !== 'ADV') return false;
  }
  return false;
}
