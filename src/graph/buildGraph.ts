// Builds the knowledge graph from every document's extraction: nodes, typed relations, co-occurrence, provenance.
import { MultiGraph } from 'graphology';
import type { Claim } from '../model/claims.ts';
import type { Curation } from '../model/curation.ts';
import type { DocumentExtraction } from '../model/extraction.ts';
import { decodeExtraction, encodeExtraction, StringPool, type WireExtraction } from '../model/extractionWire.ts';
import type { DocumentRecord, Evidence, KnowledgeGraph, MentionSpan, MergeReview } from '../model/graph.ts';
import { COOCCURRENCE_RULE, MENTIONED_WITH, RELATION_TYPES, RELATIONS, type EdgeType } from '../model/vocabulary.ts';
import { pushAll } from '../extract/multiMap.ts';
import { namesEntity } from './curation.ts';
import { entityClusters } from './entityClusters.ts';
import { assignKeys } from './entityKeys.ts';
import { resolveCorpus } from './resolveCorpus.ts';
import { findStories, independentStories, ShingleIndex } from './stories.ts';

/** MENTIONED_WITH keeps one example sentence (the rest can be found from the documents' mention spans); its weight counts them all. */
export const COOCCURRENCE_EVIDENCE_LIMIT = 1;

/**
 * Extractions gathered as their workers finish them, kept in their compact wire form (model/extractionWire.ts) with
 * each string once, and with what each document needs alone done at once (its story shingles, and the documents
 * each shingle is in), so that less is left for the end, when the whole corpus is in and resolution can start.
 * buildGraph takes them: a GraphInput is built from once.
 */
export class GraphInput {
  private wires: WireExtraction[] = [];
  private shingles: ShingleIndex | null = new ShingleIndex();
  private readonly strings = new StringPool();
  /** Documents and words received. */
  documents = 0;
  words = 0;

  /** An input of extractions made in this thread (tests, tools): the same path as the workers' results. */
  static of(extractions: DocumentExtraction[]): GraphInput {
    const input = new GraphInput();
    for (const x of extractions) input.add(encodeExtraction(x).wire);
    return input;
  }

  add(wire: WireExtraction): void {
    wire.strings = wire.strings.map(this.strings.intern);
    const { document } = decodeExtraction(wire, 'document');
    this.wires.push(wire);
    this.shingles!.add(document);
    this.documents++;
    this.words += document.words;
  }

  /** The extractions and their shingles, which this input then no longer holds. */
  take(): { wires: WireExtraction[]; shingles: ShingleIndex } {
    const taken = { wires: this.wires, shingles: this.shingles! };
    [this.wires, this.shingles] = [[], null];
    return taken;
  }
}

/**
 * The graph, and how long cross-document resolution and building took (ms), for the benchmarks. Resolution reads
 * every document's entities at once; the rest of each document is decoded in turn, folded into the graph and let
 * go, so that the corpus's objects and the graph are never all in memory together.
 */
