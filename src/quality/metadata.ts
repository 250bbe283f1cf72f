// Metadata quality: the outlet and date the extractor gives each document, against the set's sources files
// (tests/fixtures/FORMAT.md, "Sources"). Issue 8 asks for them "wherever the text states them", so each is counted
// only where the text does state it, judged here from the source's own outlet and date — not by the extractor's
// rules, which would grade themselves.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { readAnnotationJson } from './jsonFile.ts';
import { outletName } from '../documents/outlets.ts';
import { COUNTRIES, PLACES, REGIONS } from '../extract/gazetteers/places.ts';
import { MONTH_NAMES } from '../documents/dates.ts';
import type { DocumentMeta } from '../model/graph.ts';
import { InputError } from '../model/errors.ts';
import { isObject } from '../model/json.ts';
import { documentName } from './documentScore.ts';
import { normalizeName } from './names.ts';

/** Where one document of a set came from, as its annotator recorded it. */
export interface Source {
  document: string;
  outlet: string;
  url: string;
  /** ISO date (YYYY-MM-DD), or null when the annotator could not tell. */
  date: string | null;
  kind: string;
}

/** Validates one parsed sources file: an array of sources; errors name the file and the entry. */
export function parseSources(json: unknown, file: string): Source[] {
  const fail = (what: string): never => {
    throw new InputError('BAD_GOLD', `${file}: ${what}. See the Sources section of tests/fixtures/FORMAT.md.`);
  };
  if (!Array.isArray(json)) fail('expected an array of {document, outlet, url, date, kind}');
  return (json as unknown[]).map((s, i) => {
    if (!isObject(s)) return fail(`entry ${i} is not an object`);
    for (const key of ['document', 'outlet', 'url', 'kind'])
      if (typeof s[key] !== 'string' || !s[key]) fail(`entry ${i} needs "${key}"`);
    if (s.date !== null && !(typeof s.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s.date)))
      fail(`entry ${i}: date is YYYY-MM-DD or null`);
    return s as unknown as Source;
  });
}

/** Every `*.json` of a set's sources folder, or null when the set has none. */
export async function readSourcesFolder(dir: string): Promise<Source[] | null> {
  let files: string[];
  try {
    files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  } catch {
    return null;
  }
  const lists = await Promise.all(
    files.map(async (f) => {
      return parseSources(await readAnnotationJson(join(dir, f)), join(dir, f));
    }),
  );
  return lists.flat();
}

/** The ways a news page writes a day: "March 5, 2024", "5 Mar 2024", "Mar. 5, 2024", "2024-03-05", "05/03/2024"… */
export function dateWritings(iso: string): string[] {
  const [year, month, day] = iso.split('-');
  const m = Number(month);
  const d = String(Number(day));
  const names = [MONTH_NAMES[m - 1]!, MONTH_NAMES[m - 1]!.slice(0, 3), `${MONTH_NAMES[m - 1]!.slice(0, 3)}.`];
  const [dd, mm] = [day!.padStart(2, '0'), month!.padStart(2, '0')];
  return [
    iso,
    ...names.flatMap((n) => [`${n} ${d}, ${year}`, `${n} ${d} ${year}`, `${d} ${n} ${year}`, `${d} ${n}, ${year}`]),
    ...names.flatMap((n) => [`${n} ${dd}, ${year}`, `${dd} ${n} ${year}`]),
    `${dd}/${mm}/${year}`,
    `${mm}/${dd}/${year}`,
    `${dd}.${mm}.${year}`,
    `${year}/${mm}/${dd}`,
  ].map((w) => w.toLowerCase());
}

// "The Standard (Hong Kong)": brackets naming a place tell outlets of one name apart; they credit no wire.
const PLACE_NAMES = new Set([...COUNTRIES.flatMap((c) => c.names), ...PLACES.flat(), ...REGIONS.flat()]);

/**
 * The names an outlet goes by in a source entry: "PrefNews (AFP)" is PrefNews, or AFP's copy of the story, and
 * "AFP" is also "Agence France-Presse" (the outlet gazetteer's canonical name: general knowledge, not a rule). A
 * place in brackets is no name of it.
 */
