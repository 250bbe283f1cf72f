// Passes over a document's mentions that need more than one name run: divisions, headlines, nicknames.
import { DIVISION_NOUNS } from './gazetteers/places.ts';
import { titleCaseTokens } from './headlineCase.ts';
import { makeMention, type Mention, type MentionContext } from './mentions.ts';
import { normalizeName } from './names.ts';
import { OPERATION_NOUNS } from './gazetteers/words.ts';
import type { Token } from './tokenize.ts';

const OPENING_QUOTES = new Set(['“', '"', '‘', "'", '«']);
const CLOSING_QUOTES = new Set(['”', '"', '’', "'", '»']);

/**
 * Ivan “The Bear” Petrov: a nickname in quotes between a given name and a surname leaves one person, named without
 * the nickname (which the text gives as a name of its own only when it says so, "known as").
 */
export function joinNicknames(ctx: MentionContext, mentions: Mention[]): Mention[] {
  const { tokens } = ctx;
  const byFirst = new Map(mentions.map((m) => [m.first, m]));
  const dropped = new Set<Mention>();
  const joined: Mention[] = [];
  for (const given of mentions) {
    if (given.known || given.institution || given.last - given.first > 2 || given.type === 'Location') continue;
    if (!OPENING_QUOTES.has(tokens[given.last]?.text ?? '')) continue;
    const close = [2, 3, 4, 5].map((n) => given.last + n).find((k) => CLOSING_QUOTES.has(tokens[k]?.text ?? ''));
    const family = close === undefined ? undefined : byFirst.get(close + 1);
    if (!family || family.known || family.last - family.first > 2 || family.sentence !== given.sentence) continue;
    if (tokens[family.first].start !== tokens[close!].end + 1) continue;
    for (const m of mentions) if (m.first >= given.first && m.last <= family.last) dropped.add(m);
    const nickname = ctx.text.slice(tokens[given.last + 1].start, tokens[close! - 1].end);
    const person = makeMention(ctx, given.first, family.last, { type: 'Person', nickname });
    joined.push({ ...person, name: `${given.name} ${family.name}` });
  }
  return joined.length ? [...mentions.filter((m) => !dropped.has(m)), ...joined] : mentions;
}

/**
 * "the Mopti region", "Rakhine state", "Ann township": the division is another place than the town it is named
 * after, so the noun stays in its name and a known city's identity does not apply.
 */
export function keepDivisionsWhole(ctx: MentionContext, mentions: Mention[]): void {
  const { tokens, text } = ctx;
  for (const m of mentions) {
    const noun = tokens[m.last];
    // A lone given name may be a place's too ("Ann township"); an organization's name is not a division's.
    const placeLike =
      m.type === null || m.type === 'Location' || (m.type === 'Person' && !m.known && m.last - m.first === 1);
    if (m.modifier || m.known?.kind === 'country' || !placeLike) continue;
    if (!noun || noun.sentence !== m.sentence || !DIVISION_NOUNS.has(noun.text)) continue;
    // "the Kharkiv region’s governor" keeps the region; "Shan state media" is the state's media, not a division.
    const after = tokens[m.last + 1];
    if (after && after.sentence === m.sentence && after.pos === 'NOUN' && after.text === after.lower) continue;
    m.divisionOf = m.name;
    m.last += 1;
    m.end = noun.end;
    m.name = text.slice(m.start, m.end);
    m.type = 'Location';
    m.known = undefined;
  }
}

/**
 * Title Case capitalizes every word, so a name found only in a headline is no evidence of one ("Get Out of Prison
 * Early"): it is kept where the body names it too, cut down to the name the body uses ("Scammed Wall Street").
 */
export function namesBeyondHeadlines(ctx: MentionContext, mentions: Mention[]): Mention[] {
  const titled = titleCaseTokens(ctx.text, ctx.tokens);
  const body = mentions.filter((m) => !titled[m.first]);
  const bodyNames = new Set(body.map((m) => normalizeName(m.name)));
  const bodySurnames = new Set(
    body
      .filter((m) => (m.type === 'Person' || m.type === null) && !m.known && m.last - m.first > 1)
      .map((m) => ctx.words[m.last - 1]),
  );
  const kept: Mention[] = [];
  for (const m of mentions) {
    const name = normalizeName(m.name);
    if (!titled[m.first] || m.known || m.institution || bodyNames.has(name)) {
      kept.push(m);
      continue;
    }
    if (body.some((b) => ` ${normalizeName(b.name)} `.includes(` ${name} `))) {
      kept.push(m);
      continue;
    }
    const inner = body
      .filter((b) => b.last - b.first < m.last - m.first && ` ${name} `.includes(` ${normalizeName(b.name)} `))
      .sort((a, b) => b.last - b.first - (a.last - a.first))[0];
    const at = inner ? findWords(ctx.words, inner, m) : -1;
    if (inner && at >= 0) {
      kept.push(makeMention(ctx, at, at + inner.last - inner.first, { type: inner.type, known: inner.known }));
      continue;
    }
    // "Okonkwo Charged With Fraud" over a story about Emeka Okonkwo: the surname of a person the body names.
    const surnameAt = ctx.words.slice(m.first, m.last).findIndex((w) => bodySurnames.has(w));
    if (surnameAt >= 0) kept.push(makeMention(ctx, m.first + surnameAt, m.first + surnameAt + 1, { type: 'Person' }));
  }
  return kept;
}

const CODE_NAMING = new Set(['dubbed', 'named', 'codenamed', 'called']);

/** "the probe dubbed “Collector”", "a police operation, code-named Flowing Shade,": an operation's name is no entity. */
export function dropCodeNames(ctx: MentionContext, mentions: Mention[]): Mention[] {
  return mentions.filter((m) => !namesOperation(ctx.tokens, m.first));
}

function namesOperation(tokens: Token[], first: number): boolean {
  let k = first - 1;
  while (k >= 0 && OPENING_QUOTES.has(tokens[k].text)) k--;
  if (k < 0 || !CODE_NAMING.has(tokens[k].lower)) return false;
  if (tokens[k - 1]?.text === '-' && tokens[k - 2]?.lower === 'code') k -= 2;
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) if (OPERATION_NOUNS.has(tokens[j].lower)) return true;
  return false;
}

/** Where the words of `inner` occur inside `outer`'s token range, or -1. */
function findWords(words: string[], inner: Mention, outer: Mention): number {
  const length = inner.last - inner.first;
  for (let k = outer.first; k + length <= outer.last; k++) {
    let same = true;
    for (let j = 0; j < length && same; j++) same = words[k + j] === words[inner.first + j];
    if (same) return k;
  }
  return -1;
}
