// Relations stated by the shape of a phrase rather than a verb: "X of the Legion", "Nyala, the capital of
// South Darfur", "Abuja, Nigeria", "the Khartoum-based think tank X", "Aleppo’s Sheikh Maqsoud".
import { isGroupLike } from '../coreference.ts';
import { BENCH_TITLES } from '../gazetteers/people.ts';
import { roleRelation } from '../gazetteers/relationWords.ts';
import { COMPASS_WORDS } from '../gazetteers/phraseWords.ts';
import { PLACE_NOUNS, REGION_ABBREVIATIONS } from '../gazetteers/places.ts';
import { pushAll } from '../multiMap.ts';
import { nameArgument, namedEntity, referents } from './patterns/referents.ts';
import { withConjuncts } from '../structure/index.ts';
import { objectsAfter } from './slots.ts';
import { argumentAt, type Argument, type RelationContext } from './context.ts';
import { relate, single, type Found } from './relate.ts';
import type { RelationRule } from './rules.ts';
import { staffRelation } from './workplaces.ts';

const entityAt = (ctx: RelationContext, i: number) =>
  ctx.argumentAt[i] ? ctx.entities[ctx.argumentAt[i]!.entity] : undefined;
const typeAt = (ctx: RelationContext, i: number) => entityAt(ctx, i)?.type;
/** Each argument mention of the sentence, once, by its last token. */
function mentionEnds(ctx: RelationContext, s: number): number[] {
  const { first, last } = ctx.sentences[s];
  const ends: number[] = [];
  for (let i = first; i < last; i++) if (ctx.argumentAt[i] && ctx.argumentAt[i]!.last - 1 === i) ends.push(i);
  return ends;
}

/**
 * Where "of" would stand after a person's name: past a comma, past an age ("Ivan Dorn, 63, of …") and past a short
 * parenthesis ("Ivan Dorn (2001-2006), of …").
 */
function afterPerson(ctx: RelationContext, i: number): number {
  const { tokens } = ctx;
  if (tokens[i + 1]?.text === '(') {
    const close = tokens.slice(i + 2, i + 6).findIndex((t) => t.text === ')');
    if (close >= 0 && tokens[i + close + 3]?.text === ',') i += close + 2;
  }
  if (tokens[i + 1]?.text !== ',') return i + 1;
  return tokens[i + 2]?.pos === 'NUM' && /^\d{1,3}$/.test(tokens[i + 2].text) && tokens[i + 3]?.text === ','
    ? i + 4
    : i + 2;
}

const TITLE_RELATIONS: ReadonlySet<string> = new Set(['LEADS', 'SPOKESPERSON_FOR']);

