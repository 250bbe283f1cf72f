// Who said what in one document: each quotation with the verb of saying that attributes it ("…,” he said),
// and reported speech ("X said that …", "according to X, …", "X told Reuters …", "X denied …"). Speakers are
// resolved as the relation rules resolve subjects, pronouns and "the group" included.
import type { LocalClaim, ClaimKind } from '../../model/claims.ts';
import type { CleanDocument } from '../../model/graph.ts';
import type { NamedMention, RelationContext } from '../relations/context.ts';
import { cuesOf, cueWords, mediumOf, reportedSpan, speakerOf, type Cue } from './cues.ts';
import { findQuoteSpans, type QuoteSpan } from './quotes.ts';

/** A quotation with no verb of saying counts only as whole sentences of this many words ("criminal" does not). */
const UNATTRIBUTED_MIN_WORDS = 6;
const LEAD_IN = new Set([',', ':', 'that']);

/** The verb of saying of a quotation: right before it ("he said: “…”", "stated that “…”") or right after it. */
function quoteCue(ctx: RelationContext, q: QuoteSpan, cues: Cue[]): Cue | undefined {
  const { tokens } = ctx;
  const before = cues.find((c) => {
    if (c.verb === null || tokens[c.token].sentence !== tokens[q.open].sentence) return false;
    const end = ctx.structure[c.sentence].verbs[c.verb].last;
    return end <= q.open && tokens.slice(end, q.open).every((t) => LEAD_IN.has(t.lower)) && q.open - end <= 2;
  });
  if (before || q.close < 0) return before;
  // “…,” he said / “…,” said Ivan Petrov / “…,” Ivan Petrov, who heads X, told Y: the clause after the close.
  if (!/[,?!—–-]/.test(tokens[q.close - 1]?.text ?? '')) return undefined;
  const st = ctx.structure[tokens[q.close].sentence];
  const clause = st.clauses.find((c) => c.first === q.close + 1 && c.kind === 'main');
  return cues.find(
    (c) =>
      c.verb !== null &&
      c.token > q.close &&
      (clause
        ? ctx.structure[c.sentence].verbs[c.verb].clause === st.clauses.indexOf(clause)
        : c.token <= q.close + 4) &&
      c.sentence === tokens[q.close].sentence,
  );
}

/** Every claim of the document, in text order. `mentions` are the document's named mentions. */
export function extractClaims(ctx: RelationContext, mentions: NamedMention[], document: CleanDocument): LocalClaim[] {
  const { tokens, sentences } = ctx;
  const quotes = findQuoteSpans(document.text, tokens);
  const cues = sentences.flatMap((_, s) => cuesOf(ctx, s));
  const pending: Pending[] = [];
  const claim = (kind: ClaimKind, first: number, last: number, cue: Cue | null) => {
    // “We are returning home,” he said: the comma is the sentence's, not the speaker's.
    while (last > first + 1 && (tokens[last - 1].text === ',' || tokens[last - 1].text === ':')) last--;
    pending.push({ kind, first, last, cue });
  };

  const used = new Set<Cue>();
  const quoted = new Set<QuoteSpan>();
  for (const q of quotes) {
    const cue = quoteCue(ctx, q, cues);
    if (!cue) continue;
    used.add(cue);
    quoted.add(q);
    claim('direct', q.first, q.last, cue);
  }
  // A verb of saying inside a quotation is the speaker's own word ("it suits Kyiv to claim …"), not a new claim.
  const inQuote = (cue: Cue) => [...quoted].some((q) => q.first <= cue.token && cue.token < q.last);
  for (const cue of cues) {
    if (used.has(cue) || inQuote(cue)) continue;
    const span = reportedSpan(ctx, cue);
    if (!span) continue;
    const inside = quotes.filter((q) => q.open >= span.first - 1 && q.first < span.last);
    // "said that “…”": the report is one quotation, so the claim is the speaker's own words.
    const whole = inside.find((q) => q.open === span.first && (q.close === span.last || q.last >= span.last - 1));
    if (whole) {
      if (!quoted.has(whole)) claim('direct', whole.first, whole.last, cue);
      quoted.add(whole);
      continue;
    }
    if (inside.some((q) => quoted.has(q) && q.first <= span.first && q.last >= span.last)) continue;
    for (const q of inside) quoted.add(q);
    claim('indirect', span.first, span.last, cue);
  }
  // A quotation of whole sentences that no verb attributes: a claim whose speaker the sentence does not give.
  for (const q of quotes) {
    if (quoted.has(q)) continue;
    const words = tokens.slice(q.first, q.last).filter((t) => /[\p{L}\p{N}]/u.test(t.text)).length;
    if (words >= UNATTRIBUTED_MIN_WORDS && sentences[tokens[q.open].sentence].first === q.open)
      claim('direct', q.first, q.last, null);
  }
  return withSpeakers(ctx, mentions, document, pending);
}

/** A claim found, before its speaker is known. */
interface Pending {
  kind: ClaimKind;
  first: number;
  last: number;
  cue: Cue | null;
}

/**
 * The claims in text order, each with its speaker and the entities it names. "He said" within a few sentences of
 * a person's claim stands for that person, as a reader takes it, even when another man was named in between.
 */
function withSpeakers(
  ctx: RelationContext,
  mentions: NamedMention[],
  document: CleanDocument,
  pending: Pending[],
): LocalClaim[] {
  const { tokens, sentences } = ctx;
  let last: { sentence: number; entity: number } | null = null;
  // One claim per start: two cues reporting the same words ("said … and told …") make one claim, the first cue's.
  const starts = new Set<number>();
  return pending
    .sort((a, b) => a.first - b.first)
    .filter((p) => !starts.has(p.first) && !!starts.add(p.first))
    .map(({ kind, first, last: end, cue }) => {
      const sentence = tokens[first].sentence;
      let speaker: number | null = null;
      if (cue) {
        const { entity, pronoun } = speakerOf(ctx, cue);
        const recent = last && sentence - last.sentence <= 4 && ctx.entities[last.entity].type === 'Person';
        speaker = pronoun && recent ? last!.entity : entity;
      }
      if (speaker !== null) last = { sentence, entity: speaker };
      const start = tokens[first].start;
      const stop = tokens[end - 1].end;
      const about = new Set<number>();
      for (const m of mentions)
        if (!m.modifier && m.start >= start && m.end <= stop && m.entity !== speaker) about.add(m.entity);
      return {
        document: document.id,
        kind,
        text: document.text.slice(start, stop),
        start,
        end: stop,
        sentence: { start: sentences[sentence].start, end: sentences[tokens[end - 1].sentence].end },
        cue: cue ? cueWords(ctx, cue) : null,
        medium: cue ? mediumOf(ctx, cue) : null,
        speaker,
        about: [...about].sort((a, b) => a - b),
      };
    });
}
