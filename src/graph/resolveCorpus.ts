// Cross-document resolution: the entities of all documents become one entity per real-world thing.
import type { EntityIdentity, DocumentExtraction, LocalEntity } from '../model/extraction.ts';
import {
  editDistance,
  headWord,
  normalizeName,
  spelledWithOtherVowel,
  transliterationKey,
  vowelSkeleton,
} from '../extract/names.ts';
import { companyShortName } from '../extract/shortForms.ts';
import { DIVISION_NOUNS } from '../extract/gazetteers/places.ts';
import { countryOf } from '../extract/lexicon.ts';
import { UnionFind } from '../extract/unionFind.ts';
import { addTo } from '../extract/multiMap.ts';

/** A merge that rests on a likeness rather than an identical name. */
export interface FuzzyMerge {
  from: number;
  into: number;
  reason: string;
  confidence: number;
  applied: boolean;
}

export interface CorpusResolution {
  /** Flat list of every document's entities, in document order. */
  locals: { doc: number; entity: LocalEntity }[];
  /** Flat index -> cluster root (a flat index). */
  rootOf: (flat: number) => number;
  merges: FuzzyMerge[];
}

export interface ResolveOptions {
  /** Pairs of names a user said are different entities: never merged by likeness. */
  separate?: [string, string][];
}

const vowels = /[aeiouy]/g;
/** An ambiguous short form with more candidates than this is neither merged nor listed for review. */
const MAX_SUGGESTIONS = 3;
/** Acronyms this short name too many things to join a document that never spells them out to one that does. */
const MAX_AMBIGUOUS_ACRONYM = 2;
/**
 * Blocking key for spelling variants: the given name up to transliteration ("Oleksii" ~ "Oleksiy"), the same
 * consonants in the surname ("Yosov" ~ "Yusov").
 */
const skeleton = (id: EntityIdentity) =>
  `${transliterationKey(id.given!)}|${id.surname!.toLowerCase().replace(vowels, '')}`;
/** Surnames one letter apart once transliteration is folded ("Zelenskyy" ~ "Zelenskiy", "Yosov" ~ "Yusov"). */
const spelledAlike = (a: string, b: string) => editDistance(transliterationKey(a), transliterationKey(b), 1) <= 1;

/**
 * Exact keys first (a known entity, an institution, a full name, its reordered words, an acronym), then
 * partial names that point to one fuller name, then spelling variants. Every index lookup is a hash map,
 * so the cost grows with the number of entities, not its square.
 */