export function buildGraph(
  input: DocumentExtraction[] | GraphInput,
  curation: Curation,
  name = 'knowledge graph',
): { graph: KnowledgeGraph; timings: { resolve: number; build: number } } {
  const started = performance.now();
  const graph: KnowledgeGraph = new MultiGraph({ type: 'directed', allowSelfLoops: false });
  const { order, keys, clusterOf, flatBase, reviews, stories, resolved } = resolveEntities(
    Array.isArray(input) ? GraphInput.of(input) : input,
    curation,
    graph,
  );
  const keyOf = (doc: number, local: number) => keys[clusterOf[flatBase[doc] + local]];

  const edges = new Map<
    number,
    { type: EdgeType; source: number; target: number; evidence: Evidence[]; weight: number }
  >();
  const edgeTypes: EdgeType[] = [...RELATION_TYPES, MENTIONED_WITH];
  const typeIndex = new Map(edgeTypes.map((type, index) => [type, index]));
  const addEvidence = (
    type: EdgeType,
    a: number,
    b: number,
    x: DocumentExtraction,
    span: MentionSpan,
    rule: string,
    symmetric: boolean,
  ) => {
    const [source, target] = symmetric && keys[b] < keys[a] ? [b, a] : [a, b];
    const id = (typeIndex.get(type)! * keys.length + source) * keys.length + target;
    let edge = edges.get(id);
    if (!edge) edges.set(id, (edge = { type, source, target, evidence: [], weight: 0 }));
    // Evidence arrives in document and sentence order, so a repeat can only be the last one added.
    const last = edge.evidence[edge.evidence.length - 1];
    if (last && last.document === x.document.id && last.start === span.start) return;
    edge.weight++;
    if (type === MENTIONED_WITH && edge.evidence.length >= COOCCURRENCE_EVIDENCE_LIMIT) return;
    edge.evidence.push({
      document: x.document.id,
      text: x.document.text.slice(span.start, span.end),
      start: span.start,
      end: span.end,
      rule,
    });
  };
  const documents: DocumentRecord[] = [];
  const claims: Claim[] = [];
  for (let doc = 0; doc < order.length; doc++) {
    const x = decodeExtraction(order[doc]!);
    // Released as soon as read: the graph holds what it needs of the document from here.
    order[doc] = null;
    const clusterAt = (local: number) => clusterOf[flatBase[doc] + local];
    for (const r of x.relations) {
      const source = clusterAt(r.source);
      const target = clusterAt(r.target);
      if (source >= 0 && target >= 0 && source !== target)
        addEvidence(r.type, source, target, x, r.evidence, r.rule, RELATIONS[r.type].symmetric);
    }
    for (const sentence of x.sharedSentences) {
      const named = [...new Set(sentence.entities.map(clusterAt).filter((c) => c >= 0))];
      for (let i = 0; i < named.length; i++) {
        for (let j = i + 1; j < named.length; j++)
          addEvidence(MENTIONED_WITH, named[i], named[j], x, sentence, COOCCURRENCE_RULE, true);
      }
    }
    documents.push(documentRecord(x, (local) => keyOf(doc, local)));
    pushAll(
      claims,
      claimsWithKeys(x, (local) => keyOf(doc, local)),
    );
  }
  const keyed = [...edges.values()].map((edge) => ({
    key: `${edge.type}:${keys[edge.source]}->${keys[edge.target]}`,
    edge,
  }));
  edges.clear();
  const storiesOf = independentStories(stories);
  for (const { key, edge } of keyed.sort((a, b) => (a.key < b.key ? -1 : 1))) {
    const { source, target, ...attributes } = edge;
    // Corroboration: two versions of one story are one source.
    if (attributes.type !== MENTIONED_WITH) {
      const documents = [...new Set(attributes.evidence.map((e) => e.document))];
      Object.assign(attributes, { stories: storiesOf(documents) });
    }
    graph.addDirectedEdgeWithKey(key, keys[source], keys[target], attributes);
  }

  graph.replaceAttributes({ name, documents, reviews, claims, stories });
  return { graph, timings: { resolve: resolved - started, build: performance.now() - resolved } };
}

/**
 * Cross-document resolution and all that needs every document's entities at once: the entities become the graph's
 * nodes, merges the reviews, and shingles the stories. What it returns is all the rest of the build needs of them.
 */
