// A synthetic graph in the graph.json format, as large as asked: deterministic (seeded), with hubs, aliases,
// evidence sentences and documents, so load and query times resemble a real corpus of that size.
import type { DocumentRecord, SerializedKnowledgeGraph } from '../../../src/model/graph.ts';
import { ENTITY_TYPES, MENTIONED_WITH, RELATION_TYPES, type EdgeType } from '../../../src/model/vocabulary.ts';

/** mulberry32: small, fast and the same on every machine. */
export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  'ka',
  'lo',
  'mir',
  'van',
  'os',
  'tel',
  'ri',
  'zan',
  'ber',
  'ko',
  'nu',
  'sha',
  'dor',
  'vi',
  'an',
  'gel',
];
const ORG_WORDS = ['Corps', 'Legion', 'Brigade', 'Ministry', 'Front', 'Council', 'Agency', 'Group', 'Party', 'Bank'];

export const entityName = (i: number): string => {
  const word = (n: number) => {
    const a = SYLLABLES[n % 16];
    const b = SYLLABLES[Math.floor(n / 16) % 16];
    return (a + b).charAt(0).toUpperCase() + (a + b).slice(1);
  };
  const type = ENTITY_TYPES[i % 3];
  if (type === 'Organization') return `${word(i)} ${ORG_WORDS[i % ORG_WORDS.length]} ${i}`;
  if (type === 'Location') return `${word(i)}grad ${i}`;
  return `${word(i)} ${word(Math.floor(i / 7))}ov ${i}`;
};

export const entityKey = (i: number) => `${ENTITY_TYPES[i % 3].toLowerCase()}:e${i}`;

/** `entities` nodes and five times as many relations (60% typed, 40% co-occurrence). */
export function generateGraph(entities: number, seed = 42): SerializedKnowledgeGraph {
  const random = prng(seed);
  const documentCount = Math.max(2, Math.round(entities / 100));
  const documentId = (d: number) => `doc-${String(d).padStart(6, '0')}.txt`;
  const docOf = (i: number) => Math.floor((i * 7919) % documentCount);
  const nodes = Array.from({ length: entities }, (_, i) => {
    const name = entityName(i);
    return {
      key: entityKey(i),
      attributes: {
        label: name,
        type: ENTITY_TYPES[i % 3],
        aliases: i % 4 === 0 ? [name, name.split(' ')[0]] : [name],
        documents: [documentId(docOf(i))],
        mentions: 1 + Math.floor(random() * 20),
        x: Math.round(random() * 1000) / 10,
        y: Math.round(random() * 1000) / 10,
        size: 1 + Math.round(random() * 10),
      },
    };
  });
  // A squared draw makes low indices hubs, as prominent entities are in news.
  const pick = () => Math.floor(random() * random() * entities);
  const edges = new Map<string, SerializedKnowledgeGraph['edges'][number]>();
  while (edges.size < entities * 5) {
    const a = Math.floor(random() * entities);
    const b = random() < 0.5 ? pick() : Math.floor(random() * entities);
    if (a === b) continue;
    const type: EdgeType =
      random() < 0.4 ? MENTIONED_WITH : RELATION_TYPES[Math.floor(random() * RELATION_TYPES.length)];
    const key = `${type}:${entityKey(a)}->${entityKey(b)}`;
    if (edges.has(key)) continue;
    const count = 1 + Math.floor(random() * 2);
    const evidence = Array.from({ length: count }, (_, k) => {
      const text = `${entityName(a)} was said to work with ${entityName(b)} in a statement on the events of week ${k}.`;
      const start = Math.floor(random() * 5000);
      return { document: documentId(docOf(a)), text, start, end: start + text.length, rule: 'synthetic' };
    });
    edges.set(key, { key, source: entityKey(a), target: entityKey(b), attributes: { type, evidence, weight: count } });
  }
  const documents: DocumentRecord[] = Array.from({ length: documentCount }, (_, d) => ({
    id: documentId(d),
    title: `Synthetic report ${d}`,
    source: d % 2 ? 'Synthetic News' : null,
    published: `2024-01-${String(1 + (d % 28)).padStart(2, '0')}`,
    words: 800,
    sha256: String(d).padStart(64, '0'),
    text: '',
    mentions: {},
  }));
  nodes.forEach((n, i) => (documents[docOf(i)].mentions[n.key] = [{ start: 0, end: 5 }]));
  return {
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    attributes: { name: `synthetic ${entities}`, documents, reviews: [] },
    nodes,
    edges: [...edges.values()],
  };
}
