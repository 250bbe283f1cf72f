// Synthetic knowledge graphs for the UI benchmark, in graph.json's format: n entities in clustered positions (as a
// layout would leave them) and about 5 relations per entity, each with one evidence sentence.
import { MultiGraph } from 'graphology';
import type { DocumentRecord, KnowledgeGraph } from '../../../src/model/graph.ts';
import { ENTITY_TYPES, MENTIONED_WITH, RELATION_TYPES, type EdgeType } from '../../../src/model/vocabulary.ts';
import { mulberry32 } from '../names.ts';

export function generateGraph(nodes: number, edgesPerNode = 5, seed = 1): KnowledgeGraph {
  const rand = mulberry32(seed);
  const graph: KnowledgeGraph = new MultiGraph({ type: 'directed' });
  const clusters = Math.max(4, Math.round(Math.sqrt(nodes) / 3));
  const centres = Array.from({ length: clusters }, () => ({ x: (rand() - 0.5) * 2000, y: (rand() - 0.5) * 2000 }));
  const documents: DocumentRecord[] = Array.from({ length: 20 }, (_, i) => ({
    id: `bench-${i}.txt`,
    title: `Benchmark document ${i}`,
    source: null,
    published: null,
    words: 12,
    sha256: '',
    text: 'Entity A leads entity B. Entity B is active in place C.',
    mentions: {},
  }));
  graph.replaceAttributes({ name: `bench-${nodes}`, documents, reviews: [] });

  const clusterOf: number[] = [];
  for (let i = 0; i < nodes; i++) {
    const cluster = Math.floor(rand() * clusters);
    clusterOf.push(cluster);
    const angle = rand() * 2 * Math.PI;
    const radius = Math.sqrt(rand()) * 220;
    graph.addNode(`n${i}`, {
      label: `Entity ${i}`,
      type: ENTITY_TYPES[i % ENTITY_TYPES.length]!,
      aliases: [`E${i}`],
      documents: [documents[i % documents.length]!.id],
      mentions: 1 + Math.floor(rand() ** 3 * 40),
      x: centres[cluster]!.x + radius * Math.cos(angle),
      y: centres[cluster]!.y + radius * Math.sin(angle),
      size: 5,
    });
  }
  // Mostly within a cluster, like real communities; a quarter of the relations are co-occurrences.
  const byCluster = Array.from({ length: clusters }, () => [] as number[]);
  clusterOf.forEach((cluster, node) => byCluster[cluster]!.push(node));
  for (let e = 0; e < nodes * edgesPerNode; e++) {
    const source = Math.floor(rand() * nodes);
    const pool = rand() < 0.85 ? byCluster[clusterOf[source]!]! : null;
    const target = pool ? pool[Math.floor(rand() * pool.length)]! : Math.floor(rand() * nodes);
    if (target === source) continue;
    const type: EdgeType = rand() < 0.25 ? MENTIONED_WITH : RELATION_TYPES[Math.floor(rand() * RELATION_TYPES.length)]!;
    const key = `${type}:n${source}->n${target}`;
    if (graph.hasEdge(key)) continue;
    const document = documents[e % documents.length]!.id;
    graph.addEdgeWithKey(key, `n${source}`, `n${target}`, {
      type,
      evidence: [{ document, text: 'Entity A leads entity B.', start: 0, end: 24, rule: 'synthetic' }],
      weight: 1,
    });
  }
  return graph;
}
