// Groups a document's mentions into entities: one per real-world thing the document names.
import type { MergeReview } from '../model/graph.ts';
import { ORGANIZATION_HEADS, PARTY_WORDS } from './gazetteers/organizations.ts';
import type { LocalEntity } from '../model/extraction.ts';
import type { EntityType } from '../model/vocabulary.ts';
import { aliasStatements } from './aliasStatements.ts';
import { entityIdentity, entityLabel, entityAliases } from './entityNames.ts';
import type { Mention } from './mentions.ts';
import { isAcronym, PARTICLES } from './nameSpans.ts';
import {
  coreName,
  headWord,
  initials,
  normalizeName,
  organizationInitials,
  spelledWithOtherVowel,
  surname,
  transliterationKey,
  vowelSkeleton,
  wordBag,
} from './names.ts';
import type { Token } from './tokenize.ts';
import { companyShortName, standsFor } from './shortForms.ts';
import { bestType, typeVotes, type TypeVotes } from './typeCues.ts';
import { UnionFind } from './unionFind.ts';
import { countryOf } from './lexicon.ts';
import { addAllTo, addTo } from './multiMap.ts';

export interface DocumentEntities {
  entities: LocalEntity[];
  /** The mentions that name an entity, with the entity's index. */
  mentions: (Mention & { entity: number })[];
  reviews: MergeReview[];
}

const mentionKey = (m: Mention): string => {
  if (m.known) return `k:${m.known.id}`;
  if (m.institution) return `i:${m.institution.kind}:${m.institution.country ?? '?'}`;
  return `n:${m.type}:${normalizeName(m.name)}`;
};

/** Types the names that did not type themselves, pooling the context of all their mentions. */
function assignTypes(mentions: Mention[], tokens: Token[]): Mention[] {
  const words = tokens.map((t) => t.text);
  const votes = new Map<string, TypeVotes>();
  const personSurnames = new Set(
    mentions.filter((m) => m.type === 'Person' && m.last - m.first > 1).map((m) => normalizeName(surname(m.name))),
  );
  const nicknames = new Set(mentions.flatMap((m) => (m.nickname ? [normalizeName(m.nickname)] : [])));
  // "Shaw shares rose" after "Shaw Communications Inc": the short form of a company the document names.
  const companies = new Set(
    mentions.flatMap((m) => (m.type === 'Organization' ? [companyShortName(m.name) ?? ''] : [])),
  );
  for (const m of mentions) {
    if (m.type) continue;
    const key = normalizeName(m.name);
    const v = votes.get(key) ?? { Person: 0, Organization: 0, Location: 0 };
    const cue = typeVotes(m, tokens, words);
    for (const t of Object.keys(v) as EntityType[]) v[t] += cue[t];
    if (personSurnames.has(key) || personSurnames.has(normalizeName(surname(m.name))) || nicknames.has(key))
      v.Person += 5;
    if (companies.has(key)) v.Organization += 5;
    votes.set(key, v);
  }
  // "Moscow, Ryazan, Oryol and Bryansk": a name listed with names of one type is of that type too.
  const ordered = [...mentions].sort((a, b) => a.first - b.first);
  // One token between them, looked at without copying the tokens between every two mentions.
  const joiner = (a?: Mention, b?: Mention) => {
    const between = a && b && b.first - a.last === 1 ? tokens[a.last].lower : null;
    return between !== null && [',', 'and', 'or'].includes(between) ? between : null;
  };
  ordered.forEach((m, k) => {
    if (m.type) return;
    const [left, right] = [joiner(ordered[k - 1], m), joiner(m, ordered[k + 1])];
    // A comma alone may open an apposition ("the Arakan Army, Twan Mrat Naing,"): a list has "and" or "or", or
    // commas on both sides.
    const inList =
      left === 'and' || left === 'or' || right === 'and' || right === 'or' || (left === ',' && right === ',');
    if (!inList) return;
    for (const other of [left ? ordered[k - 1] : undefined, right ? ordered[k + 1] : undefined]) {
      if (other?.type && other.type !== 'Person') votes.get(normalizeName(m.name))![other.type] += 3;
    }
  });
  const voted = (m: Mention) => m.type ?? bestType(votes.get(normalizeName(m.name))!);
  // "Pierin Vincenz … Vincenz said": a surname alone, where the full name was typed a person by its own context.
  const votedSurnames = new Set(
    mentions
      .filter((m) => !m.type && m.last - m.first > 1 && voted(m) === 'Person')
      .map((m) => normalizeName(surname(m.name))),
  );
  // "Fomento Economico Mexicano SAB (Femsa)": a name in parentheses after a name is its short form, of its type.
  const byLast = new Map(mentions.map((m) => [m.last, m]));
  for (const m of mentions) {
    if (m.type || m.last - m.first !== 1) continue;
    const key = normalizeName(m.name);
    const v = votes.get(key)!;
    if (!personSurnames.has(key) && votedSurnames.has(key)) v.Person += 5;
    const full =
      tokens[m.first - 1]?.text === '(' && tokens[m.last]?.text === ')' ? byLast.get(m.first - 1) : undefined;
    const fullType = full && voted(full);
    if (fullType && fullType !== 'Location') v[fullType] += 5;
  }
  return mentions.filter((m) => {
    m.type ??= bestType(votes.get(normalizeName(m.name))!);
    return m.type !== null;
  });
}