export function resolveCorpus(extractions: DocumentExtraction[], options: ResolveOptions = {}): CorpusResolution {
  const locals = extractions.flatMap((x, doc) => x.entities.map((entity) => ({ doc, entity })));
  const uf = new UnionFind(locals.length);
  const merges: FuzzyMerge[] = [];
  const names = (i: number) => [locals[i].entity.label, ...locals[i].entity.aliases].map((n) => n.toLowerCase());
  const separated = new Set(
    (options.separate ?? []).flatMap(([a, b]) => [
      `${a.toLowerCase()}|${b.toLowerCase()}`,
      `${b.toLowerCase()}|${a.toLowerCase()}`,
    ]),
  );
  const keptApart = (a: number, b: number) => names(a).some((x) => names(b).some((y) => separated.has(`${x}|${y}`)));

  const exact = new Map<string, number>();
  const join = (key: string, i: number) => {
    const seen = exact.get(key);
    if (seen === undefined) exact.set(key, i);
    else uf.union(seen, i);
  };
  locals.forEach(({ entity: { type, label, identity: id } }, i) => {
    if (id.known) join(`k:${id.known}`, i);
    if (id.institution && !id.institution.endsWith(':?')) join(`i:${id.institution}`, i);
    // A name of several words is one thing whatever type one document's context gave it ("Rio de Janeiro" taken
    // for a person, "Patrick Drahi" for a place): the cluster takes the type most of its mentions have.
    for (const n of id.names) join(`n:${n}`, i);
    if (id.known && label.includes(' ')) join(`n:${normalizeName(label)}`, i);
    if (id.single) join(`${type}:s:${id.single}`, i);
    for (const { core, qualifier } of id.cores) if (qualifier) join(`${type}:c:${core}:${qualifier}`, i);
  });
  joinAcronyms(locals, uf);
  const wordBags = new Map<string, number>();
  locals.forEach(({ entity: { type, identity: id } }, i) => {
    for (const bag of id.bags) {
      const key = `${type}:${bag}`;
      const seen = wordBags.get(key);
      if (seen === undefined) wordBags.set(key, i);
      else if (uf.find(seen) !== uf.find(i)) likeness(i, [seen], 'same words in another order', 0.9);
    }
  });

  const partial = buildPartialIndex(locals, uf);
  locals.forEach(({ entity: { type, identity: id } }, i) => {
    if (id.institution?.endsWith(':?'))
      suggest(i, partial.get(`i:${id.institution.split(':')[0]}`), 'same kind of institution, country named elsewhere');
    for (const { core, qualifier } of id.cores)
      if (!qualifier) likeness(i, partial.get(`c:${core}`), 'same name without its country', 0.85);
    // "Rakhine" in one article (known or not), "Rakhine state" in another.
    const place = type === 'Location' && !id.names.length ? (id.single ?? locals[i].entity.label) : undefined;
    if (place) likeness(i, partial.get(`L:${normalizeName(place)}`), 'place without its division noun', 0.85);
    if (!id.single) return;
    if (type === 'Person') likeness(i, partial.get(`P:${id.single}`), 'surname of a full name', 0.8);

    if (type === 'Organization') {
      if (id.single.length > MAX_AMBIGUOUS_ACRONYM)
        likeness(i, partial.get(`A:${id.single}`), 'acronym of a full name', 0.8);
      // Within its own document the short form was already resolved, or found ambiguous ("Adani": the group or the man).
      const companies = partial.get(`S:${normalizeName(id.single)}`)?.filter((j) => locals[j].doc !== locals[i].doc);
      likeness(i, companies, 'short form of a company name', 0.8);
      suggest(i, partial.get(`H:${id.single.toLowerCase()}`), 'short form of a full name in another document');
      // "Telecel" in one article, "Telecel Zimbabwe" in another: the group or its business in that country.
      suggest(i, partial.get(`M:${normalizeName(id.single)}`), 'company name without its country');
    }
  });

  const variants = new Map<string, number[]>();
  locals.forEach(({ entity: { type, identity: id } }, i) => {
    if (type !== 'Person' || !id.surname || id.surname.length < 4) return;
    const key = skeleton(id);
    const earlier = distinctSpellings(variants.get(key) ?? []);
    variants.set(key, earlier);
    const similar = earlier.filter((j) => spelledAlike(locals[j].entity.identity.surname!, id.surname!));
    if (similar.length) likeness(i, similar, 'name spelled differently', 0.75);
    earlier.push(i);
  });

  // "Idleb" in one article, "Idlib" in another. A known place is common enough to have namesakes spelt one vowel
  // off ("Columbia" is a city as well as a misspelt "Colombia"): a merge with one is only suggested.
  const placeSpellings = new Map<string, number[]>();
  const listedSpellings = new Set<string>();
  locals.forEach(({ entity: { type, label, aliases, identity: id } }, i) => {
    if (type !== 'Location') return;
    const spellings = [label, ...aliases];
    const keys = new Set(spellings.flatMap((n) => vowelSkeleton(n) ?? []));
    const alike = [...keys]
      .flatMap((k) => placeSpellings.get(k) ?? [])
      .filter((j) => {
        const other = locals[j].entity;
        return [other.label, ...other.aliases].some((x) => spellings.some((y) => spelledWithOtherVowel(x, y)));
      });
    const known = alike.filter((j) => id.known || locals[j].entity.identity.known);
    if (alike.length > known.length)
      likeness(
        i,
        alike.filter((j) => !known.includes(j)),
        'place name spelled differently',
        0.75,
      );
    if (known.length) suggest(i, known, 'place name spelled differently');
    // One entity per spelling and cluster is enough to find it: a place named in every document stays one entry.
    const spelling = `${uf.find(i)}|${normalizeName(label)}`;
    if (!listedSpellings.has(spelling)) for (const k of keys) addTo(placeSpellings, k, i);
    listedSpellings.add(spelling);
  });

  /**
   * The first entity of each surname spelling in each cluster, in order. A later one of the same spelling and
   * cluster can add no candidate cluster the first does not, and keeping them all (a common name's entity in
   * every document) made each name's scan grow with the corpus, and resolution with its square.
   */
  function distinctSpellings(entities: number[]): number[] {
    const seen = new Set<string>();
    return entities.filter((j) => {
      const spelling = `${uf.find(j)}|${locals[j].entity.identity.surname}`;
      return !seen.has(spelling) && !!seen.add(spelling);
    });
  }

  /**
   * Lists a possible merge without making it: "the Supreme Court" or "the Legion" in one article may well be another
   * country's court or another legion than the one a different article names.
   */
  function suggest(i: number, candidates: number[] | undefined, reason: string): void {
    // Past a few candidates a suggestion helps nobody (and listing them all would grow with the corpus squared).
    for (const into of otherRoots(i, candidates) ?? [])
      merges.push({ from: i, into, reason, confidence: 0.5, applied: false });
  }

  /**
   * The clusters other than i's that the candidates belong to, in order, or null past MAX_SUGGESTIONS of them. It
   * stops counting there: a common surname or head noun has candidates in proportion to the corpus, and reading them
   * all for each of its mentions made resolution grow with the corpus squared.
   */
  function otherRoots(i: number, candidates: number[] | undefined): number[] | null {
    const own = uf.find(i);
    const roots = new Set<number>();
    for (const c of candidates ?? []) {
      const root = uf.find(c);
      if (root === own) continue;
      roots.add(root);
      if (roots.size > MAX_SUGGESTIONS) return null;
    }
    return [...roots];
  }

  /** Merges `i` into the one cluster the candidates form; several clusters make it ambiguous, so it is only listed. */
  function likeness(i: number, candidates: number[] | undefined, reason: string, confidence: number): void {
    const roots = otherRoots(i, candidates);
    if (!roots?.length) return;
    const apart = roots.some((r) => keptApart(i, r));
    const applied = roots.length === 1 && !apart;
    merges.push(
      ...roots.map((r) => ({
        from: i,
        into: r,
        reason: apart ? `${reason} (kept apart by curation)` : roots.length > 1 ? `${reason} (ambiguous)` : reason,
        confidence: applied ? confidence : confidence / 2,
        applied,
      })),
    );
    if (applied) uf.union(i, roots[0]);
  }

  return { locals, rootOf: (i) => uf.find(i), merges };
}

