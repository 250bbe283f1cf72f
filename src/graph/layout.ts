// A deterministic ForceAtlas2 layout and node sizes, so the explorer opens on a readable picture at once.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { KnowledgeGraph } from '../model/graph.ts';
import { MENTIONED_WITH } from '../model/vocabulary.ts';

/** Positions start on a spiral in key order: the same graph always gets the same picture. */
export function layoutGraph(graph: KnowledgeGraph): void {
  let i = 0;
  graph.forEachNode((node) => {
    const angle = i * 2.399963;
    const radius = 10 * Math.sqrt(++i);
    const typed = graph.reduceEdges(node, (n, _e, a) => n + (a.type === MENTIONED_WITH ? 0 : 1), 0);
    graph.mergeNodeAttributes(node, {
      x: radius * Math.cos(angle),
      y: radius * Math.sin(angle),
      size: nodeSize(typed, graph.getNodeAttribute(node, 'mentions')),
    });
  });
  if (graph.order > 1) {
    const settings = forceAtlas2.inferSettings(graph);
    const iterations = graph.order > 20000 ? 50 : graph.order > 2000 ? 100 : 300;
    forceAtlas2.assign(graph, {
      iterations,
      settings: { ...settings, barnesHutOptimize: graph.order > 2000 },
      getEdgeWeight: 'weight',
    });
  }
  graph.updateEachNodeAttributes((_node, a) => ({ ...a, x: round(a.x), y: round(a.y) }), { attributes: ['x', 'y'] });
}

const round = (v: number) => Math.round(v * 1000) / 1000;

/** Grows with relations and mentions, slowly, so hubs stand out without covering the picture. */
export const nodeSize = (relations: number, mentions: number): number =>
  round(3 + 2 * Math.log2(1 + relations) + Math.log2(1 + mentions));