function resolveEntities(input: GraphInput, curation: Curation, graph: KnowledgeGraph) {
  // Taken here, so that once this returns only the build's list of documents still to fold in holds them.
  const { wires, shingles } = input.take();
  const sorted = wires
    .map((wire) => ({ wire, x: decodeExtraction(wire, 'entities') }))
    .sort((a, b) => (a.x.document.id < b.x.document.id ? -1 : 1));
  const extractions = sorted.map(({ x }) => x);
  const resolution = resolveCorpus(extractions, { separate: curation.separate });
  const resolved = performance.now();
  const clusters = entityClusters(resolution, curation);
  const keys = assignKeys(clusters);
  // Cluster index of each flat document entity (-1: ignored by curation); edges are counted on these numbers and
  // get their string keys once each, not once per sentence that names a pair.
  const clusterOf = new Int32Array(resolution.locals.length).fill(-1);
  clusters.forEach((c, i) => c.members.forEach((m) => (clusterOf[m] = i)));
  const keyOfFlat = (flat: number) => keys[clusterOf[flat]];
  const flatBase: number[] = [];
  extractions.reduce((offset, x, doc) => ((flatBase[doc] = offset), offset + x.entities.length), 0);

  clusters.forEach((c, i) => {
    const members = c.members.map((m) => resolution.locals[m]);
    graph.addNode(keys[i], {
      label: c.label,
      type: c.type,
      aliases: c.aliases,
      documents: [...new Set(members.map((m) => extractions[m.doc].document.id))].sort(),
      mentions: members.reduce((n, m) => n + m.entity.mentions.length, 0),
      x: 0,
      y: 0,
      size: 1,
    });
  });
  return {
    order: sorted.map(({ wire }): WireExtraction | null => wire),
    keys,
    clusterOf,
    flatBase,
    reviews: markConfirmed(mergeReviews(resolution, keyOfFlat, extractions), curation.confirm, graph),
    stories: findStories(
      extractions.map((x) => x.document),
      shingles,
    ),
    resolved,
  };
}

/** Applied merges the curation's "confirm" names, by the entity (key or any name) and the alias. */
function markConfirmed(list: MergeReview[], confirm: Curation['confirm'], graph: KnowledgeGraph): MergeReview[] {
  if (!confirm.length) return list;
  return list.map((review) => {
    if (!review.applied || !graph.hasNode(review.entity)) return review;
    const { label, aliases } = graph.getNodeAttributes(review.entity);
    const kept = confirm.some(
      ([entity, alias]) =>
        alias.toLowerCase() === review.alias.toLowerCase() && namesEntity(entity, review.entity, [label, ...aliases]),
    );
    return kept ? { ...review, confirmed: true } : review;
  });
}

/** A document's claims, their speakers and the entities they name as graph keys. */
function claimsWithKeys(x: DocumentExtraction, keyOf: (local: number) => string | undefined): Claim[] {
  return x.claims.map((c) => {
    const speaker = c.speaker === null ? null : (keyOf(c.speaker) ?? null);
    const about = c.about.map(keyOf).filter((k): k is string => !!k && k !== speaker);
    return { ...c, speaker, about: [...new Set(about)].sort() };
  });
}

function documentRecord(x: DocumentExtraction, keyOf: (local: number) => string | undefined): DocumentRecord {
  const mentions: Record<string, MentionSpan[]> = {};
  for (const e of x.entities) {
    const key = keyOf(e.id);
    if (key) pushAll((mentions[key] ??= []), e.mentions);
  }
  const ordered = Object.fromEntries(
    Object.keys(mentions)
      .sort()
      .map((k) => [k, mentions[k].sort((a, b) => a.start - b.start)]),
  );
  return { ...x.document, mentions: ordered };
}

/** Merges made (or declined) on likeness, and the ambiguous ones within documents, for a person to check. */
function mergeReviews(
  resolution: ReturnType<typeof resolveCorpus>,
  keyOfFlat: (flat: number) => string | undefined,
  sorted: DocumentExtraction[],
): MergeReview[] {
  const list: MergeReview[] = resolution.merges.flatMap((m) => {
    const entity = keyOfFlat(m.applied ? m.from : m.into);
    if (!entity) return [];
    const alias = resolution.locals[m.from].entity.label;
    const review: MergeReview = { entity, alias, reason: m.reason, confidence: m.confidence, applied: m.applied };
    if (!m.applied) review.candidate = keyOfFlat(m.from);
    return [review];
  });
  for (const x of sorted) for (const r of x.reviews) list.push({ ...r, reason: `${r.reason} in ${x.document.id}` });
  const seen = new Set<string>();
  return list
    .filter((r) => {
      const k = `${r.entity}|${r.alias}|${r.reason}`;
      return !seen.has(k) && !!seen.add(k);
    })
    .sort((a, b) => (a.entity < b.entity ? -1 : a.entity > b.entity ? 1 : a.alias < b.alias ? -1 : 1));
}
