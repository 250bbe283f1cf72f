// Graphs for the explorer's unit tests: the real seed graph, and small hand-made ones.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MultiGraph } from 'graphology';
import type { KnowledgeGraph } from '../../src/model/graph.ts';
import type { EdgeType, EntityType } from '../../src/model/vocabulary.ts';
import { parseGraph } from '../../src/explorer/core/loadGraph.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export function seedGraph(): KnowledgeGraph {
  const file = join(ROOT, 'graph-data/graph.json');
  return parseGraph(JSON.parse(readFileSync(file, 'utf8')), file);
}

/** `entity('Kapustin', 'Person')` -> key person:kapustin. */
export const key = (label: string, type: EntityType = 'Person') =>
  `${type.toLowerCase()}:${label.toLowerCase().replace(/\W+/g, '-')}`;

export function smallGraph(
  entities: [label: string, type: EntityType][],
  relations: [source: string, type: EdgeType, target: string, documents?: string[]][],
): KnowledgeGraph {
  const graph: KnowledgeGraph = new MultiGraph({ type: 'directed' });
  graph.replaceAttributes({ name: 'test', documents: [], reviews: [] });
  entities.forEach(([label, type], i) =>
    graph.addNode(key(label, type), {
      label,
      type,
      aliases: [label],
      documents: ['a.txt'],
      mentions: i + 1,
      x: i,
      y: -i,
      size: 5,
    }),
  );
  const byLabel = new Map(entities.map(([label, type]) => [label, key(label, type)]));
  for (const [source, type, target, documents = ['a.txt']] of relations) {
    const s = byLabel.get(source)!;
    const t = byLabel.get(target)!;
    const evidence = documents.map((document, i) => ({
      document,
      text: `${source} ${type} ${target}.`,
      start: i * 10,
      end: i * 10 + 9,
      rule: 'test',
    }));
    graph.addEdgeWithKey(`${type}:${s}->${t}`, s, t, { type, evidence, weight: evidence.length });
  }
  return graph;
}
