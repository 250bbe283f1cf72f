// Who said what, indexed for the panels and the reader: the claims an entity is the speaker of, the claims that
// name it, the claims of a document. Built once per loaded graph.
import { claimKey, type Claim } from '../../model/claims.ts';
import type { KnowledgeGraph } from '../../model/graph.ts';

export interface ClaimIndex {
  all: readonly Claim[];
  byKey: ReadonlyMap<string, Claim>;
  /** Speaker -> the claims they made, in document and text order. */
  bySpeaker: ReadonlyMap<string, readonly Claim[]>;
  /** Entity -> the claims whose words name it (the speaker's own claims left out). */
  byAbout: ReadonlyMap<string, readonly Claim[]>;
  /** Document -> its claims in text order. */
  byDocument: ReadonlyMap<string, readonly Claim[]>;
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/** The index of a list of claims; claims whose offsets do not fit their document's text are left out. */
export function indexClaims(claims: readonly Claim[], texts?: ReadonlyMap<string, string>): ClaimIndex {
  const sorted = claims
    .filter((c) => !texts || texts.get(c.document)?.slice(c.start, c.end) === c.text)
    .sort((a, b) => (a.document < b.document ? -1 : a.document > b.document ? 1 : a.start - b.start));
  const bySpeaker = new Map<string, Claim[]>();
  const byAbout = new Map<string, Claim[]>();
  const byDocument = new Map<string, Claim[]>();
  for (const claim of sorted) {
    if (claim.speaker !== null) push(bySpeaker, claim.speaker, claim);
    for (const entity of new Set(claim.about)) if (entity !== claim.speaker) push(byAbout, entity, claim);
    push(byDocument, claim.document, claim);
  }
  return { all: sorted, byKey: new Map(sorted.map((c) => [claimKey(c), c])), bySpeaker, byAbout, byDocument };
}

const indexes = new WeakMap<KnowledgeGraph, ClaimIndex>();

/** The claims of a loaded graph (its `claims` attribute), indexed on first use. */
export function claimsOf(graph: KnowledgeGraph): ClaimIndex {
  let index = indexes.get(graph);
  if (!index) {
    const texts = new Map(graph.getAttribute('documents').map((d) => [d.id, d.text]));
    index = indexClaims(graph.getAttribute('claims') ?? [], texts);
    indexes.set(graph, index);
  }
  return index;
}

/** How a claim reads in a list: quoted words in quotation marks, reported speech as reported. */
export function claimWords(claim: Claim): string {
  return claim.kind === 'direct' ? `“${claim.text}”` : claim.text;
}

/** "direct, said, to Reuters": how the document attributes the claim. */
export function claimAttribution(claim: Claim): string {
  return [
    claim.kind === 'direct' ? 'quoted' : 'reported',
    claim.cue ? `“${claim.cue}”` : 'no verb of saying',
    claim.medium ? `to ${claim.medium}` : null,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** A document's claims without overlaps, in text order (a claim inside an earlier, longer one is left out). */
export function claimRanges(claims: readonly Claim[]): Claim[] {
  const kept: Claim[] = [];
  for (const claim of [...claims].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = kept[kept.length - 1];
    if (claim.end > claim.start && (!last || claim.start >= last.end)) kept.push(claim);
  }
  return kept;
}

/** Reader segments cut again where claims begin and end, each piece with the claim it lies in. */
export function splitAtClaims<S extends { text: string; start: number }>(
  segments: readonly S[],
  claims: readonly Claim[],
): (S & { claim: Claim | null })[] {
  const ranges = claimRanges(claims);
  const out: (S & { claim: Claim | null })[] = [];
  let c = 0;
  for (const segment of segments) {
    const end = segment.start + segment.text.length;
    let at = segment.start;
    while (at < end) {
      while (c < ranges.length && ranges[c]!.end <= at) c++;
      const claim = ranges[c];
      const inside = claim && claim.start <= at ? claim : null;
      const stop = Math.min(end, inside ? inside.end : (claim?.start ?? end));
      out.push({
        ...segment,
        text: segment.text.slice(at - segment.start, stop - segment.start),
        start: at,
        claim: inside,
      });
      at = stop;
    }
  }
  return out;
}
