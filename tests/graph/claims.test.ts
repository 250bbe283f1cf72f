// Claims in graph.json: Claim nodes with SAID and ABOUT edges on disk, the `claims` list in memory, one for the other.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GraphFile } from '../../src/model/graphFile.ts';
import { readGraphFile } from '../../src/store/load/readGraph.ts';

const GRAPH = 'graph-data/graph.json';

describe('claims in the seed graph', () => {
  it('writes Galeotti’s words as a Claim node he SAID, ABOUT Putin', () => {
    const file = JSON.parse(readFileSync(GRAPH, 'utf8')) as GraphFile;
    const claim = file.nodes.find(
      (n) => n.attributes!.type === 'Claim' && n.attributes!.label.startsWith('they share the desire to see Putin'),
    )!;
    expect(claim).toBeDefined();
    const edges = file.edges.filter((e) => e.source === claim.key || e.target === claim.key);
    expect(edges.map((e) => `${e.source} ${e.attributes!.type} ${e.target}`)).toEqual([
      `person:mark-galeotti SAID ${claim.key}`,
      `${claim.key} ABOUT person:vladimir-putin`,
    ]);
  });

  it('reads claims back as the graph attribute, with no Claim node left among the entities', async () => {
    const graph = await readGraphFile(GRAPH);
    expect(graph.nodes.some((n) => (n.attributes!.type as string) === 'Claim')).toBe(false);
    expect(graph.edges.some((e) => ['SAID', 'ABOUT'].includes(e.attributes!.type))).toBe(false);
    const claims = graph.attributes!.claims!;
    const texts = new Map(graph.attributes!.documents.map((d) => [d.id, d.text]));
    expect(claims.length).toBeGreaterThan(40);
    for (const c of claims) expect(texts.get(c.document)!.slice(c.start, c.end)).toBe(c.text);
    const galeotti = claims.filter((c) => c.speaker === 'person:mark-galeotti');
    expect(galeotti.length).toBeGreaterThanOrEqual(4);
    expect(galeotti.some((c) => c.medium === 'NBC News')).toBe(true);
  });
});
