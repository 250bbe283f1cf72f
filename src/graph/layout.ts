// A deterministic ForceAtlas2 layout and node sizes, so the explorer opens on a readable picture at once.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { KnowledgeGraph } from '../model/graph.ts';
import { MENTIONED_WITH } from '../model/vocabulary.ts';

/**
 * Past this many nodes only the LAYOUT_CORE best-connected ones go through ForceAtlas2 and the rest are placed beside
 * their neighbours. ForceAtlas2's cost grows faster than the graph (300 exact iterations take 1.6 s at 1,000 nodes;
 * an approximate one 190 ms at 20,000 nodes against 4 ms at 1,000), so laying out everything made the layout the
 * slowest stage of a big run; now it costs about the same at any size past this.
 */
export const LAYOUT_EXACT = 500;
export const LAYOUT_CORE = 1000;
const GOLDEN_ANGLE = 2.399963;

/** Positions start on a spiral in key order: the same graph always gets the same picture. */
export function layoutGraph(graph: KnowledgeGraph): void {
  let i = 0;
  graph.forEachNode((node) => {
    const angle = i * GOLDEN_ANGLE;
    const radius = 10 * Math.sqrt(++i);
    const typed = graph.reduceEdges(node, (n, _e, a) => n + (a.type === MENTIONED_WITH ? 0 : 1), 0);
    graph.mergeNodeAttributes(node, {
      x: radius * Math.cos(angle),
      y: radius * Math.sin(angle),
      size: nodeSize(typed, graph.getNodeAttribute(node, 'mentions')),
    });
  });
  // Taken after the spiral: the core starts from those positions.
  const core = coreNodes(graph);
  if (core) {
    runForceAtlas2(core, { iterations: 100, barnesHutOptimize: true });
    core.forEachNode((node, { x, y }) => graph.mergeNodeAttributes(node, { x, y }));
    placeAroundNeighbours(graph, new Set(core.nodes()));
  } else if (graph.order > 1) runForceAtlas2(graph, { iterations: 300, barnesHutOptimize: false });
  graph.updateEachNodeAttributes((_node, a) => ({ ...a, x: round(a.x), y: round(a.y) }), { attributes: ['x', 'y'] });
}

function runForceAtlas2(graph: KnowledgeGraph, run: { iterations: number; barnesHutOptimize: boolean }): void {
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: run.barnesHutOptimize };
  forceAtlas2.assign(graph, { iterations: run.iterations, settings, getEdgeWeight: 'weight' });
}

/** The LAYOUT_CORE nodes with most edges (ties by key) and the edges between them; null for a small graph. */
function coreNodes(graph: KnowledgeGraph): KnowledgeGraph | null {
  if (graph.order <= LAYOUT_EXACT) return null;
  const ranked = graph.nodes().map((node) => ({ node, degree: graph.degree(node) }));
  ranked.sort((a, b) => b.degree - a.degree || (a.node < b.node ? -1 : 1));
  const keep = new Set(ranked.slice(0, LAYOUT_CORE).map(({ node }) => node));
  const core: KnowledgeGraph = graph.nullCopy();
  graph.forEachNode((node, attributes) => {
    if (keep.has(node)) core.addNode(node, { ...attributes });
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    if (keep.has(source) && keep.has(target)) core.addDirectedEdgeWithKey(edge, source, target, attributes);
  });
  return core;
}

/**
 * Breadth-first from the laid-out nodes, each other node goes on a small spiral around the neighbour that reached
 * it; a part of the graph no edge joins to them starts on a ring outside the picture. Linear in the graph's size.
 */
function placeAroundNeighbours(graph: KnowledgeGraph, placed: Set<string>): void {
  let extent = 1;
  for (const node of placed)
    extent = Math.max(extent, Math.hypot(graph.getNodeAttribute(node, 'x'), graph.getNodeAttribute(node, 'y')));
  const spacing = extent / Math.sqrt(placed.size);
  const children = new Map<string, number>();
  const queue = [...placed];
  const spread = (from: number) => {
    for (let head = from; head < queue.length; head++) {
      const parent = queue[head];
      const { x, y } = graph.getNodeAttributes(parent);
      graph.forEachNeighbor(parent, (node) => {
        if (placed.has(node)) return;
        placed.add(node);
        queue.push(node);
        const k = (children.get(parent) ?? 0) + 1;
        children.set(parent, k);
        const radius = spacing * (0.5 + 0.25 * Math.sqrt(k));
        graph.mergeNodeAttributes(node, {
          x: x + radius * Math.cos(k * GOLDEN_ANGLE),
          y: y + radius * Math.sin(k * GOLDEN_ANGLE),
        });
      });
    }
  };
  spread(0);
  let outside = 0;
  graph.forEachNode((node) => {
    if (placed.has(node)) return;
    const angle = outside * GOLDEN_ANGLE;
    const radius = extent * 1.1 + spacing * Math.sqrt(++outside);
    graph.mergeNodeAttributes(node, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
    placed.add(node);
    queue.push(node);
    spread(queue.length - 1);
  });
}

const round = (v: number) => Math.round(v * 1000) / 1000;

/** Grows with relations and mentions, slowly, so hubs stand out without covering the picture. */
export const nodeSize = (relations: number, mentions: number): number =>
  round(3 + 2 * Math.log2(1 + relations) + Math.log2(1 + mentions));
