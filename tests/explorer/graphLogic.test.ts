// Pure graph logic behind the explorer: filters and evidence counts, scene steps, capped expansion, collapse,
// shortest path, search, parallel-edge curves, and keeping the canvas graph in step.
import { MultiGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { KnowledgeGraph } from '../../src/model/graph.ts';
import { syncCanvasGraph } from '../../src/explorer/core/canvasGraph.ts';
import { evidenceCounts } from '../../src/explorer/core/evidence.ts';
import { defaultFilters, edgePasses } from '../../src/explorer/core/filters.ts';
import { UndoHistory } from '../../src/explorer/core/history.ts';
import { collapseNode, expandNode, neighbourGroups } from '../../src/explorer/core/neighbours.ts';
import { parallelCurvatures } from '../../src/explorer/core/parallelEdges.ts';
import { FULL_SCENE, hideNodes, inScene, isolateNodes, pinNode } from '../../src/explorer/core/scene.ts';
import { SearchIndex } from '../../src/explorer/core/search.ts';
import { shortestPath } from '../../src/explorer/core/shortestPath.ts';
import { key, seedGraph, smallGraph } from './graphs.ts';

const seed = seedGraph();
const RVC = 'organization:russian-volunteer-corps';

describe('search', () => {
  const index = new SearchIndex(seed);
  it.each([
    ['RVC', RVC, 'RVC'],
    ['rvc', RVC, 'RVC'],
    ['Russian Volunteer', RVC, null],
    ['kapus', 'person:kapustin', null],
    ['galeotti', 'person:mark-galeotti', 'Galeotti'],
  ])('%s finds %s', (query, expected, alias) => {
    const [first] = index.search(query);
    expect(first?.key).toBe(expected);
    expect(first?.alias).toBe(alias);
  });

  it('ignores case and accents, and finds nothing for nothing', () => {
    const graph = smallGraph(
      [
        ['Zelensky', 'Person'],
        ['Kyiv', 'Location'],
      ],
      [],
    );
    graph.updateNodeAttribute(key('Zelensky'), 'aliases', () => ['Zelenskyy', 'Zélensky']);
    expect(new SearchIndex(graph).search('ZELENSKY')[0]?.key).toBe(key('Zelensky'));
    expect(new SearchIndex(graph).search('  ')).toEqual([]);
  });
});

describe('filters and evidence', () => {
  const graph = smallGraph(
    [
      ['A', 'Person'],
      ['B', 'Organization'],
      ['C', 'Organization'],
    ],
    [
      ['A', 'LEADS', 'B', ['d1', 'd2']],
      ['A', 'MEMBER_OF', 'C', ['d1']],
      ['B', 'MENTIONED_WITH', 'C', ['d1']],
    ],
  );
  it('counts distinct documents and sentences; co-occurrence counts all shared sentences', () => {
    expect(evidenceCounts(graph.getEdgeAttributes(`LEADS:${key('A')}->${key('B', 'Organization')}`))).toEqual({
      documents: 2,
      sentences: 2,
      // Without story lineage in the graph, every document is its own story.
      stories: 2,
    });
    const mentioned = {
      type: 'MENTIONED_WITH' as const,
      weight: 9,
      evidence: graph.getEdgeAttribute(
        `MENTIONED_WITH:${key('B', 'Organization')}->${key('C', 'Organization')}`,
        'evidence',
      ),
    };
    expect(evidenceCounts(mentioned)).toEqual({ documents: 1, sentences: 9, stories: 1 });
  });

  it('hides co-occurrence by default and applies minimum evidence', () => {
    const filters = defaultFilters();
    const pass = graph.mapEdges((_e, attrs) => edgePasses(filters, attrs));
    expect(pass).toEqual([true, true, false]);
    const strict = { ...filters, minDocuments: 2 };
    expect(graph.mapEdges((_e, attrs) => edgePasses(strict, attrs))).toEqual([true, false, false]);

    // Two documents that are versions of one story are one independent story.
    const leads = graph.getEdgeAttributes(`LEADS:${key('A')}->${key('B', 'Organization')}`);
    const twoStories = { ...filters, minStories: 2 };
    expect(edgePasses(twoStories, leads)).toBe(true);
    expect(edgePasses(twoStories, { ...leads, stories: 1 })).toBe(false);
    expect(edgePasses({ ...filters, minDocuments: 2 }, { ...leads, stories: 1 })).toBe(true);
  });
});

describe('scene, expansion and history', () => {
  // A hub with 250 members; P0 also belongs to Far, which is not the hub's neighbour, and the hub is allied to Other.
  const hubGraph = (): KnowledgeGraph => {
    const people = Array.from({ length: 250 }, (_, i) => [`P${i}`, 'Person'] as [string, 'Person']);
    return smallGraph(
      [['Hub', 'Organization'], ...people, ['Other', 'Organization'], ['Far', 'Organization']],
      [
        ...people.map(([p]) => [p, 'MEMBER_OF', 'Hub'] as [string, 'MEMBER_OF', string]),
        ['P0', 'MEMBER_OF', 'Far'],
        ['Hub', 'ALLIED_WITH', 'Other'],
      ],
    );
  };
  const HUB = key('Hub', 'Organization');

  it('counts neighbours by relation type and direction before expanding', () => {
    const graph = hubGraph();
    const groups = neighbourGroups(graph, HUB, isolateNodes(FULL_SCENE, [HUB]));
    expect(groups).toEqual([
      { type: 'MEMBER_OF', direction: 'in', total: 250, offCanvas: 250 },
      { type: 'ALLIED_WITH', direction: 'out', total: 1, offCanvas: 1 },
    ]);
  });

  it('expands at most 100 at a time, strongest ties first, and "show more" brings the next', () => {
    const graph = hubGraph();
    const first = expandNode(graph, isolateNodes(FULL_SCENE, [HUB]), HUB, { type: 'MEMBER_OF' });
    expect(first.added).toHaveLength(100);
    expect(first.remaining).toBe(150);
    const second = expandNode(graph, first.scene, HUB, { type: 'MEMBER_OF' });
    expect(second.added).toHaveLength(100);
    expect(second.added.some((node) => first.added.includes(node))).toBe(false);
    expect(expandNode(graph, second.scene, HUB, { type: 'MEMBER_OF' }).remaining).toBe(0);
  });

  it('collapses the neighbours that hang on the node alone, keeping anchored and pinned ones', () => {
    const graph = hubGraph();
    const FAR = key('Far', 'Organization');
    let scene = isolateNodes(FULL_SCENE, [HUB, FAR, key('Other', 'Organization'), key('P0'), key('P1'), key('P2')]);
    scene = pinNode(scene, key('P2'), { x: 1, y: 1 });
    const collapsed = collapseNode(graph, scene, HUB);
    expect([...collapsed.shown].sort()).toEqual([HUB, FAR, key('P0'), key('P2')].sort());
  });

  it('hides in the full scene and undoes and redoes steps', () => {
    const history = new UndoHistory(FULL_SCENE);
    const hidden = history.push(hideNodes(FULL_SCENE, [RVC]));
    expect(inScene(hidden, RVC)).toBe(false);
    expect(history.undo()).toBe(FULL_SCENE);
    expect(history.redo()).toBe(hidden);
    history.undo();
    history.push(isolateNodes(FULL_SCENE, [RVC]));
    expect(history.canRedo).toBe(false);
  });
});

describe('shortest path', () => {
  it('links two entities through stated relations, in either direction, listing every edge of a hop', () => {
    const path = shortestPath(seed, 'person:kapustin', 'organization:freedom-of-russia-legion', {
      edgeAllowed: (edge) => seed.getEdgeAttribute(edge, 'type') !== 'MENTIONED_WITH',
    });
    expect(path?.nodes[0]).toBe('person:kapustin');
    expect(path?.nodes.at(-1)).toBe('organization:freedom-of-russia-legion');
    for (const hop of path!.hops) {
      expect(hop.edges.length).toBeGreaterThan(0);
      expect(new Set(hop.edges).size).toBe(hop.edges.length);
    }
  });

  it('answers null when the filters cut every route', () => {
    expect(shortestPath(seed, 'person:kapustin', RVC, { edgeAllowed: () => false })).toBeNull();
  });
});

describe('canvas graph', () => {
  it('follows the scene and filters, and keeps positions of nodes that come back', () => {
    const canvas: KnowledgeGraph = new MultiGraph({ type: 'directed', allowSelfLoops: true });
    const placement = new Map<string, { x: number; y: number }>();
    syncCanvasGraph(seed, canvas, FULL_SCENE, defaultFilters(), placement);
    expect(canvas.order).toBe(seed.order);
    expect(canvas.filterEdges((_e, a) => a.type === 'MENTIONED_WITH')).toEqual([]);
    canvas.mergeNodeAttributes(RVC, { x: 1234, y: 5678 });
    const hidden = hideNodes(FULL_SCENE, [RVC]);
    syncCanvasGraph(seed, canvas, hidden, defaultFilters(), placement);
    expect(canvas.hasNode(RVC)).toBe(false);
    syncCanvasGraph(seed, canvas, FULL_SCENE, defaultFilters(), placement);
    expect(canvas.getNodeAttributes(RVC)).toMatchObject({ x: 1234, y: 5678 });
    // The loaded graph's positions are the precomputed layout and never move.
    expect(seed.getNodeAttribute(RVC, 'x')).not.toBe(1234);
  });

  it('moves a pinned node to its pin, and leaves one dropped there already (after a drag) untouched', () => {
    const canvas: KnowledgeGraph = new MultiGraph({ type: 'directed', allowSelfLoops: true });
    const placement = new Map<string, { x: number; y: number }>();
    syncCanvasGraph(seed, canvas, FULL_SCENE, defaultFilters(), placement);
    // Each update makes sigma process the whole canvas again.
    let updates = 0;
    canvas.on('nodeAttributesUpdated', () => updates++);
    const pinned = pinNode(FULL_SCENE, RVC, { x: 10, y: 20 });
    syncCanvasGraph(seed, canvas, pinned, defaultFilters(), placement);
    expect(canvas.getNodeAttributes(RVC)).toMatchObject({ x: 10, y: 20 });
    expect(updates).toBe(1);
    syncCanvasGraph(seed, canvas, pinned, defaultFilters(), placement);
    expect(updates).toBe(1);
  });
});

describe('parallel edges', () => {
  it('curves edges that share a pair, fanned out on both sides, and leaves single edges straight', () => {
    const curves = parallelCurvatures([
      { key: 'a', source: 'x', target: 'y' },
      { key: 'b', source: 'y', target: 'x' },
      { key: 'c', source: 'x', target: 'y' },
      { key: 'd', source: 'x', target: 'z' },
    ]);
    expect(curves.has('d')).toBe(false);
    const [a, b, c] = ['a', 'b', 'c'].map((k) => curves.get(k)!);
    // In the pair's frame: a and b bend to opposite sides (b runs backwards, so same sign means opposite sides).
    expect(Math.sign(a)).toBe(Math.sign(b));
    expect(Math.abs(c)).toBeGreaterThan(Math.abs(a));
  });
});
