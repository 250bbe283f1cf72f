// Finds where entities are named: capitalized name spans, known names, acronyms and state institutions.
import type { EntityType } from '../model/vocabulary.ts';
import { ORGANIZATION_HEADS } from './gazetteers/organizations.ts';
import { GIVEN_NAMES, PERSON_TITLES } from './gazetteers/people.ts';
import { MONTHS_AND_DAYS, NOT_NAMES } from './gazetteers/words.ts';
import { institutionByAcronym, matchInstitution, phraseAt, type InstitutionMatch } from './institutions.ts';
import { countryOf, isDemonym, matchKnown, type KnownEntity } from './lexicon.ts';
import type { Token, TokenizedText } from './tokenize.ts';

export interface Mention {
  /** Token range [first, last). */
  first: number;
  last: number;
  start: number;
  end: number;
  /** The name as the entity's alias: the span without titles. */
  name: string;
  sentence: number;
  /** Decided here when the name itself tells; otherwise by the context cues in typeCues.ts. */
  type: EntityType | null;
  known?: KnownEntity;
  institution?: InstitutionMatch;
  /** Country named as part of an organization's name ("Russian Volunteer Corps" -> Russia). */
  qualifier?: string;
  /** Part of a larger name ("Ukraine" in "Ukraine’s defense ministry"): counted, but not a relation argument. */
  modifier: boolean;
}

const PARTICLES = new Set([
  'de',
  'da',
  'del',
  'della',
  'di',
  'du',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
  'al',
  'el',
  'bin',
  'ibn',
  'ben',
]);
const POSSESSIVE = new Set(['’s', "'s"]);
const isUpper = (c: string): boolean => c !== c.toLowerCase() && c === c.toUpperCase();
export const isAcronym = (word: string): boolean => /^[A-Z][A-Z0-9&.]{1,6}$/.test(word) && /[A-Z].*[A-Z]/.test(word);

function isNameToken(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!isUpper(t.text[0]) || MONTHS_AND_DAYS.has(t.text)) return false;
  if (t.pos === 'PUNCT' || t.pos === 'SYM') return false;
  // A demonym on its own is a nationality, not a name; it may still open one ("Russian Volunteer Corps").
  return true;
}

/** A sentence start (or a quote's start) capitalizes any word; only proper nouns and known names count there. */
function atClauseStart(tokens: Token[], i: number): boolean {
  if (i === 0 || tokens[i - 1].sentence !== tokens[i].sentence) return true;
  const prev = tokens[i - 1].text;
  return prev === '“' || prev === '"' || prev === '‘' || prev === ':' || prev === '(' || prev === '–' || prev === '—';
}

/** Maximal runs of name tokens, joined across "of" and possessives that belong inside a name. */
function nameSpans(tokens: Token[]): [number, number][] {
  const spans: [number, number][] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isNameToken(tokens, i)) {
      i++;
      continue;
    }
    const start = i;
    let end = i + 1;
    for (;;) {
      if (end < tokens.length && tokens[end].sentence === tokens[start].sentence && isNameToken(tokens, end)) {
        end++;
        continue;
      }
      const joiner = tokens[end]?.lower;
      const next = end + 1;
      if (next >= tokens.length || tokens[next].sentence !== tokens[start].sentence || !isNameToken(tokens, next))
        break;
      const left = tokens[end - 1];
      const ofJoins = joiner === 'of' && (left.pos === 'NOUN' || ORGANIZATION_HEADS.has(left.text));
      // "King’s College London" is one name; "Putin’s regime" and "Ukraine’s army" are not.
      const possessiveJoins =
        POSSESSIVE.has(joiner) &&
        !countryOf(left.text) &&
        !matchKnown([left.text], 0) &&
        end - start === 1 &&
        (ORGANIZATION_HEADS.has(tokens[next].text) || ORGANIZATION_HEADS.has(tokens[next + 1]?.text ?? ''));
      const particleJoins = PARTICLES.has(joiner) && end - start >= 1;
      if (!(ofJoins || possessiveJoins || particleJoins)) break;
      end = next + 1;
    }
    spans.push([start, end]);
    i = end;
  }
  return spans;
}

function trimSpan(tokens: Token[], [start, end]: [number, number]): [number, number] {
  let s = start;
  while (
    s < end &&
    (NOT_NAMES.has(tokens[s].text) ||
      (atClauseStart(tokens, s) &&
        tokens[s].pos !== 'PROPN' &&
        !matchKnown(
          tokens.map((t) => t.text),
          s,
          end,
        ) &&
        !isAcronym(tokens[s].text)))
  )
    s++;
  let e = end;
  while (e > s && (tokens[e - 1].lower === 'of' || PARTICLES.has(tokens[e - 1].lower))) e--;
  return [s, e];
}

export interface MentionContext {
  text: string;
  tokens: Token[];
  words: string[];
}

function makeMention(ctx: MentionContext, first: number, last: number, fields: Partial<Mention>): Mention {
  const { tokens, text } = ctx;
  const start = tokens[first].start;
  const end = tokens[last - 1].end;
  return {
    first,
    last,
    start,
    end,
    name: text.slice(start, end),
    sentence: tokens[first].sentence,
    type: null,
    modifier: false,
    ...fields,
  };
}

