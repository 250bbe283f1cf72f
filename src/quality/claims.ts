// Claim quality: gold claims (tests/fixtures/FORMAT.md, "Claims") against the graph's claims. A predicted claim
// matches a gold one of the same document when their texts overlap by at least half of the shorter; each gold
// claim is matched at most once. Attribution compares speakers by name, as entities are matched.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { readAnnotationJson } from './jsonFile.ts';
import { CLAIM_KINDS, type Claim, type ClaimKind } from '../model/claims.ts';
import { InputError } from '../model/errors.ts';
import type { SerializedKnowledgeGraph } from '../model/graph.ts';
import { isObject } from '../model/json.ts';
import { documentName } from './documentScore.ts';
import type { GoldDocument } from './gold.ts';
import { normalizeName } from './names.ts';

export interface GoldClaim {
  /** A gold entity id of the document's gold file; null when the text names no entity. */
  speaker: string | null;
  kind: ClaimKind;
  text: string;
  cue?: string;
  optional?: boolean;
}

export interface GoldClaims {
  document: string;
  claims: GoldClaim[];
}

export const CLAIMS_SUFFIX = '.claims.json';

/** Validates one parsed claims file; errors name the file and the claim. */
export function parseGoldClaims(json: unknown, file: string): GoldClaims {
  const fail = (what: string): never => {
    throw new InputError('BAD_GOLD', `${file}: ${what}. See the Claims section of tests/fixtures/FORMAT.md.`);
  };
  if (!isObject(json) || typeof json.document !== 'string' || !Array.isArray(json.claims))
    fail('expected {"document": "...", "claims": [...]}');
  const raw = json as { document: string; claims: unknown[] };
  raw.claims.forEach((c, i) => {
    if (!isObject(c)) return fail(`claim ${i} is not an object`);
    const unknown = Object.keys(c).filter((k) => !['speaker', 'kind', 'text', 'cue', 'optional'].includes(k));
    if (unknown.length) fail(`claim ${i} has unknown key "${unknown[0]}"`);
    if (c.speaker !== null && typeof c.speaker !== 'string') fail(`claim ${i}: speaker is an entity id or null`);
    if (!CLAIM_KINDS.includes(c.kind as ClaimKind)) fail(`claim ${i}: kind is ${CLAIM_KINDS.join(' or ')}`);
    if (typeof c.text !== 'string' || !c.text.trim()) fail(`claim ${i} needs "text"`);
    if (c.optional !== undefined && typeof c.optional !== 'boolean') fail(`claim ${i}: optional is true or false`);
  });
  return raw as GoldClaims;
}

/** Every claims file of `dir`, or null when the set has none. */
export async function readGoldClaimsFolder(dir: string): Promise<GoldClaims[] | null> {
  let files: string[];
  try {
    files = (await readdir(dir)).filter((f) => f.endsWith(CLAIMS_SUFFIX)).sort();
  } catch {
    return null;
  }
  return Promise.all(
    files.map(async (f) => {
      return parseGoldClaims(await readAnnotationJson(join(dir, f)), join(dir, f));
    }),
  );
}

export interface ClaimScore {
  documents: number;
  detection: { gold: number; found: number; predicted: number; correct: number };
  attribution: { gold: number; found: number; predicted: number; correct: number };
  /** Per document: gold claims missed, and predicted claims matching none. */
  missed: string[];
  spurious: string[];
  misattributed: string[];
}

/** Words of a claim's text, quote marks and spacing aside. */
const words = (text: string): string[] =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[“”"«»„‘’'`´]/g, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** The longest run of words two texts share, in characters, over the shorter text's length. */
export function textOverlap(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  const length = (list: string[]) => list.join(' ').length;
  const shorter = Math.min(length(x), length(y));
  if (!shorter) return 0;
  let best = 0;
  const run = new Array<number>(y.length + 1).fill(0);
  for (let i = 1; i <= x.length; i++) {
    let diagonal = 0;
    for (let j = 1; j <= y.length; j++) {
      const above = run[j];
      run[j] = x[i - 1] === y[j - 1] ? diagonal + 1 : 0;
      if (run[j]) best = Math.max(best, length(x.slice(i - run[j], i)));
      diagonal = above;
    }
  }
  return best / shorter;
}

const ratio = (a: number, b: number) => (b ? a / b : 0);
const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);
export const claimFigures = (c: ClaimScore['detection']) => {
  const precision = ratio(c.correct, c.predicted);
  const recall = ratio(c.found, c.gold);
  return { precision, recall, f1: f1(precision, recall) };
};

