// Turns resolved clusters of document entities into the graph's entities, with the user's curation applied.
import type { Curation } from '../model/curation.ts';
import type { LocalEntity } from '../model/extraction.ts';
import type { EntityType } from '../model/vocabulary.ts';
import { UnionFind } from '../extract/unionFind.ts';
import { namesEntity } from './curation.ts';
import { slug } from './entityKeys.ts';
import type { CorpusResolution } from './resolveCorpus.ts';
import { addAllTo, addTo } from '../extract/multiMap.ts';

export interface EntityCluster {
  type: EntityType;
  label: string;
  aliases: string[];
  /** Flat indices of the document entities it gathers. */
  members: number[];
}

const wordCount = (s: string) => s.split(/\s+/).length;

/** Known and institutional labels are canonical; otherwise the longest, most mentioned, first-seen label. */
function clusterLabel(members: { doc: number; entity: LocalEntity }[]): string {
  const canonical = members.find((m) => m.entity.identity.known || m.entity.identity.institution?.match(/:[^?]+$/));
  if (canonical) return canonical.entity.label;
  let best = members[0].entity;
  for (const { entity } of members) {
    const longer = wordCount(entity.label) - wordCount(best.label);
    if (longer > 0 || (longer === 0 && entity.mentions.length > best.mentions.length)) best = entity;
  }
  return best.label;
}

function clusterType(members: { entity: LocalEntity }[]): EntityType {
  const fixed = members.find((m) => m.entity.identity.known || m.entity.identity.institution);
  if (fixed) return fixed.entity.type;
  const votes = new Map<EntityType, number>();
  for (const { entity } of members) votes.set(entity.type, (votes.get(entity.type) ?? 0) + entity.mentions.length);
  return [...votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
}

export function entityClusters(resolution: CorpusResolution, curation: Curation): EntityCluster[] {
  const { locals, rootOf } = resolution;
  const byRoot = new Map<number, number[]>();
  locals.forEach((_, i) => addTo(byRoot, rootOf(i), i));
  let clusters = [...byRoot.values()].map((members) => describe(members));

  function describe(members: number[]): EntityCluster {
    const ms = members.map((i) => locals[i]);
    const aliases = [...new Set(ms.flatMap((m) => m.entity.aliases))].sort();
    return { type: clusterType(ms), label: clusterLabel(ms), aliases, members };
  }
  const names = (c: EntityCluster) => [c.label, ...c.aliases];
  const key = (c: EntityCluster) => `${c.type.toLowerCase()}:${slug(c.label)}`;
  const named = (entry: string) => (c: EntityCluster) => namesEntity(entry, key(c), names(c));

  if (curation.merge.length) {
    const uf = new UnionFind(clusters.length);
    for (const group of curation.merge) {
      const found = clusters.flatMap((c, i) => (group.some((entry) => named(entry)(c)) ? [i] : []));
      for (const i of found.slice(1)) uf.union(found[0], i);
    }
    const merged = new Map<number, number[]>();
    clusters.forEach((c, i) => addAllTo(merged, uf.find(i), c.members));
    clusters = [...merged.values()].map((members) => describe(members.sort((a, b) => a - b)));
  }
  clusters = clusters.filter((c) => !curation.ignore.some((entry) => named(entry)(c)));
  for (const [entry, type] of Object.entries(curation.retype))
    for (const c of clusters.filter(named(entry))) c.type = type as EntityType;
  for (const [entry, label] of Object.entries(curation.rename)) {
    for (const c of clusters.filter(named(entry))) {
      if (!c.aliases.includes(c.label)) c.aliases = [...c.aliases, c.label].sort();
      c.label = label;
    }
  }
  const keyed = clusters.map((c) => ({ c, k: key(c) }));
  keyed.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : a.c.members[0] - b.c.members[0]));
  return keyed.map(({ c }) => c);
}