/**
 * Entities that go by one acronym. Two documents that spell it out differently ("Somali National Army (SNA)",
 * "Syrian National Army (SNA)") name two organizations, and a document that only writes it then names neither for
 * sure; one of two letters ("AA", "EC") stands for too many names to join a document that never spells it out.
 */
function joinAcronyms(locals: { doc: number; entity: LocalEntity }[], uf: UnionFind): void {
  const byAcronym = new Map<string, number[]>();
  locals.forEach(({ entity: { type, identity: id } }, i) => {
    for (const a of id.acronyms) addTo(byAcronym, `${type}:${a}`, i);
  });
  for (const [key, members] of byAcronym) {
    const acronym = key.slice(key.indexOf(':') + 1);
    const spelled = members.filter((i) => {
      const { type, identity: id } = locals[i].entity;
      return type === 'Organization' ? id.initials.includes(acronym) : id.names.length > 0;
    });
    const roots = new Set(spelled.map((i) => uf.find(i)));
    // Bare ones of two letters still join one another: their single name is one key already.
    if (roots.size > 1 || (roots.size && acronym.length <= MAX_AMBIGUOUS_ACRONYM)) continue;
    for (const i of members.slice(1)) uf.union(members[0], i);
  }
}

/** Fuller names by the partial forms that may stand for them: surname, acronym, head noun, core name. */
function buildPartialIndex(locals: { entity: LocalEntity }[], uf: UnionFind): Map<string, number[]> {
  const index = new Map<string, number[]>();
  const roots = new Map<string, Set<number>>();
  const add = (key: string, i: number) => {
    const seen = roots.get(key) ?? new Set<number>();
    if (seen.has(uf.find(i))) return;
    seen.add(uf.find(i));
    roots.set(key, seen);
    addTo(index, key, i);
  };
  locals.forEach(({ entity: { type, identity: id } }, i) => {
    if (id.institution && !id.institution.endsWith(':?')) add(`i:${id.institution.split(':')[0]}`, i);
    for (const { core } of id.cores) add(`c:${core}`, i);
    if (type === 'Person' && id.surname) add(`P:${id.surname}`, i);
    if (type === 'Location')
      for (const n of id.names) {
        const words = n.split(' ');
        if (words.length === 2 && DIVISION_NOUNS.has(words[1])) add(`L:${words[0]}`, i);
      }
    if (type === 'Organization') for (const a of id.initials) add(`A:${a}`, i);
    // "Rogers" in one article, "Rogers Communications Inc" in another.
    if (type === 'Organization')
      for (const n of id.names) {
        const short = companyShortName(n);
        if (short) add(`S:${short}`, i);
      }
    if (type === 'Organization' && id.names.length) for (const n of id.names) add(`H:${headWord(n)}`, i);
    if (type === 'Organization')
      for (const n of [locals[i].entity.label, ...locals[i].entity.aliases]) {
        const words = n.split(' ');
        if (words.length === 2 && countryOf(words[1])) add(`M:${normalizeName(words[0])}`, i);
      }
  });
  return index;
}