interface Group {
  key: string;
  mentions: Mention[];
  type: EntityType;
  multiWord: boolean;
}

/** Joins one-word and partial names to the single fuller name they stand for; ambiguous ones go to review. */
function mergeGroups(groups: Group[], uf: UnionFind, reviews: MergeReview[]): void {
  const index = (keyOf: (g: Group) => string[]): Map<string, number[]> => {
    const map = new Map<string, number[]>();
    groups.forEach((g, i) => {
      for (const k of keyOf(g)) addTo(map, k, i);
    });
    return map;
  };
  // Each index below asks for every group's names: they are listed once per group.
  const nameLists = new Map<Group, string[]>();
  const names = (g: Group) => {
    let list = nameLists.get(g);
    if (!list) nameLists.set(g, (list = [...new Set(g.mentions.map((m) => m.name))]));
    return list;
  };
  const plain = (g: Group) => g.key.startsWith('n:');
  const joinAll = (map: Map<string, number[]>) => {
    for (const list of map.values()) for (const i of list.slice(1)) uf.union(list[0], i);
  };
  joinAll(index((g) => (plain(g) && g.multiWord ? names(g).map((n) => `${g.type}:${wordBag(n, g.type)}`) : [])));
  // "Mocímboa da Praia" typed a person by one mention's context and a place by another's: one name of several words
  // is one thing in a document, of the type its mentions vote for.
  joinAll(index((g) => (plain(g) && g.multiWord ? names(g).map((n) => `U:${normalizeName(n)}`) : [])));
  // "Sergey Lavrov" beside "Sergei Lavrov", or beside the known person a bare "Lavrov" named: one person, written in
  // two transliterations.
  const spelling = (n: string) => n.split(' ').map(transliterationKey).join(' ');
  const fullNames = (g: Group) => [...names(g), ...(g.mentions[0].known ? [g.mentions[0].known.label] : [])];
  joinAll(
    index((g) =>
      g.type === 'Person'
        ? fullNames(g)
            .filter((n) => n.includes(' '))
            .map((n) => `T:${spelling(n)}`)
        : [],
    ),
  );
  // "Idleb Province" beside "Idlib province": one place in two transliterations (two known places stay two).
  const placeSpellings = index((g) =>
    g.type === 'Location' ? names(g).flatMap((n) => (vowelSkeleton(n) ? [`V:${vowelSkeleton(n)}`] : [])) : [],
  );
  for (const list of placeSpellings.values())
    for (const i of list.slice(1)) {
      const [a, b] = [groups[list[0]], groups[i]];
      const alike = names(a).some((x) => names(b).some((y) => spelledWithOtherVowel(x, y)));
      if (alike && !(a.mentions[0].known && b.mentions[0].known)) uf.union(list[0], i);
    }
  // A known organization's name is a core too: "Lebanese Hezbollah" beside "Hezbollah".
  joinCores(
    index((g) =>
      g.type !== 'Organization'
        ? []
        : plain(g) && g.multiWord
          ? names(g).map((n) => normalizeName(withoutParent(coreName(n))))
          : g.mentions[0].known
            ? names(g).map(normalizeName)
            : [],
    ),
  );

  /**
   * "Ukrainian International Brigade" and "International Brigade" are one; "Pakistani Taliban" and "the Afghan
   * Taliban" are two organizations, and a bare "Taliban" beside both may be either (a merge to review).
   */
  function joinCores(map: Map<string, number[]>): void {
    for (const list of map.values()) {
      const byQualifier = new Map<string, number[]>();
      const bare: number[] = [];
      for (const i of list) {
        const qualifier = groups[i].mentions.find((m) => m.qualifier && coreName(m.name) !== m.name)?.qualifier;
        if (qualifier) addTo(byQualifier, qualifier, i);
        else bare.push(i);
      }
      if (byQualifier.size <= 1) {
        joinAll(new Map([['', list]]));
        continue;
      }
      joinAll(byQualifier);
      for (const i of bare) resolveTo(i, [...byQualifier.values()].flat(), 'same name without its country');
    }
  }

  const qualified = index((g) => (g.key.startsWith('i:') && !g.key.endsWith(':?') ? [g.key.split(':')[1]] : []));
  // "Suu Kyi" after "Aung San Suu Kyi", "Court of Appeals" after "5th U.S. Circuit Court of Appeals": the shorter
  // name is the end of the longer one.
  const endings = index((g) =>
    plain(g) && g.type !== 'Location'
      ? names(g).flatMap((n) =>
          n
            .split(' ')
            .slice(1)
            .map((_, k, rest) => `E:${g.type}:${rest.slice(k).join(' ')}`),
        )
      : [],
  );
  // "Fito" after Adolfo “Fito” Macias: the nickname alone names the person.
  const nicknames = index((g) => g.mentions.flatMap((m) => (m.nickname ? [`N:${normalizeName(m.nickname)}`] : [])));
  groups.forEach((g, i) => {
    if (plain(g) && g.multiWord && (g.type === 'Person' || endsAnOrganization(g.mentions[0].name)))
      resolveTo(i, endings.get(`E:${g.type}:${particleLowered(g.mentions[0].name)}`), 'end of a full name');
    if (plain(g) && !g.mentions[0].nickname)
      resolveTo(i, nicknames.get(`N:${normalizeName(g.mentions[0].name)}`), 'nickname of a full name');
  });
  const fuller = [
    index((g) =>
      plain(g) && g.type === 'Person' && g.multiWord ? names(g).map((n) => `P:${normalizeName(surname(n))}`) : [],
    ),
    index((g) =>
      plain(g) && g.type === 'Organization' && g.multiWord
        ? names(g).flatMap((n) => [...organizationInitials(n).map((a) => `A:${a}`), `H:${headWord(n)}`])
        : [],
    ),
    // "ASSK" for Aung San Suu Kyi: a person of three names or more may go by their initials.
    index((g) =>
      plain(g) && g.type === 'Person' ? names(g).flatMap((n) => (n.split(' ').length > 2 ? [initials(n)] : [])) : [],
    ),
  ];
  // "CAR" after "Central African Republic", "SA" after "South Africa": a place the document names goes by its initials.
  const placeInitials = index((g) =>
    g.type === 'Location' ? fullNames(g).flatMap((n) => (n.includes(' ') ? [initials(n)] : [])) : [],
  );
  // "Congo" after "Democratic Republic of Congo": a country named "… of X" goes by X.
  const countryShortNames = index((g) =>
    g.mentions[0].known?.kind === 'country'
      ? names(g).flatMap((n) => {
          const short = / of (?:the )?(\S+)$/.exec(n)?.[1];
          return short ? [short] : [];
        })
      : [],
  );
  groups.forEach((g, i) => {
    if (g.key.startsWith('i:') && g.key.endsWith(':?'))
      return resolveTo(i, qualified.get(g.key.split(':')[1]), 'same institution, country given elsewhere');
    if (!plain(g) || g.multiWord) return;
    const name = g.mentions[0].name;
    if (g.type !== 'Person' && isAcronym(name) && placeInitials.has(name)) return resolvePlace(i, placeInitials, name);
    if (g.type !== 'Person' && countryShortNames.has(name)) return resolvePlace(i, countryShortNames, name);
    if (g.type === 'Person') return resolveTo(i, fuller[0].get(`P:${normalizeName(name)}`), 'surname of a full name');
    if (g.type !== 'Organization') return;
    const person = name.length > 2 && !fuller[1].has(`A:${name}`) ? fuller[2].get(name) : undefined;
    if (isAcronym(name) && person?.length === 1) {
      for (const m of g.mentions) m.type = 'Person';
      g.type = 'Person';
      return resolveTo(i, person, 'initials of a full name');
    }
    if (isAcronym(name)) return resolveTo(i, fuller[1].get(`A:${name}`), 'acronym of a full name');
    resolveTo(i, fuller[1].get(`H:${normalizeName(name)}`), 'short form of a full name');
  });
  resolveShortForms();

  /**
   * Short names still alone, whose own context may have mistyped them ("Rogers said" for the company): one word, or
   * several that a fuller name only extends by business words or a region's noun.
   */
  function resolveShortForms(): void {
    const size = new Map<number, number>();
    groups.forEach((_, i) => size.set(uf.find(i), (size.get(uf.find(i)) ?? 0) + 1));
    // A known region too: "Shan" after "Shan state".
    const region = (g: Group) => g.mentions[0].known?.kind === 'place';
    const fullNames = groups.flatMap((g, i) =>
      (plain(g) || region(g)) && g.multiWord
        ? names(g).map((name) => ({ name, type: g.type, i, start: g.mentions[0].start }))
        : [],
    );
    // "Vodafone … its parent Vodafone … Vodafone Ghana": a company's business in a country is shortened to the
    // company's name only after the text has named it in full.
    const introduced = (f: (typeof fullNames)[number], g: Group) =>
      !countryOf(f.name.split(' ').at(-1)!) || f.start < Math.min(...g.mentions.map((m) => m.start));
    groups.forEach((g, i) => {
      const name = g.mentions[0].name;
      // A hyphenated name is one word here: "Caredenas-Guillen" may be a misspelt "Cardenas Guillen".
      if (!plain(g) || size.get(uf.find(i))! > 1) return;
      // An acronym shortens only a company's name this way: "BT" for "BT Group".
      const acronym = isAcronym(name);
      const targets = fullNames.filter((f) => (!acronym || f.type === 'Organization') && standsFor(name, f, g.type));
      const roots = new Set(targets.map((f) => uf.find(f.i)));
      const types = new Set(targets.map((f) => f.type));
      if (roots.size === 1 || (types.size === 1 && targets.length)) {
        // The fuller name says what it is: "Rogers said" does not make the company a person.
        for (const m of g.mentions) m.type = targets[0].type;
        g.type = targets[0].type;
      }
      if (targets.every((f) => introduced(f, g))) resolveTo(i, [...roots], 'short form of a full name');
    });
  }

  /** A short form names the place, whatever type its own context suggested, when it fits one place only. */
  function resolvePlace(i: number, index: Map<string, number[]>, name: string): void {
    const places = index.get(name)!;
    if (new Set(places.map((p) => uf.find(p))).size === 1) {
      for (const m of groups[i].mentions) m.type = 'Location';
      groups[i].type = 'Location';
    }
    resolveTo(i, places, 'short form of a place');
  }

  function resolveTo(i: number, candidates: number[] | undefined, reason: string): void {
    const roots = [...new Set((candidates ?? []).map((c) => uf.find(c)))];
    if (roots.length === 1) uf.union(i, roots[0]);
    else if (roots.length > 1) {
      for (const r of roots) {
        reviews.push({
          entity: groups[r].mentions[0].name,
          alias: groups[i].mentions[0].name,
          reason: `${reason}: ambiguous, not merged`,
          confidence: 0.5,
          applied: false,
        });
      }
    }
  }
}