export const personOfRule: RelationRule = {
  id: 'person-of',
  description:
    'a person "of" an organization: "Baranovsky, of the Legion, said", "Ivan Dorn, 63, of the Example Gang"; a judge works for the court ("Justice Ivan Dorn of the High Court")',
  run(ctx, s) {
    const found: Found[] = [];
    for (const i of mentionEnds(ctx, s)) {
      if (typeAt(ctx, i) !== 'Person') continue;
      const of = afterPerson(ctx, i);
      if (ctx.tokens[of]?.lower !== 'of') continue;
      const title = ctx.tokens[ctx.argumentAt[i]!.first - 1]?.lower ?? '';
      // "Interim leader Ivan Dorn of the Example Party": the role rule reads that the title makes the person its head
      // or spokesperson; other titles ("lawmaker Ivan Dorn of …") leave the person a member.
      if (TITLE_RELATIONS.has(roleRelation(title) ?? 'MENTIONED_WITH')) continue;
      const bench = BENCH_TITLES.has(title);
      const organization = objectsAfter(ctx, ctx.structure[s], of + 1).slice(0, 1);
      // "Gen. Ivan Dorn of the Velmar Police": of an employer, a person works for it.
      const type = staffRelation(ctx, bench ? 'WORKS_FOR' : 'MEMBER_OF', organization, true);
      pushAll(found, relate(type, single(argumentAt(ctx, i)), organization));
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

/** The last organization named before `before` whose names contain the word ("intelligence" -> GUR). */
function lastNamedWith(ctx: RelationContext, word: string, before: number, from: number): number | null {
  for (let i = before - 1; i >= from; i--) {
    const e = entityAt(ctx, i);
    if (e?.type === 'Organization' && [e.label, ...e.aliases].some((n) => n.toLowerCase().split(/\W+/).includes(word)))
      return e.id;
  }
  return null;
}

export const describedPartRule: RelationRule = {
  id: 'described-part',
  description: 'a part described by what it does: "the intelligence branch of the Defense Ministry" after naming GUR',
  run(ctx, s) {
    const { first, last } = ctx.sentences[s];
    const found: Found[] = [];
    for (let i = first + 1; i < last - 2; i++) {
      const descriptor = ctx.tokens[i - 1];
      if (
        !PART_NOUNS.has(ctx.tokens[i].lower) ||
        ctx.tokens[i + 1].lower !== 'of' ||
        !['NOUN', 'ADJ'].includes(descriptor.pos)
      )
        continue;
      const part = lastNamedWith(ctx, descriptor.lower, i - 1, ctx.sentences[Math.max(0, s - 2)].first);
      if (part === null) continue;
      const partArg: Argument = {
        first: i - 1,
        last: i + 1,
        resolve: (types) => (types.includes(ctx.entities[part].type) ? [part] : []),
      };
      pushAll(found, relate('PART_OF', [partArg], objectsAfter(ctx, ctx.structure[s], i + 2).slice(0, 1)));
    }
    return found;
  },
};

/**
 * Organizations that sit somewhere, by a word of their name ("the Carnegie Middle East Center in Beirut", "Bank
 * Vontobel in Zurich", "the Fifth Circuit Court of Appeals in Houston"), unlike armed groups that act there.
 */
const PLACE_BOUND =
  /\b(?:Center|Centre|Institute|University|College|School|Academy|Foundation|Tribunal|Court|Bank|Hospital|Embassy|Consulate|Observatory|Museum|Office|Exchange|Library|Council|Refinery)\b/;

/** Whether the phrase at token `i` is in apposition ("Abuja, Nigeria,"), not the next item of a list. */
function renames(ctx: RelationContext, s: number, i: number): boolean {
  const st = ctx.structure[s];
  const p = st.phraseAt[i - st.first];
  return p >= 0 && st.phrases[p].appositionOf !== null;
}

const POSSESSIVE_MARKS = new Set(['’s', "'s", '’', "'"]);

/** What a place is the centre of: "Nyala, the capital of South Darfur", "El Fasher, the centre of North Darfur". */
const CENTRE_NOUNS = new Set([
  'capital',
  'centre',
  'center',
  'seat',
  'hub',
  'hamlet',
  'settlement',
  'municipality',
  'commune',
  'plain',
  'valley',
  'island',
  'enclave',
  'community',
]);

const COMPASS_WORD = new Set(COMPASS_WORDS);

const COUNTRY = (ctx: RelationContext, i: number) => entityAt(ctx, i)?.identity.known?.startsWith('country:');

export const placeRule: RelationRule = {
  id: 'place',
  description:
    'where something is: "Nyala, the capital of South Darfur", "Abuja, Nigeria", "the Middle East Institute in Washington", "Aleppo’s Sheikh Maqsoud"',
  run(ctx, s) {
    const { tokens } = ctx;
    const found: Found[] = [];
    for (const i of mentionEnds(ctx, s)) {
      const here = single(argumentAt(ctx, i));
      const type = typeAt(ctx, i);
      const next = tokens[i + 1];
      // "Abuja, Nigeria": a place, then a country.
      if (
        type === 'Location' &&
        !COUNTRY(ctx, i) &&
        next?.text === ',' &&
        COUNTRY(ctx, i + 2) &&
        ctx.argumentAt[i + 2]!.first === i + 2 &&
        renames(ctx, s, i + 2)
      ) {
        pushAll(found, relate('LOCATED_IN', here, single(argumentAt(ctx, i + 2))));
      }
      // "Laval, Que.": a town, then the abbreviation of its state or province, when the document names it.
      const region =
        next?.text === ',' ? REGION_ABBREVIATIONS.get(tokens[i + 2]?.text.replace(/\.$/, '') ?? '') : undefined;
      if (type === 'Location' && region && (tokens[i + 2].text.endsWith('.') || tokens[i + 3]?.text === '.'))
        pushAll(found, relate('LOCATED_IN', here, single(namedEntity(ctx, region))));
      // "Livorno in Tuscany", "Bakhmut in the Donetsk region": a place right before "in" and a larger place; not a
      // country ("the role of Russia in Syria").
      // "Stavanger in western Norway", "Bakhmut in the Donetsk region": past "the" and a compass word.
      let larger = i + 2;
      if (tokens[larger]?.lower === 'the' && !ctx.argumentAt[larger]) larger++;
      while (COMPASS_WORD.has(tokens[larger]?.lower ?? '') && !ctx.argumentAt[larger]) larger++;
      if (
        type === 'Location' &&
        !COUNTRY(ctx, i) &&
        next?.lower === 'in' &&
        typeAt(ctx, larger) === 'Location' &&
        ctx.argumentAt[larger]!.first === larger &&
        !POSSESSIVE_MARKS.has(tokens[ctx.argumentAt[larger]!.last]?.text ?? '')
      )
        pushAll(found, relate('LOCATED_IN', here, single(argumentAt(ctx, larger))));
      // "Nyala, the capital of South Darfur" / "Tinzaouaten, a remote town in the Kidal region".
      // Past modifiers that are place nouns too: "Bergen, a port city in Norway", "the second-largest city in".
      if (type === 'Location' && next?.text === ',') {
        for (let k = i + 2; k < Math.min(tokens.length, i + 9); k++) {
          const placeNoun = PLACE_NOUNS.has(tokens[k].lower) || CENTRE_NOUNS.has(tokens[k].lower);
          if (placeNoun && ['of', 'in'].includes(tokens[k + 1]?.lower)) {
            // "in south east Ukraine": past compass words the chunker left out of the phrase.
            const st = ctx.structure[s];
            let at = k + 2;
            while (COMPASS_WORD.has(tokens[at]?.lower ?? '') && st.phraseAt[at - st.first] < 0) at++;
            pushAll(found, relate('LOCATED_IN', here, objectsAfter(ctx, st, at).slice(0, 1)));
            break;
          }
          // The tagger calls some modifiers adverbs: "a large plain", "a region in south east Ukraine".
          if (!['DET', 'ADJ', 'ADV', 'NOUN', 'NUM'].includes(tokens[k].pos) && tokens[k].text !== '-') break;
        }
      }
      // "the Competition Appeal Tribunal in London": an institution right before "in" and a place.
      const entity = entityAt(ctx, i);
      if (
        type === 'Organization' &&
        next?.lower === 'in' &&
        typeAt(ctx, i + 2) === 'Location' &&
        entity &&
        (!isGroupLike(entity) || PLACE_BOUND.test(entity.label))
      ) {
        pushAll(found, relate('LOCATED_IN', here, single(argumentAt(ctx, i + 2))));
      }
      // "Aleppo’s Sheikh Maqsoud neighbourhood".
      if (type === 'Location' && ['’s', "'s"].includes(next?.text ?? '') && typeAt(ctx, i + 2) === 'Location') {
        pushAll(found, relate('LOCATED_IN', single(argumentAt(ctx, i + 2)), here));
      }
    }
    pushAll(found, countryPossessions(ctx, s));
    return found;
  },
};

/** Words that make an organization a business: "India’s Example group", "Kenya’s Example Bank". */
const COMPANY_WORDS = new Set(
  'group company firm conglomerate bank corporation holdings airline airlines airways motors operator lender insurer fc club'.split(
    ' ',
  ),
);

/**
 * Whether the organization mentioned at token `i` reads as a company or an outlet ("Qatar’s Al Jazeera"):
 * known as one, or named or followed so.
 */
function isCompany(ctx: RelationContext, i: number): boolean {
  const entity = entityAt(ctx, i)!;
  const kind = entity.identity.known?.split(':')[0];
  if (kind === 'company' || kind === 'media') return true;
  if (kind || entity.identity.institution) return false;
  const end = ctx.argumentAt[i]!.last;
  return COMPANY_WORDS.has(ctx.tokens[end - 1].lower) || COMPANY_WORDS.has(ctx.tokens[end]?.lower ?? '');
}

/**
 * "India’s Example Group", "Ukraine’s Example Service": a country's (or a city's) company is in it, its institutions are part of
 * it; its armed forces and other bodies are left to other rules (news calls them part of it, or active there). The
 * country may be written as a modifier only ("India’s" with no mention of its own).
 */
function countryPossessions(ctx: RelationContext, s: number): Found[] {
  const { first, last } = ctx.sentences[s];
  const found: Found[] = [];
  for (let k = first + 1; k < last - 1; k++) {
    if (!['’s', "'s"].includes(ctx.tokens[k].text)) continue;
    const possessed = entityAt(ctx, k + 1);
    const words = (from: number) =>
      ctx.tokens
        .slice(from, k)
        .map((t) => t.text)
        .join(' ');
    // A name used only as a modifier has no mention of its own: look it up by its words ("India", "South Africa").
    if (possessed?.type !== 'Organization' || ctx.argumentAt[k + 1]!.first !== k + 1) continue;
    const country = nameArgument(ctx, k - 1) ?? namedEntity(ctx, words(k - 1)) ?? namedEntity(ctx, words(k - 2));
    if (!country) continue;
    const place = country.resolve(['Location']);
    if (place.length !== 1) continue;
    // "London’s Example FC": a city's company is in it too; its other bodies are left to other rules.
    const isCountry = !!ctx.entities[place[0]].identity.known?.startsWith('country:');
    const relation =
      possessed.identity.institution && isCountry ? 'PART_OF' : isCompany(ctx, k + 1) ? 'LOCATED_IN' : null;
    if (relation) pushAll(found, relate(relation, single(argumentAt(ctx, k + 1)), [country]));
  }
  return found;
}

const COMPOUNDS = new Map<string, Parameters<typeof relate>[0]>([
  ['based', 'LOCATED_IN'],
  ['headquartered', 'LOCATED_IN'],
  ['registered', 'LOCATED_IN'],
  ['incorporated', 'LOCATED_IN'],
  ['backed', 'SUPPORTS'],
  ['funded', 'SUPPORTS'],
  ['sponsored', 'SUPPORTS'],
  ['supported', 'SUPPORTS'],
  ['armed', 'SUPPORTS'],
  ['allied', 'ALLIED_WITH'],
  ['aligned', 'ALLIED_WITH'],
  ['controlled', 'CONTROLS'],
  ['run', 'CONTROLS'],
  ['owned', 'CONTROLS'],
]);

export const compoundRule: RelationRule = {
  id: 'compound',
  description: 'hyphenated adjectives: "the Khartoum-based think tank X", "Turkey-backed Syrian National Army"',
  run(ctx, s) {
    const { tokens } = ctx;
    const found: Found[] = [];
    for (const m of ctx.compounds.filter((c) => c.sentence === s)) {
      const type = COMPOUNDS.get(tokens[m.last + 1]?.lower ?? '');
      if (!type) continue;
      const first: Argument = {
        first: m.first,
        last: m.last,
        resolve: (types) => (types.includes(ctx.entities[m.entity].type) ? [m.entity] : []),
      };
      // The organization described: named after the adjective, or before it ("Confluence Advisory, a Khartoum-based think tank").
      const st = ctx.structure[s];
      const p = st.phraseAt[m.first - st.first];
      // "Oslo-registered firms A and B": a plural noun after the adjective describes the whole list.
      const after = tokens[m.last + 2];
      const phrases = p < 0 ? [] : after?.pos === 'NOUN' && after.lower.endsWith('s') ? withConjuncts(st, p) : [p];
      let described = phrases.flatMap((q) =>
        referents(ctx, st, q)
          .filter((a) => a.first !== m.first)
          .slice(0, 1),
      );
      let k = m.first - 1;
      while (k > 0 && ['a', 'an', 'the'].includes(tokens[k].lower)) k--;
      if (!described.length && tokens[k]?.text === ',' && ctx.argumentAt[k - 1])
        described = single(argumentAt(ctx, k - 1));
      pushAll(found, type === 'LOCATED_IN' ? relate(type, described, [first]) : relate(type, [first], described));
    }
    return found;
  },
};

export const possessivePartRule: RelationRule = {
  id: 'possessive-part',
  description:
    'an organization’s unit: "Hezbollah’s elite Radwan Force", "the Justice Department’s Antitrust Division"',
  run(ctx, s) {
    const { tokens } = ctx;
    const found: Found[] = [];
    for (const i of mentionEnds(ctx, s)) {
      if (typeAt(ctx, i) !== 'Organization' || !['’s', "'s", '’'].includes(tokens[i + 1]?.text ?? '')) continue;
      let k = i + 2;
      while (tokens[k]?.pos === 'ADJ' && !ctx.argumentAt[k]) k++;
      if (typeAt(ctx, k) === 'Organization' && ctx.argumentAt[k]!.first === k) {
        pushAll(found, relate('PART_OF', single(argumentAt(ctx, k)), single(argumentAt(ctx, i))));
      }
    }
    return found;
  },
};
