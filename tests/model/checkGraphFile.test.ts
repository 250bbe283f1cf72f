// graph.json is checked by one validator: the loader and the explorer accept and refuse the same files, with the
// same message naming the file, the element and the field.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkGraph } from '../../src/explorer/core/checkGraph.ts';
import { checkGraphFile } from '../../src/model/checkGraphFile.ts';
import { readGraphFile } from '../../src/store/load/readGraph.ts';

const SEED = JSON.parse(readFileSync('graph-data/graph.json', 'utf8')) as { nodes: unknown[]; edges: unknown[] };
const node = (attributes: Record<string, unknown>) => ({
  key: 'person:a',
  attributes: { label: 'A', type: 'Person', aliases: [], documents: [], mentions: 1, x: 0, y: 0, ...attributes },
});

describe('the graph.json validator', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-check-graph-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('accepts the seed graph, and loader and explorer read the same entities', async () => {
    const file = join(dir, 'seed.json');
    writeFileSync(file, JSON.stringify(SEED));
    const loaded = await readGraphFile(file);
    const { nodes, edges } = checkGraph(structuredClone(SEED), file);
    expect(nodes.nodes.map((n) => n.key)).toEqual(loaded.nodes.map((n) => n.key));
    expect(edges.length).toBe(loaded.edges.length);
    expect(nodes.attributes.documents.length).toBeGreaterThan(0);
  });

  it.each([
    ['no lists', { nodes: [] }, /no "nodes" and "edges" arrays/],
    ['an unknown type', { nodes: [node({ type: 'Robot' })], edges: [] }, /node 0 \(person:a\) has type "Robot"/],
    ['no position', { nodes: [node({ x: 'left' })], edges: [] }, /node 0 \(person:a\) has no x\/y position/],
    ['aliases not a list', { nodes: [node({ aliases: 'A' })], edges: [] }, /aliases and documents must be lists/],
    [
      'an edge to nowhere',
      { nodes: [node({})], edges: [{ key: 'e', source: 'person:a', target: 'person:b', attributes: {} }] },
      /edge 0 \(e\) links a node that is not in the graph/,
    ],
    [
      'a document without a title',
      { nodes: [], edges: [], attributes: { documents: [{ id: 'a.txt' }] } },
      /document 0 needs an id and a title/,
    ],
    [
      'a date that is not text',
      { nodes: [], edges: [], attributes: { documents: [{ id: 'a.txt', title: 'A', published: 2023 }] } },
      /document a\.txt: source and published must be text or null/,
    ],
  ])('refuses %s, in the loader and in the explorer alike', async (_what, json, message) => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify(json));
    const fromLoader = await readGraphFile(file).catch((error: Error) => error.message);
    const fromExplorer = (() => {
      try {
        checkGraph(structuredClone(json), file);
        return 'accepted';
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(fromLoader).toMatch(message);
    expect(fromLoader).toMatch(/Regenerate it with npm run extract\.$/);
    expect(fromExplorer).toBe(fromLoader);
  });

  it('fills the lists older graphs lack', () => {
    const graph = checkGraphFile({ nodes: [node({})], edges: [] }, 'old.json');
    expect(graph.attributes).toMatchObject({ documents: [], reviews: [] });
  });
});
