// What a large canvas draws: how many lines and moving points at a zoom, and when the focus goes on a veil.
import { describe, expect, it } from 'vitest';
import { MultiGraph } from 'graphology';
import type { KnowledgeGraph } from '../../src/model/graph.ts';
import type { ExplorerState } from '../../src/explorer/core/store.ts';
import { carded } from '../../src/explorer/view/focusLayer.ts';
import { atZoom, MOVING_POINTS, OVERVIEW_LINES, veiled, VEIL_FROM } from '../../src/explorer/view/levelOfDetail.ts';

describe('level of detail', () => {
  it.each([
    // budget, items, camera ratio, drawn
    [OVERVIEW_LINES, 374_322, 1, OVERVIEW_LINES],
    [OVERVIEW_LINES, 374_322, 3, OVERVIEW_LINES],
    [OVERVIEW_LINES, 374_322, 0.5, 2 * OVERVIEW_LINES],
    [OVERVIEW_LINES, 374_322, 0.25, 374_322],
    [OVERVIEW_LINES, 40_000, 1, 40_000],
    [MOVING_POINTS, 100_000, 1, MOVING_POINTS],
    [MOVING_POINTS, 100_000, 0.1, 100_000],
    [MOVING_POINTS, 10_000, 1, 10_000],
  ])('of %i for %i items at ratio %f draws %i', (budget, count, ratio, drawn) => {
    expect(atZoom(budget, count, ratio)).toBe(drawn);
  });
});

describe('the veil', () => {
  it('goes over canvases of VEIL_FROM nodes and edges, not smaller ones', () => {
    const canvas: KnowledgeGraph = new MultiGraph({ type: 'directed', allowSelfLoops: true });
    for (let i = 0; i < VEIL_FROM - 1; i++) canvas.addNode(`n${i}`);
    expect(veiled(canvas)).toBe(false);
    canvas.addNode('one more');
    expect(veiled(canvas)).toBe(true);
  });

  it('cards the selected entity and both ends of a path, not the hovered one', () => {
    const state = { selection: { kind: 'none' }, path: null, hovered: null } as unknown as ExplorerState;
    expect(carded({ ...state, selection: { kind: 'node', key: 'a' }, hovered: 'h' })).toEqual(new Set(['a']));
    expect(carded({ ...state, path: { from: 'a', to: 'b', result: null } })).toEqual(new Set(['a', 'b']));
    expect(carded(state).size).toBe(0);
  });
});
