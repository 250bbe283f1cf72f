// Who said what in the explorer's logic, on the seed graph: the claim index behind the entity panel, the reader's
// segments cut at claims, the claim layer on the canvas (off by default, on with the toggle, following the scene),
// and the toggle and the independent-story minimum in the URL.
import { MultiGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { syncCanvasGraph } from '../../src/explorer/core/canvasGraph.ts';
import { claimEdgeCount, claimLayer, EMPTY_LAYER, syncClaimLayer } from '../../src/explorer/core/claimLayer.ts';
import { claimsOf, indexClaims, splitAtClaims } from '../../src/explorer/core/claims.ts';
import { defaultFilters } from '../../src/explorer/core/filters.ts';
import { FULL_SCENE, type Position } from '../../src/explorer/core/scene.ts';
import { documentMentions, segmentText } from '../../src/explorer/core/textSegments.ts';
import { decodeViewState, defaultViewState, encodeViewState } from '../../src/explorer/core/urlState.ts';
import type { Claim } from '../../src/model/claims.ts';
import type { KnowledgeGraph } from '../../src/model/graph.ts';
import { fromGraphFile, isClaimNode } from '../../src/model/graphFile.ts';
import { seedGraph } from './graphs.ts';

const GALEOTTI = 'person:mark-galeotti';
const PUTIN = 'person:vladimir-putin';

describe('the claim index', () => {
  const seed = seedGraph();
  const index = claimsOf(seed);

  it("holds every claim of graph.json, Galeotti's “share the desire” among what he said", () => {
    expect(index.all.length).toBe(seed.getAttribute('claims')!.length);
    const said = index.bySpeaker.get(GALEOTTI)!;
    expect(said.map((c) => c.text)).toContainEqual(
      expect.stringContaining('share the desire to see Putin’s regime fall'),
    );
    expect(said.every((c) => c.speaker === GALEOTTI)).toBe(true);
  });

  it('lists as said about an entity the claims naming it, never its own', () => {
    const about = index.byAbout.get(PUTIN)!;
    expect(about.length).toBeGreaterThan(3);
    expect(about.every((c) => c.about.includes(PUTIN) && c.speaker !== PUTIN)).toBe(true);
    const own = seed.getAttribute('claims')!.filter((c) => c.speaker === PUTIN && c.about.includes(PUTIN));
    for (const claim of own) expect(about).not.toContain(claim);
  });

  it('leaves out a claim whose offsets do not hold its words', () => {
    const doc = seed.getAttribute('documents')[0]!;
    const good = index.byDocument.get(doc.id)![0]!;
    const moved = { ...good, start: good.start + 1 };
    const texts = new Map([[doc.id, doc.text]]);
    expect(indexClaims([good, moved], texts).all).toEqual([good]);
  });
});

describe('the reader, cut at claims', () => {
  const claim = (start: number, end: number): Claim => ({
    document: 'd',
    kind: 'direct',
    text: 'x'.repeat(end - start),
    start,
    end,
    sentence: { start, end },
    cue: 'said',
    medium: null,
    speaker: null,
    about: [],
  });

  it('cuts segments where claims begin and end, each piece knowing its claim', () => {
    const text = 'He said “we will win” and left. “Never” too.';
    const first = claim(9, 20);
    const second = claim(33, 38);
    const pieces = splitAtClaims(segmentText(text, []), [first, second]);
    expect(pieces.map((p) => [p.text, p.claim === first ? 1 : p.claim === second ? 2 : 0])).toEqual([
      ['He said “', 0],
      ['we will win', 1],
      ['” and left. “', 0],
      ['Never', 2],
      ['” too.', 0],
    ]);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
  });

  it('keeps mentions and the focused sentence inside a claim, and a nested claim out', () => {
    const seed = seedGraph();
    const galeotti = claimsOf(seed)
      .bySpeaker.get(GALEOTTI)!
      .find((c) => c.text.includes('share the desire'))!;
    const doc = seed.getAttribute('documents').find((d) => d.id === galeotti.document)!;
    const segments = segmentText(doc.text, documentMentions(doc), galeotti.sentence);
    const inner = { ...galeotti, start: galeotti.start + 5, end: galeotti.end - 5 };
    const pieces = splitAtClaims(segments, [galeotti, inner]);
    const inClaim = pieces.filter((p) => p.claim === galeotti);
    expect(inClaim.map((p) => p.text).join('')).toBe(galeotti.text);
    expect(inClaim.some((p) => p.entity === PUTIN)).toBe(true);
    expect(inClaim.every((p) => p.focused)).toBe(true);
    expect(pieces.some((p) => p.claim === inner)).toBe(false);
    expect(pieces.map((p) => p.text).join('')).toBe(doc.text);
  });
});

describe('claims on the canvas', () => {
  /** The canvas as the explorer keeps it: entities by the scene and filters, then the claim layer. */
  const sync = (data: KnowledgeGraph, canvas: KnowledgeGraph, placement: Map<string, Position>, claims: boolean) => {
    const filters = { ...defaultFilters(), claims };
    syncCanvasGraph(data, canvas, FULL_SCENE, filters, placement);
    const layer = claims ? claimLayer(data, claimsOf(data), (n) => canvas.hasNode(n), placement) : EMPTY_LAYER;
    syncClaimLayer(canvas, layer);
  };
  const claimNodes = (canvas: KnowledgeGraph) => canvas.filterNodes((_n, a) => isClaimNode(a));

  it('are off by default, and on with the toggle as nodes with SAID and ABOUT edges, as graph.json holds them', () => {
    const data = seedGraph();
    const canvas: KnowledgeGraph = new MultiGraph({ type: 'directed', allowSelfLoops: true });
    const placement = new Map<string, Position>();
    sync(data, canvas, placement, false);
    expect(claimNodes(canvas)).toEqual([]);
    expect(defaultFilters().claims).toBe(false);

    sync(data, canvas, placement, true);
    const claims = data.getAttribute('claims')!;
    expect(claimNodes(canvas).length).toBe(claims.filter((c) => c.speaker !== null || c.about.length).length);
    const said = canvas.filterEdges((_e, a) => (a.type as string) === 'SAID');
    expect(said.length).toBe(claims.filter((c) => c.speaker !== null).length);
    expect(canvas.filterEdges((_e, a) => (a.type as string) === 'ABOUT').length).toBe(
      claims.reduce((n, c) => n + c.about.length, 0),
    );
    // An export of the canvas reads back with the same claims.
    const back = fromGraphFile(canvas.export() as never);
    expect(back.attributes?.claims?.length).toBe(claimNodes(canvas).length);
    expect(back.nodes.length).toBe(data.order);

    // A second sync changes nothing, and claims keep their places.
    const before = new Map(claimNodes(canvas).map((n) => [n, canvas.getNodeAttributes(n).x]));
    sync(data, canvas, placement, true);
    expect(new Map(claimNodes(canvas).map((n) => [n, canvas.getNodeAttributes(n).x]))).toEqual(before);

    // Counted from the claims' ends, not by a pass over every relation (the overview's "relations shown").
    const claimEdges = canvas.filterEdges((_e, a) => ['SAID', 'ABOUT'].includes(a.type as string)).length;
    expect(claimEdges).toBeGreaterThan(0);
    expect(claimEdgeCount(canvas)).toBe(claimEdges);

    sync(data, canvas, placement, false);
    expect(claimNodes(canvas)).toEqual([]);
    expect(claimEdgeCount(canvas)).toBe(0);
    expect(canvas.order).toBe(data.order);
    expect(canvas.filterEdges((_e, a) => (a.type as string) === 'SAID')).toEqual([]);
  });

  it('follow the scene: a claim stays while its speaker or a subject is shown, without edges to hidden ones', () => {
    const data = seedGraph();
    const canvas: KnowledgeGraph = new MultiGraph({ type: 'directed', allowSelfLoops: true });
    const placement = new Map<string, Position>();
    const scene = { ...FULL_SCENE, mode: 'some' as const, shown: new Set([GALEOTTI]) };
    const filters = { ...defaultFilters(), claims: true };
    syncCanvasGraph(data, canvas, scene, filters, placement);
    syncClaimLayer(
      canvas,
      claimLayer(data, claimsOf(data), (n) => canvas.hasNode(n), placement),
    );
    const shown = claimNodes(canvas);
    const ofGaleotti = claimsOf(data).all.filter((c) => c.speaker === GALEOTTI || c.about.includes(GALEOTTI));
    expect(shown.length).toBe(ofGaleotti.length);
    canvas.forEachEdge((_e, _a, source, target) => {
      expect(canvas.hasNode(source) && canvas.hasNode(target)).toBe(true);
    });
    // Placed around Galeotti, not at the origin.
    const at = canvas.getNodeAttributes(GALEOTTI);
    for (const node of shown) expect(canvas.getNodeAttributes(node).x).not.toBe(0);
    expect(
      shown.some((n) => Math.hypot(canvas.getNodeAttribute(n, 'x') - at.x, canvas.getNodeAttribute(n, 'y') - at.y) > 0),
    ).toBe(true);
  });
});

describe('the URL', () => {
  it('keeps the claims toggle and the minimum of independent stories', () => {
    const view = defaultViewState();
    view.filters = { ...view.filters, claims: true, minStories: 2 };
    const fragment = encodeViewState(view);
    expect(fragment).toContain('claims=1');
    expect(fragment).toContain('minstories=2');
    const back = decodeViewState(fragment, () => true).filters;
    expect([back.claims, back.minStories]).toEqual([true, 2]);
    expect(encodeViewState(defaultViewState())).toBe('');
  });
});
