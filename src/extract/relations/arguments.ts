// Finds the subject and the object of a relation trigger inside its sentence, without a full parser.
import { NAMING_WORDS } from '../gazetteers/people.ts';
import { PREPOSITIONS, SPEECH_VERBS } from '../gazetteers/words.ts';
import { argumentAt, type Argument, type RelationContext } from './context.ts';

const RELATIVE = new Set(['who', 'which', 'that']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we']);
const POSSESSIVE = new Set(['’s', "'s"]);
const OPEN_QUOTES = new Set(['“', '"', '‘', '(']);
const CLOSE_QUOTES = new Set(['”', '"', '’']);
const TRANSPARENT_POS = new Set(['ADV', 'PART', 'AUX']);

/** An argument's role from the word before it: after a preposition or as a verb's object it is not the subject. */
function isSubjectPosition(ctx: RelationContext, arg: Argument): boolean {
  const { tokens } = ctx;
  let before = arg.first - 1;
  while (before >= 0 && (OPEN_QUOTES.has(tokens[before].text) || tokens[before].lower === 'the')) before--;
  const prev = tokens[before];
  const next = tokens[arg.last];
  if (next && POSSESSIVE.has(next.text)) return false;
  if (!prev || prev.sentence !== tokens[arg.first].sentence) return true;
  if (NAMING_WORDS.has(prev.lower)) return true;
  if (PREPOSITIONS.has(prev.lower)) return false;
  if (prev.pos === 'VERB' && next?.pos !== 'VERB' && next?.pos !== 'AUX') return false;
  return true;
}

const isReferencePronoun = (ctx: RelationContext, i: number): boolean => {
  const ref = ctx.references.get(i);
  return !!ref && (ref.kind === 'group' || SUBJECT_PRONOUNS.has(ctx.tokens[i].lower));
};

/**
 * The subject of the clause a trigger at `at` belongs to: the nearest name or reference to its left in subject
 * position. Stops at a clause with a subject of its own that names nothing ("the incursion is ...").
 */
export function findSubject(ctx: RelationContext, at: number): Argument | null {
  const { tokens } = ctx;
  const first = ctx.sentences[tokens[at].sentence].first;
  for (let i = at - 1; i >= first; i--) {
    const t = tokens[i];
    const arg = ctx.argumentAt[i] || isReferencePronoun(ctx, i) ? argumentAt(ctx, i) : null;
    if (arg) {
      if (isSubjectPosition(ctx, arg)) return arg;
      i = arg.first;
      continue;
    }
    if (t.text === ',' && onlyFunctionWordsBetween(ctx, i, at)) {
      // "Mark Galeotti, who heads ..., told": the part between commas describes the subject before it.
      const open = previousComma(ctx, i, first);
      if (open > first) {
        const before = argumentAt(ctx, open - 1);
        if (before && ctx.argumentAt[open - 1] && isSubjectPosition(ctx, before)) return before;
      }
      continue;
    }
    if (RELATIVE.has(t.lower) && (t.pos === 'PRON' || t.pos === 'DET' || t.pos === 'SCONJ')) {
      let j = i - 1;
      if (tokens[j]?.text === ',') j--;
      // "the Legion group which ...": the name before a common head noun is the antecedent.
      if (j > first && !argumentAt(ctx, j) && tokens[j].pos === 'NOUN' && ctx.argumentAt[j - 1]) j--;
      const antecedent = j >= first ? argumentAt(ctx, j) : null;
      if (antecedent) return antecedent;
      if (t.lower !== 'that') return null;
      continue;
    }
    // A clause of saying has its own subject, except in "was said to be", which reports on the one before.
    const reported = tokens[i + 1]?.lower === 'to' && (tokens[i + 2]?.pos === 'AUX' || tokens[i + 2]?.pos === 'VERB');
    if (SPEECH_VERBS.has(t.lower) && t.pos === 'VERB' && !reported) return null;
    if (t.pos === 'NOUN' && tokens[i + 1]?.pos === 'AUX' && i + 1 < at) return null;
  }
  return null;
}

function onlyFunctionWordsBetween(ctx: RelationContext, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++)
    if (!TRANSPARENT_POS.has(ctx.tokens[k].pos) && !OPEN_QUOTES.has(ctx.tokens[k].text)) return false;
  return true;
}

function previousComma(ctx: RelationContext, from: number, first: number): number {
  for (let k = from - 1; k >= first; k--) if (ctx.tokens[k].text === ',') return k;
  return -1;
}

const OBJECT_POS = new Set(['DET', 'ADJ', 'NOUN', 'NUM', 'PROPN']);

/** The first name or reference in the noun phrase right after a trigger ending at `from`. */
export function findObject(ctx: RelationContext, from: number, maxTokens = 8): Argument | null {
  const { tokens } = ctx;
  const sentence = tokens[from]?.sentence;
  for (let i = from; i < Math.min(tokens.length, from + maxTokens) && tokens[i].sentence === sentence; i++) {
    const arg = argumentAt(ctx, i);
    if (arg) return arg;
    const t = tokens[i];
    if (t.text === '-' || OPEN_QUOTES.has(t.text) || CLOSE_QUOTES.has(t.text) || POSSESSIVE.has(t.text)) continue;
    if (tokens[i - 1]?.text === '-') continue;
    if (!OBJECT_POS.has(t.pos)) return null;
  }
  return null;
}

/** The passive agent: "was banned ... by Russia’s Supreme Court". */
export function findAgent(ctx: RelationContext, from: number): Argument | null {
  const { tokens } = ctx;
  const sentence = tokens[from]?.sentence;
  for (let i = from; i < Math.min(tokens.length, from + 12) && tokens[i].sentence === sentence; i++) {
    if (tokens[i].lower === 'by') return findObject(ctx, i + 1);
    if (tokens[i].pos === 'VERB' || tokens[i].text === ';') return null;
  }
  return null;
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
