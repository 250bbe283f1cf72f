// How a document's entity is labelled, which aliases it carries, and the keys that identify it elsewhere.
import type { EntityIdentity } from '../model/extraction.ts';
import type { EntityType } from '../model/vocabulary.ts';
import { institutionLabel } from './institutions.ts';
import { countryOf } from './lexicon.ts';
import type { Mention } from './mentions.ts';
import { isAcronym } from './nameSpans.ts';
import { compoundAcronym, coreName, normalizeName, organizationInitials, surname, wordBag } from './names.ts';

const wordCount = (name: string): number => name.split(/\s+/).length;

/** The most frequent of the longest names, the earliest on a tie (mentions come in text order). */
function bestSurface(ms: Mention[]): string {
  const counts = new Map<string, number>();
  for (const m of ms) counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
  let best = ms[0].name;
  for (const [name, count] of counts) {
    const longer = wordCount(name) > wordCount(best);
    const sameLength = wordCount(name) === wordCount(best);
    if (longer || (sameLength && count > counts.get(best)!)) best = name;
  }
  return best;
}

export function entityLabel(ms: Mention[], type: EntityType): string {
  const known = ms.find((m) => m.known)?.known;
  if (known) return known.label;
  const institution = ms.find((m) => m.institution?.country)?.institution ?? ms.find((m) => m.institution)?.institution;
  if (institution) {
    const acronym = ms.find((m) => isAcronym(m.name))?.name;
    const label = institution.country ? institutionLabel(institution) : bareInstitutionName(bestSurface(ms));
    return acronym ? `${label} (${acronym})` : label;
  }
  // An acronym labels an organization only when the document never spells the name out.
  const spelled = type === 'Person' ? ms : ms.filter((m) => !isAcronym(m.name));
  return bestSurface(spelled.length ? spelled : ms).replace(/^the\s+/i, '');
}

/** "Ukraine’s defense ministry" / "Ukrainian Defense Ministry" / "Supreme Court of Russia" -> the institution's own words. */
function bareInstitutionName(name: string): string {
  const words = name.split(' ');
  if (words.length > 1 && (countryOf(words[0].replace(/[’']s$/, '')) || /[’']s$/.test(words[0]))) words.shift();
  const bare = words
    .join(' ')
    .replace(/ of (the )?\S+$/, (suffix) => (countryOf(suffix.split(' ').pop()!) ? '' : suffix));
  return bare;
}

/** The names an entity goes by; `contested`: normalized core names that several nationalities qualify. */
export function entityAliases(ms: Mention[], contested: ReadonlySet<string> = new Set()): string[] {
  const aliases = new Set<string>();
  for (const m of ms) {
    aliases.add(m.name);
    if (m.institution) aliases.add(bareInstitutionName(m.name));
    const core = coreName(m.name);
    if (m.qualifier && m.name !== core && !contested.has(normalizeName(core))) aliases.add(core);
    if (m.divisionOf) aliases.add(m.divisionOf);
    // Ivan “The Bear” Petrov: the text names him by the nickname too.
    if (m.nickname) aliases.add(m.nickname.replace(/^the\s+/i, ''));
  }
  return [...aliases].sort();
}

export function entityIdentity(ms: Mention[], type: EntityType): EntityIdentity {
  const names = [...new Set(ms.map((m) => m.name))];
  const multi = names.filter((n) => wordCount(n) > 1 && !ms.some((m) => m.name === n && (m.known || m.institution)));
  const qualifierOf = (n: string) => ms.find((m) => m.name === n)?.qualifier ?? null;
  const identity: EntityIdentity = {
    names: [...new Set(multi.map(normalizeName))].sort(),
    bags: [...new Set(multi.map((n) => wordBag(n, type)))].sort(),
    cores:
      type === 'Organization'
        ? multi.map((n) => ({ core: normalizeName(coreName(n)), qualifier: qualifierOf(n) }))
        : [],
    acronyms: names.filter(isAcronym).sort(),
    initials:
      type === 'Organization'
        ? [...new Set(multi.flatMap((n) => [...organizationInitials(n), compoundAcronym(n) ?? []].flat()))].sort()
        : [],
  };
  const known = ms.find((m) => m.known)?.known;
  if (known) identity.known = known.id;
  const institution = ms.find((m) => m.institution?.country)?.institution ?? ms.find((m) => m.institution)?.institution;
  if (institution) identity.institution = `${institution.kind}:${institution.country ?? '?'}`;
  if (!known && !institution && !multi.length) identity.single = names[0];
  if (type === 'Person' && multi.length) {
    const longest = multi.reduce((a, b) => (wordCount(b) > wordCount(a) ? b : a));
    identity.given = longest.split(' ')[0];
    identity.surname = surname(longest);
  }
  return identity;
}