/** Scores the graph's claims against the gold claims; `gold` gives the speakers' names. */
export function scoreClaims(
  graph: SerializedKnowledgeGraph,
  goldClaims: GoldClaims[],
  gold: GoldDocument[],
): ClaimScore {
  const names = new Map(
    graph.nodes.map((n) => [n.key, new Set([n.attributes!.label, ...n.attributes!.aliases].map(normalizeName))]),
  );
  const score: ClaimScore = {
    documents: goldClaims.length,
    detection: { gold: 0, found: 0, predicted: 0, correct: 0 },
    attribution: { gold: 0, found: 0, predicted: 0, correct: 0 },
    missed: [],
    spurious: [],
    misattributed: [],
  };
  const byDocument = new Map<string, Claim[]>();
  for (const c of graph.attributes?.claims ?? []) {
    const d = documentName(c.document);
    byDocument.set(d, [...(byDocument.get(d) ?? []), c]);
  }
  for (const g of goldClaims) {
    const document = documentName(g.document);
    const entities = new Map(
      (gold.find((x) => documentName(x.document) === document)?.entities ?? []).map((e) => [
        e.id,
        new Set(e.names.map(normalizeName)),
      ]),
    );
    const predicted = byDocument.get(document) ?? [];
    // Best overlaps first, each side matched once.
    const pairs: { p: number; g: number; overlap: number }[] = [];
    predicted.forEach((c, p) =>
      g.claims.forEach((gc, i) => {
        const overlap = textOverlap(c.text, gc.text);
        if (overlap >= 0.5) pairs.push({ p, g: i, overlap });
      }),
    );
    pairs.sort((a, b) => b.overlap - a.overlap);
    const goldOf = new Map<number, number>();
    const taken = new Set<number>();
    for (const { p, g: i } of pairs) {
      if (goldOf.has(p) || taken.has(i)) continue;
      goldOf.set(p, i);
      taken.add(i);
    }
    const speaksAs = (key: string | null, id: string | null) => {
      if (key === null || id === null) return false;
      const ours = names.get(key) ?? new Set();
      return [...(entities.get(id) ?? [])].some((n) => ours.has(n));
    };
    const predictedFor = new Map([...goldOf].map(([p, i]) => [i, predicted[p]]));
    g.claims.forEach((gc, i) => {
      if (gc.optional) return;
      score.detection.gold++;
      const match = predictedFor.get(i);
      if (match) score.detection.found++;
      else score.missed.push(`${document}: ${gc.text}`);
      if (gc.speaker === null) return;
      score.attribution.gold++;
      if (match && speaksAs(match.speaker, gc.speaker)) score.attribution.found++;
      else if (match)
        score.misattributed.push(`${document}: ${match.speaker ?? 'nobody'} for ${gc.speaker}: ${gc.text}`);
    });
    predicted.forEach((c, p) => {
      const i = goldOf.get(p);
      const gc = i === undefined ? undefined : g.claims[i];
      if (gc?.optional) return;
      score.detection.predicted++;
      if (gc) score.detection.correct++;
      else score.spurious.push(`${document}: ${c.text}`);
      if (c.speaker === null || gc?.speaker === null) return;
      score.attribution.predicted++;
      if (gc && speaksAs(c.speaker, gc.speaker)) score.attribution.correct++;
    });
  }
  return score;
}

const percent = (x: number) => `${(100 * x).toFixed(1)}%`;

/** "claims: detection P … R … F1 … | attribution P … R … F1 …". */
export function claimLine(score: ClaimScore): string {
  const d = claimFigures(score.detection);
  const a = claimFigures(score.attribution);
  return (
    `claims: detection P ${percent(d.precision)} R ${percent(d.recall)} F1 ${percent(d.f1)} | ` +
    `attribution P ${percent(a.precision)} R ${percent(a.recall)} F1 ${percent(a.f1)}`
  );
}
