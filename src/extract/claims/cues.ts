// The words that attribute a claim, and what each one attributes: the speaker (the cue's subject, resolved as the
// relation rules resolve it), the medium ("told Reuters") and the stretch of the sentence it reports.
import type { EntityType } from '../../model/vocabulary.ts';
import { CLAIM_BREAKS, CLAIM_VERBS, INTENT_VERBS, PARTICLE_CUES, TELLING_VERBS } from '../gazetteers/speech.ts';
import { subjectAt } from '../relations/slots.ts';
import { argumentAt, type RelationContext } from '../relations/context.ts';
import { phraseArguments, referents } from '../relations/patterns/referents.ts';
import { subjectOfVerb } from '../structure/index.ts';

const SPEAKER_TYPES: readonly EntityType[] = ['Person', 'Organization', 'Location'];
const TRAILING = new Set(['.', ',', ';', ':', '?', '!', '-', '–', '—']);

/** A verb of saying, or "according to", at a token of a sentence. */
export interface Cue {
  token: number;
  sentence: number;
  /** The verb group of a verb of saying; null for "according to" and for a verb tagged as a noun. */
  verb: number | null;
  /** "The group claims that …" read as a noun phrase: the verb ends the phrase of its subject. */
  taggedNoun?: boolean;
}

/** Verbs of saying in the active voice ("was said to be" reports no one's words), and "according to". */
export function cuesOf(ctx: RelationContext, s: number): Cue[] {
  const st = ctx.structure[s];
  const cues: Cue[] = [];
  for (let i = st.first; i < st.last; i++) {
    const t = ctx.tokens[i];
    if (t.lower === 'according' && ctx.tokens[i + 1]?.lower === 'to') {
      cues.push({ token: i, sentence: s, verb: null });
      continue;
    }
    // "The group claims that …", "the legion states that …": the tagger's noun is a verb before "that" or "to".
    const p = st.phraseAt[i - st.first];
    const next = ctx.tokens[i + 1];
    if (
      p >= 0 &&
      t.pos === 'NOUN' &&
      CLAIM_VERBS.has(t.lower) &&
      t.lower.endsWith('s') &&
      st.phrases[p].head === i &&
      st.phrases[p].last === i + 1 &&
      i > st.phrases[p].first &&
      (next?.lower === 'that' || (next?.lower === 'to' && ctx.tokens[i + 2]?.pos === 'VERB'))
    ) {
      cues.push({ token: i, sentence: s, verb: null, taggedNoun: true });
      continue;
    }
    // The verb checks first: they rule out most tokens before any word list is looked at.
    const v = st.verbAt[i - st.first];
    if (v < 0 || t.pos !== 'VERB' || st.verbs[v].voice === 'passive') continue;
    const cue =
      CLAIM_VERBS.has(t.lower) ||
      INTENT_VERBS.has(t.lower) ||
      (PARTICLE_CUES.has(t.lower) && ctx.tokens[i + 1]?.lower === PARTICLE_CUES.get(t.lower));
    if (cue) cues.push({ token: i, sentence: s, verb: v });
  }
  return cues;
}

/** The cue's words as the claim records them: "said", "according to". */
export function cueWords(ctx: RelationContext, cue: Cue): string {
  const word = ctx.tokens[cue.token].lower;
  if (cue.verb === null) return cue.taggedNoun ? word : 'according to';
  return PARTICLE_CUES.has(word) ? `${word} ${PARTICLE_CUES.get(word)}` : word;
}

/** The phrase right after "according to". */
const accordingPhrase = (ctx: RelationContext, cue: Cue): number => {
  const st = ctx.structure[cue.sentence];
  return st.phraseAt[cue.token + 2 - st.first] ?? -1;
};

/** Who the cue says spoke, as an entity: the subject of its verb (or the phrase after "according to"). */
export interface Speaker {
  entity: number | null;
  /** Named by "he" or "she": the reader takes the last person quoted before the first person named. */
  pronoun: boolean;
}

export function speakerOf(ctx: RelationContext, cue: Cue): Speaker {
  const st = ctx.structure[cue.sentence];
  const resolved = (p: number | null) =>
    p === null || p < 0 ? [] : phraseArguments(ctx, st, p).flatMap((a) => a.resolve(SPEAKER_TYPES));
  if (cue.taggedNoun)
    return { entity: argumentAt(ctx, cue.token - 1)?.resolve(SPEAKER_TYPES)[0] ?? null, pronoun: false };
  if (cue.verb === null) return { entity: resolved(accordingPhrase(ctx, cue))[0] ?? null, pronoun: false };
  // "…, claiming that …": a participle after a comma has the subject of the clause's first verb.
  const participle = ctx.tokens[cue.token].lower.endsWith('ing') && ctx.tokens[cue.token - 1]?.text === ',';
  const clauseVerb = st.clauses[st.verbs[cue.verb].clause].verbs[0] ?? cue.verb;
  const subject = subjectOfVerb(st, participle ? clauseVerb : cue.verb);
  const pronoun = subject !== null && PERSON_PRONOUNS.has(ctx.tokens[st.phrases[subject].head].lower);
  const fromStructure = resolved(subject);
  if (fromStructure.length) return { entity: fromStructure[0], pronoun };
  const found = subjectAt(ctx, st, cue.token).flatMap((a) => a.resolve(SPEAKER_TYPES))[0] ?? null;
  return { entity: found, pronoun };
}

const PERSON_PRONOUNS = new Set(['he', 'she']);

