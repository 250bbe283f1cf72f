// The layout of a graph too big for ForceAtlas2 on every node: bounded work, the same picture every run, and nodes
// outside the laid-out core next to a neighbour rather than anywhere.
import { MultiGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { LAYOUT_CORE, layoutGraph } from '../../src/graph/layout.ts';
import type { KnowledgeGraph } from '../../src/model/graph.ts';

/** Hubs with leaves, every hub linked to the next, plus a few pairs no edge joins to the rest. */
function hubsAndLeaves(hubs: number, leaves: number, islands: number): KnowledgeGraph {
  const graph: KnowledgeGraph = new MultiGraph({ type: 'directed', allowSelfLoops: false });
  const node = (key: string) =>
    graph.addNode(key, { label: key, type: 'Person', aliases: [], documents: [], mentions: 1, x: 0, y: 0, size: 1 });
  const edge = (a: string, b: string) =>
    graph.addDirectedEdgeWithKey(`MENTIONED_WITH:${a}->${b}`, a, b, {
      type: 'MENTIONED_WITH',
      evidence: [],
      weight: 1,
    });
  for (let h = 0; h < hubs; h++) node(`hub-${h}`);
  for (let h = 0; h < hubs; h++) edge(`hub-${h}`, `hub-${(h + 1) % hubs}`);
  for (let h = 0; h < hubs; h++) {
    for (let l = 0; l < leaves; l++) {
      node(`leaf-${h}-${l}`);
      edge(`hub-${h}`, `leaf-${h}-${l}`);
    }
  }
  for (let i = 0; i < islands; i++) {
    node(`island-${i}-a`);
    node(`island-${i}-b`);
    edge(`island-${i}-a`, `island-${i}-b`);
  }
  return graph;
}

describe('layoutGraph past the core size', () => {
  const hubs = 400;
  const build = () => hubsAndLeaves(hubs, 4, 3);

  it('gives every node a finite position, the same on every run', () => {
    const first = build();
    const second = build();
    expect(first.order).toBeGreaterThan(LAYOUT_CORE);
    layoutGraph(first);
    layoutGraph(second);
    const positions = (g: KnowledgeGraph) => g.mapNodes((n, a) => `${n} ${a.x} ${a.y}`);
    expect(
      positions(first).every((p) =>
        p
          .split(' ')
          .slice(1)
          .every((v) => Number.isFinite(Number(v))),
      ),
    ).toBe(true);
    expect(positions(first)).toEqual(positions(second));
  });

  it('places a leaf nearer its hub than the hubs are to each other on average', () => {
    const graph = build();
    layoutGraph(graph);
    const at = (n: string) => graph.getNodeAttributes(n);
    const distance = (a: string, b: string) => Math.hypot(at(a).x - at(b).x, at(a).y - at(b).y);
    let leafSum = 0;
    let hubSum = 0;
    for (let h = 0; h < hubs; h++) {
      leafSum += distance(`hub-${h}`, `leaf-${h}-3`);
      hubSum += distance(`hub-${h}`, `hub-${(h + hubs / 2) % hubs}`);
    }
    // Spread out (the spiral the core starts from has a radius of hundreds), and leaves close to their hub.
    expect(hubSum / hubs).toBeGreaterThan(50);
    expect(leafSum / hubs).toBeLessThan(hubSum / hubs / 4);
    // The islands are placed too, and apart from each other.
    expect(distance('island-0-a', 'island-1-a')).toBeGreaterThan(0);
  });
});
