// Who imposes the sanctions a document reports. News names the sanctioning body once ("The Treasury on Tuesday
// imposed sanctions on …") and then lists what it sanctioned without it: "A and B were designated", "the
// companies sanctioned include A, B and C". Those sentences take the body named last, a few sentences back at most.
import { SANCTION_MARKERS } from '../../gazetteers/groupWords.ts';
import {
  ADDING_VERBS,
  BLACKLIST_NOUNS,
  BLACKLIST_QUALIFIERS,
  IMPOSING_VERBS,
  LISTING_VERBS,
  SANCTION_NOUNS,
  SANCTION_VERBS,
} from '../../gazetteers/relationWords.ts';
import { subjectOfVerb, type SentenceStructure } from '../../structure/index.ts';
import type { Argument, RelationContext } from '../context.ts';
import { ownerOf, phraseArguments } from './referents.ts';

const SANCTIONER_TYPES = ['Organization', 'Location'] as const;
/** How many sentences back a sanctioning body is still the one meant. */
const REACH = 6;
const NOUNS = new Set(SANCTION_NOUNS);
const VERBS = new Set([...SANCTION_VERBS, ...LISTING_VERBS]);
const LISTS = new Set(BLACKLIST_NOUNS);
const QUALIFIERS = new Set(BLACKLIST_QUALIFIERS);
const ADDING = new Set(ADDING_VERBS);

/** The first entity among `args` that can impose sanctions. */
function firstSanctioner(args: Argument[]): number | null {
  for (const arg of args) {
    const ids = arg.resolve(SANCTIONER_TYPES);
    if (ids.length) return ids[0];
  }
  return null;
}

/** "placed X on its sanctions list": whose list it is, else who adds to it. */
function listAdder(ctx: RelationContext, st: SentenceStructure, p: number): number | null {
  const phrase = st.phrases[p];
  if (!LISTS.has(ctx.tokens[phrase.head].lower)) return null;
  if (!phrase.modifiers.some((i) => QUALIFIERS.has(ctx.tokens[i].lower))) return null;
  const owner = firstSanctioner(ownerOf(ctx, st, p));
  if (owner !== null) return owner;
  // The adding verb before the list in its clause: "placed X, as well as Y, on its sanctions list".
  const v = st.verbs.findLastIndex(
    (verb) =>
      verb.last <= phrase.first &&
      verb.clause === phrase.clause &&
      verb.voice === 'active' &&
      ADDING.has(ctx.tokens[verb.head].lower),
  );
  if (v < 0) return null;
  const subject = subjectOfVerb(st, v);
  return subject === null ? null : firstSanctioner(phraseArguments(ctx, st, subject));
}

const IMPOSING = new Set(IMPOSING_VERBS);

/** "The UK expanded sanctions", "Norway widens sanctions": the subject of the verb the sanctions are the object of. */
function subjectActingOn(ctx: RelationContext, st: SentenceStructure, p: number): number | null {
  const phrase = st.phrases[p];
  const v = phrase.preposition === null ? st.verbAt[phrase.first - st.first - 1] : -1;
  if (v === undefined || v < 0 || st.verbs[v].voice !== 'active' || st.verbs[v].negated) return null;
  // Not "the airline evaded sanctions": only who imposes or widens them.
  if (!IMPOSING.has(ctx.tokens[st.verbs[v].head].lower)) return null;
  const subject = subjectOfVerb(st, v);
  return subject === null ? null : firstSanctioner(phraseArguments(ctx, st, subject));
}

/**
 * The body a sentence says imposes sanctions: the owner of "sanctions", who adds to a sanctions list, or who
 * sanctions or designates.
 */
function sanctionerIn(ctx: RelationContext, st: SentenceStructure): number | null {
  for (let p = 0; p < st.phrases.length; p++) {
    const owner = NOUNS.has(ctx.tokens[st.phrases[p].head].lower)
      ? (firstSanctioner(ownerOf(ctx, st, p)) ?? subjectActingOn(ctx, st, p))
      : listAdder(ctx, st, p);
    if (owner !== null) return owner;
  }
  for (let v = 0; v < st.verbs.length; v++) {
    const verb = st.verbs[v];
    if (verb.negated || !VERBS.has(ctx.tokens[verb.head].lower)) continue;
    const agent =
      verb.voice === 'active'
        ? subjectOfVerb(st, v)
        : st.phrases.findIndex(
            (q) =>
              q.attachedTo?.kind === 'verb' &&
              q.attachedTo.index === v &&
              ctx.tokens[q.preposition ?? -1]?.lower === 'by',
          );
    const found = agent === null || agent < 0 ? null : firstSanctioner(phraseArguments(ctx, st, agent));
    if (found !== null) return found;
  }
  return null;
}

interface DocumentSanctioners {
  /** Sentences that name a sanctioning body, in order. */
  named: { entity: number; sentence: number }[];
  /** Items of a bulleted list of what was sanctioned ("… include:" then "• A", "• B"), with the body meant. */
  listItems: Map<number, number>;
}

const BULLETS = new Set(['•', '·', '▪', '-', '–', '*']);
const MARKERS = new Set(SANCTION_MARKERS);

/** "The six sanctioned companies include:": a sentence about sanctions that opens a list. */
function opensSanctionsList(ctx: RelationContext, st: SentenceStructure): boolean {
  if (st.last <= st.first || ctx.tokens[st.last - 1].text !== ':') return false;
  for (let i = st.first; i < st.last; i++) if (MARKERS.has(ctx.tokens[i].lower)) return true;
  return false;
}

const sanctionersByDocument = new WeakMap<RelationContext, DocumentSanctioners>();

/** The sanctioning bodies of a document, found once and only when a rule asks. */
function sanctionersOf(ctx: RelationContext): DocumentSanctioners {
  let found = sanctionersByDocument.get(ctx);
  if (found) return found;
  found = { named: [], listItems: new Map() };
  let list: number | null = null;
  for (const st of ctx.structure) {
    const entity = sanctionerIn(ctx, st);
    if (entity !== null) found.named.push({ entity, sentence: st.sentence });
    if (opensSanctionsList(ctx, st)) list = latestSanctioner(found.named, st.sentence);
    else if (list !== null && BULLETS.has(ctx.tokens[st.first]?.text)) found.listItems.set(st.sentence, list);
    else list = null;
  }
  sanctionersByDocument.set(ctx, found);
  return found;
}

function latestSanctioner(named: DocumentSanctioners['named'], s: number): number | null {
  const last = named.findLast((f) => f.sentence <= s);
  return last && s - last.sentence <= REACH ? last.entity : null;
}

const asArgument = (ctx: RelationContext, entity: number | null | undefined): Argument[] =>
  entity === null || entity === undefined
    ? []
    : [{ first: -1, last: -1, resolve: (types) => (types.includes(ctx.entities[entity].type) ? [entity] : []) }];

/** The sanctioning body sentence `s` means: named in it, else the last one named up to `REACH` sentences before. */
export function sanctionerAt(ctx: RelationContext, s: number): Argument[] {
  return asArgument(ctx, latestSanctioner(sanctionersOf(ctx).named, s));
}

/** The sanctioning body of the sanctions list sentence `s` is an item of ("• A and its vessels"), if it is one. */
export function listSanctionerAt(ctx: RelationContext, s: number): Argument[] {
  return asArgument(ctx, sanctionersOf(ctx).listItems.get(s));
}