/** Whom the words went to, when the text names an organization: "told Reuters", "said to NBC News". */
export function mediumOf(ctx: RelationContext, cue: Cue): string | null {
  if (cue.verb === null) return null;
  const st = ctx.structure[cue.sentence];
  const after = st.verbs[cue.verb].last;
  const told = TELLING_VERBS.has(ctx.tokens[cue.token].lower);
  const p = st.phraseAt[after - st.first + (told ? 0 : 1)] ?? -1;
  if (p < 0 || (told ? st.phrases[p].preposition !== null : ctx.tokens[after].lower !== 'to')) return null;
  const organization = referents(ctx, st, p).some((a) => a.resolve(['Organization']).length > 0);
  if (!organization) return null;
  const { first, last } = st.phrases[p];
  const words = ctx.tokens.slice(first, last).filter((t) => t.pos !== 'DET');
  return words.length ? words.map((t) => t.text).join(' ') : null;
}

/** Token range [first, last) of what a cue reports in its sentence, or null when it reports nothing there. */
export function reportedSpan(ctx: RelationContext, cue: Cue): { first: number; last: number } | null {
  const st = ctx.structure[cue.sentence];
  const { tokens } = ctx;
  if (cue.taggedNoun) return reported(ctx, cue.token + (tokens[cue.token + 1].lower === 'that' ? 2 : 1), st.last);
  if (cue.verb === null) {
    const p = accordingPhrase(ctx, cue);
    if (p < 0) return null;
    // "According to X, …" reports what follows; "…, according to X." what came before.
    const opening = tokens.slice(st.first, cue.token).every((t) => t.pos === 'ADV' || t.pos === 'CCONJ');
    if (opening) return trimmed(ctx, st.phrases[p].last, st.last);
    return trimmed(ctx, st.first, tokens[cue.token - 1]?.text === ',' ? cue.token - 1 : cue.token);
  }
  const verb = st.verbs[cue.verb];
  const word = tokens[cue.token].lower;
  // "claims to be involved", "vowed to fight", "called on X to rise up": the infinitive (with its object) is the claim.
  const clauseEnd = st.clauses[verb.clause].kind === 'relative' ? st.clauses[verb.clause].last : st.last;
  if (PARTICLE_CUES.has(word)) return reported(ctx, cue.token + 2, clauseEnd);
  if (tokens[cue.token + 1]?.lower === 'to' && cue.token + 1 < verb.last)
    return reported(ctx, cue.token + 1, clauseEnd);
  let first = verb.last;
  // "told Reuters that …", "said to the media near the border that …", "said on Wednesday that …".
  for (let k = verb.last; k < Math.min(st.last, verb.last + 12); k++) {
    if (st.verbAt[k - st.first] >= 0) break;
    if (tokens[k].lower === 'that' && st.phraseAt[k - st.first] < 0) {
      first = k + 1;
      break;
    }
  }
  if (first === verb.last) {
    if (TELLING_VERBS.has(tokens[cue.token].lower) && st.phraseAt[first - st.first] >= 0)
      first = st.phrases[st.phraseAt[first - st.first]].last;
    while (first < st.last && (tokens[first].text === ':' || tokens[first].text === ',')) first++;
    // "…,” he added, referring to …": a participle after the cue's comma is the writer's, not the speaker's.
    const participle = tokens[first]?.pos === 'VERB' && tokens[first].lower.endsWith('ing');
    if (participle && tokens[first - 1]?.text === ',') return reportedBefore(ctx, cue);
  }
  return reported(ctx, first, clauseEnd) ?? reportedBefore(ctx, cue);
}

/** From `first` to the end of the report, at most `end`. */
function reported(ctx: RelationContext, first: number, end: number): { first: number; last: number } | null {
  let last = first;
  while (last < end && !endsReport(ctx, last)) last++;
  return trimmed(ctx, first, last);
}

/** "The line held, he said." / "…, said Ivan Petrov.": a cue at a clause's end reports the words before its comma. */
function reportedBefore(ctx: RelationContext, cue: Cue): { first: number; last: number } | null {
  const st = ctx.structure[cue.sentence];
  const subject = subjectOfVerb(st, cue.verb!);
  const verb = st.verbs[cue.verb!];
  const before = subject !== null && st.phrases[subject].last <= verb.first ? st.phrases[subject].first : verb.first;
  if (ctx.tokens[before - 1]?.text !== ',') return null;
  return trimmed(ctx, st.first, before - 1);
}

/** A semicolon, or a comma before "but", "while" … or a participle ("…, claiming …"): the end of one report. */
function endsReport(ctx: RelationContext, k: number): boolean {
  const t = ctx.tokens[k];
  if (t.text === ';') return true;
  const next = ctx.tokens[k + 1];
  return (
    t.text === ',' && !!next && (CLAIM_BREAKS.has(next.lower) || (next.pos === 'VERB' && next.lower.endsWith('ing')))
  );
}

/** The range without the punctuation at its ends; null when fewer than two words are left. */
function trimmed(ctx: RelationContext, first: number, last: number): { first: number; last: number } | null {
  while (first < last && TRAILING.has(ctx.tokens[first].text)) first++;
  while (last > first && TRAILING.has(ctx.tokens[last - 1].text)) last--;
  const words = ctx.tokens.slice(first, last).filter((t) => /[\p{L}\p{N}]/u.test(t.text)).length;
  return words >= 2 ? { first, last } : null;
}