/** "Toyota" after "Toyota Motor Corporation": a place's name that opens a company's legal name names the company. */
function companiesNamedAfterPlaces(mentions: Mention[]): void {
  const companies = new Set(
    mentions.flatMap((m) => (m.type === 'Organization' && !m.known ? [companyShortName(m.name, true) ?? ''] : [])),
  );
  for (const m of mentions) {
    if (m.known?.kind !== 'place' || m.last - m.first > 1 || !companies.has(normalizeName(m.name))) continue;
    m.known = undefined;
    m.type = 'Organization';
  }
}

export function documentEntities(found: Mention[], tokens: Token[]): DocumentEntities {
  companiesNamedAfterPlaces(found);
  const mentions = assignTypes(found, tokens);
  const byKey = new Map<string, Group>();
  for (const m of mentions) {
    const key = mentionKey(m);
    const g = byKey.get(key) ?? { key, mentions: [], type: m.type!, multiWord: false };
    g.mentions.push(m);
    g.multiWord ||= m.last - m.first > 1;
    byKey.set(key, g);
  }
  const groups = [...byKey.values()];
  const contested = contestedCores(mentions);
  const uf = new UnionFind(groups.length);
  const groupIndex = new Map(groups.map((g, i) => [g.key, i]));
  for (const [a, b] of aliasStatements(mentions, tokens))
    uf.union(groupIndex.get(mentionKey(a))!, groupIndex.get(mentionKey(b))!);
  const reviews: MergeReview[] = [];
  mergeGroups(groups, uf, reviews);

  const clusters = new Map<number, Mention[]>();
  groups.forEach((g, i) => addAllTo(clusters, uf.find(i), g.mentions));
  const ordered = [...clusters.values()]
    .filter((ms) => !ms.every(isBareHead))
    .map((ms) => ms.sort((a, b) => a.start - b.start))
    .sort((a, b) => a[0].start - b[0].start);
  const entities: LocalEntity[] = [];
  const named: (Mention & { entity: number })[] = [];
  ordered.forEach((ms, id) => {
    const type = majorityType(ms);
    entities.push({
      id,
      type,
      label: entityLabel(ms, type),
      aliases: entityAliases(ms, contested),
      mentions: ms.map(({ start, end }) => ({ start, end })),
      identity: entityIdentity(ms, type),
    });
    for (const m of ms) named.push({ ...m, entity: id });
  });
  return { entities, mentions: named.sort((a, b) => a.start - b.start), reviews };
}