/** Classifies one trimmed span, splitting it where it holds several names ("Belgorod Bryansk Kursk"). */
function mentionsInSpan(ctx: MentionContext, first: number, last: number, out: Mention[]): void {
  const { words } = ctx;
  const known = matchKnown(words, first, last);
  if (known && known.length === last - first) {
    out.push(makeMention(ctx, first, last, { type: known.entity.type, known: known.entity }));
    return;
  }
  const institution = matchInstitution(words, first, last, true);
  if (institution && institution.length === last - first) {
    out.push(makeMention(ctx, first, last, { type: 'Organization', institution: institution.match }));
    return;
  }
  const hasHead = words.slice(first, last).some((w) => ORGANIZATION_HEADS.has(w));
  if (known && !hasHead) {
    out.push(makeMention(ctx, first, first + known.length, { type: known.entity.type, known: known.entity }));
    if (first + known.length < last) mentionsInSpan(ctx, first + known.length, last, out);
    return;
  }
  let s = first;
  while (s < last - 1 && PERSON_TITLES.has(words[s]) && !POSSESSIVE.has(words[s + 1])) s++;
  const titled = s > first;
  const demonym = isDemonym(words[s]) ? countryOf(words[s]) : undefined;
  if (demonym && s + 1 === last) return;
  const single = s + 1 === last;
  let type: EntityType | null = null;
  if (hasHead) type = 'Organization';
  else if (single && isAcronym(words[s])) {
    const acronymInstitution = institutionByAcronym(words[s]);
    if (acronymInstitution) {
      out.push(makeMention(ctx, s, last, { type: 'Organization', institution: acronymInstitution }));
      return;
    }
    type = 'Organization';
  } else if (titled || GIVEN_NAMES.has(words[s]) || (!single && !demonym)) type = 'Person';
  out.push(makeMention(ctx, s, last, { type, qualifier: demonym }));
}

/** Every entity mention in a tokenized text, in text order. */
export function findMentions(text: string, { tokens }: TokenizedText): Mention[] {
  const ctx: MentionContext = { text, tokens, words: tokens.map((t) => t.text) };
  const mentions: Mention[] = [];
  for (const span of nameSpans(tokens)) {
    const [first, last] = trimSpan(tokens, span);
    if (first < last) mentionsInSpan(ctx, first, last, mentions);
  }
  addInstitutionPhrases(ctx, mentions);
  markQualifiers(ctx, mentions);
  return dropAttributiveCountries(ctx, mentions).sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Lowercase institution names after a country ("Ukraine’s defense ministry", "the Ukrainian army"). */
function addInstitutionPhrases(ctx: MentionContext, mentions: Mention[]): void {
  const { tokens, words } = ctx;
  for (let i = 0; i < tokens.length - 1; i++) {
    const country = countryOf(words[i]);
    if (!country) continue;
    const after = POSSESSIVE.has(words[i + 1]) ? i + 2 : i + 1;
    const phrase = after < tokens.length ? phraseAt(words, after, Math.min(tokens.length, after + 5)) : null;
    if (!phrase || tokens[after].sentence !== tokens[i].sentence) continue;
    const end = after + phrase.length;
    if (mentions.some((m) => m.first <= i && m.last >= end)) continue;
    // The phrase replaces whatever name mention overlapped it ("Ukrainian Defense Ministry" found as a plain name).
    for (let k = mentions.length - 1; k >= 0; k--) {
      if (mentions[k].first < end && mentions[k].last > i) mentions.splice(k, 1);
    }
    const institution = { kind: phrase.kind, country };
    mentions.push(makeMention(ctx, i, end, { type: 'Organization', institution }));
    if (after === i + 2)
      mentions.push(
        makeMention(ctx, i, i + 1, { type: 'Location', known: matchKnown(words, i, i + 1)?.entity, modifier: true }),
      );
  }
}

/**
 * "Ukraine’s International Brigade": the country qualifies the organization and is not an argument itself;
 * nor is a name in an adjective compound ("Russia-focused consultancy").
 */
function markQualifiers(ctx: MentionContext, mentions: Mention[]): void {
  const byFirst = new Map(mentions.map((m) => [m.first, m]));
  for (const m of mentions) {
    const next = ctx.tokens[m.last + 1];
    if (ctx.words[m.last] === '-' && next && next.text === next.lower) m.modifier = true;
    if (m.known?.kind !== 'country' || !POSSESSIVE.has(ctx.words[m.last])) continue;
    const owned = byFirst.get(m.last + 1);
    if (owned && owned.type === 'Organization') {
      m.modifier = true;
      owned.qualifier ??= m.known.label;
    }
  }
}

/** "US armored vehicles": a country acronym used as an adjective is not a mention of the country. */
function dropAttributiveCountries(ctx: MentionContext, mentions: Mention[]): Mention[] {
  return mentions.filter((m) => {
    if (m.known?.kind !== 'country' || !isAcronym(m.name)) return true;
    const next = ctx.tokens[m.last];
    return !(next && (next.pos === 'ADJ' || next.pos === 'NOUN') && next.text === next.lower);
  });
}