function outletNames(outlet: string): string[] {
  const inParentheses = [...outlet.matchAll(/\(([^)]+)\)/g)].map((m) => m[1]!).filter((n) => !PLACE_NAMES.has(n));
  const names = [outlet.replace(/\([^)]*\)/g, ''), ...inParentheses];
  return [...names, ...names.map(outletName)].map(normalizeName).filter((n) => n.length > 1);
}

const domainOf = (url: string) => {
  try {
    return new URL(url).hostname.replace(/^www\./, '').toLowerCase();
  } catch {
    return null;
  }
};

/** Does the text name the outlet (by a name of its source entry, as a whole word, or by its web domain)? */
function statesOutlet(text: string, source: Source): boolean {
  const normalized = ` ${normalizeName(text)} `;
  const domain = domainOf(source.url);
  return (
    outletNames(source.outlet).some((n) => normalized.includes(` ${n} `)) ||
    (domain !== null && text.toLowerCase().includes(domain))
  );
}

/** One name contains the other, as whole words: "BBC" for "BBC News", "Reuters" for "Thomson Reuters". */
function sameOutlet(given: string, source: Source): boolean {
  const g = ` ${normalizeName(outletName(given))} `;
  return outletNames(source.outlet).some((n) => g.includes(` ${n} `) || ` ${n} `.includes(g));
}

export interface MetadataCount {
  /** Documents whose text states it; of those, filled rightly; filled with something else. */
  stated: number;
  right: number;
  wrong: number;
  /** Filled where the text does not state it, as judged here (a byline in another form, a page's meta tag). */
  unstated: number;
}

export interface MetadataScore {
  documents: number;
  /** Documents whose source entry has a date at all (only they can be judged for the date). */
  dated: number;
  outlet: MetadataCount;
  date: MetadataCount;
  /** "document: what was wrong" for each wrong or missing value where the text states it. */
  problems: string[];
}

const emptyCount = (): MetadataCount => ({ stated: 0, right: 0, wrong: 0, unstated: 0 });

/** Scores the documents' outlet and date against their sources; documents without a source entry are skipped. */
export function scoreMetadata(documents: DocumentMeta[], sources: Source[], texts: Map<string, string>): MetadataScore {
  const score: MetadataScore = { documents: 0, dated: 0, outlet: emptyCount(), date: emptyCount(), problems: [] };
  const sourceOf = new Map(sources.map((s) => [s.document, s]));
  for (const meta of documents) {
    const name = documentName(meta.id);
    const source = sourceOf.get(name);
    const text = texts.get(name);
    if (!source || text === undefined) continue;
    score.documents++;
    const count = (c: MetadataCount, stated: boolean, given: string | null, right: boolean, what: string) => {
      if (!stated) {
        if (given) c.unstated++;
        return;
      }
      c.stated++;
      if (given && right) c.right++;
      else if (given) c.wrong++;
      if (!right) score.problems.push(`${name}: ${what} ${given ? `"${given}"` : 'missing'}`);
    };
    const outlet = meta.source;
    count(score.outlet, statesOutlet(text, source), outlet, !!outlet && sameOutlet(outlet, source), 'outlet');
    if (source.date === null) continue;
    score.dated++;
    const lowered = text.toLowerCase();
    const stated = dateWritings(source.date).some((w) => lowered.includes(w));
    count(score.date, stated, meta.published, meta.published === source.date, 'date');
  }
  return score;
}

/** "metadata (N documents): outlet stated S, right R, wrong W, missing M, given where unstated U | date (of D dated) …". */
export function metadataLine(s: MetadataScore): string {
  const part = (c: MetadataCount) =>
    `stated ${c.stated}, right ${c.right}, wrong ${c.wrong}, missing ${c.stated - c.right - c.wrong}, ` +
    `given where unstated ${c.unstated}`;
  return `metadata (${s.documents} documents): outlet ${part(s.outlet)} | date (${s.dated} dated) ${part(s.date)}`;
}