/**
 * Names that follow more than one nationality in the document ("Pakistani Taliban", "the Afghan Taliban"): each
 * qualified form names its own organization, so none of them goes by the bare name.
 */
function contestedCores(mentions: Mention[]): Set<string> {
  const qualifiers = new Map<string, Set<string>>();
  for (const m of mentions) {
    const core = coreName(m.name);
    if (!m.qualifier || core === m.name) continue;
    const key = normalizeName(core);
    qualifiers.set(key, (qualifiers.get(key) ?? new Set()).add(m.qualifier));
  }
  return new Set([...qualifiers].filter(([, set]) => set.size > 1).map(([core]) => core));
}

/**
 * A shorter organization's name that may stand for a longer one it ends: "Court of Appeals", "Battalion 372". A
 * party's is not: "Democratic Party" is another party than "Liberal Democratic Party".
 */
function endsAnOrganization(name: string): boolean {
  const words = name.split(' ');
  return words.some((w) => ORGANIZATION_HEADS.has(w)) && !words.some((w) => w === 'Party' || PARTY_WORDS.has(w));
}

/**
 * "Von der Leyen" opening a sentence -> "von der Leyen", as the full name writes its particles. Not one particle
 * and a surname ("Dos Santos" may be any of a family the text names).
 */
function particleLowered(name: string): string {
  const [first, second, ...rest] = name.split(' ');
  return rest.length && PARTICLES.has(first.toLowerCase()) && PARTICLES.has(second)
    ? [first.toLowerCase(), second, ...rest].join(' ')
    : name;
}

/** "IRGC Quds Force" -> "Quds Force": a unit named with its parent's acronym first is the unit. */
function withoutParent(name: string): string {
  const [first, ...rest] = name.split(' ');
  return rest.length > 1 && isAcronym(first) ? rest.join(' ') : name;
}

/** "Government", "Group", "the Army" alone, not tied to a fuller name in the document: a common noun, not a name. */
const isBareHead = (m: Mention): boolean =>
  !m.known &&
  !m.institution &&
  m.last - m.first === 1 &&
  (ORGANIZATION_HEADS.has(m.name) || ORGANIZATION_HEADS.has(m.name.replace(/ies$/, 'y').replace(/s$/, '')));

function majorityType(ms: Mention[]): EntityType {
  const fixed = ms.find((m) => m.known || m.institution);
  if (fixed) return fixed.type!;
  const count = new Map<EntityType, number>();
  // A name with an organization's head word types itself; context cues around the others are weaker evidence.
  const weight = (m: Mention) => (m.name.split(' ').some((w) => ORGANIZATION_HEADS.has(w)) ? 3 : 1);
  for (const m of ms) count.set(m.type!, (count.get(m.type!) ?? 0) + weight(m));
  // On a tie, the type that is not a person: a tied place typed a person ("Mocímboa da Praia") cost relations.
  const person = (t: EntityType) => (t === 'Person' ? 1 : 0);
  return [...count].sort((a, b) => b[1] - a[1] || person(a[0]) - person(b[0]))[0][0];
}
