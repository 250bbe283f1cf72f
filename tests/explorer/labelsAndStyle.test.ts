// Label placement (importance first, no overlaps, inside the view) and colouring by a metric's classes.
import { describe, expect, it } from 'vitest';
import { metricClasses, nodeColouring } from '../../src/explorer/core/nodeStyle.ts';
import { detectCommunities } from '../../src/explorer/core/communities.ts';
import { METRIC_RAMP } from '../../src/explorer/core/palette.ts';
import { placeLabels, type LabelCandidate } from '../../src/explorer/view/labelPlacement.ts';
import { boxesApart } from './labelBoxes.ts';
import { seedGraph } from './graphs.ts';

const label = (key: string, x: number, y: number, width = 60, forced = false): LabelCandidate => ({
  key,
  x,
  y,
  radius: 5,
  width,
  height: 14,
  forced,
});
const viewport = { width: 400, height: 300 };

describe('label placement', () => {
  it('keeps the more important of two overlapping labels', () => {
    // Every side of small's node is taken by big's label or disc.
    const candidates = [label('big', 100, 100), label('small', 140, 100), label('far', 300, 200)];
    expect(placeLabels(candidates, viewport, 10).map((l) => l.key)).toEqual(['big', 'far']);
  });

  it('puts a label on the left of a node near the right edge instead of cutting it off', () => {
    const [placed] = placeLabels([label('edge', 380, 100)], viewport, 10);
    expect(placed!.x + placed!.width).toBeLessThanOrEqual(viewport.width);
    expect(placed!.x).toBeLessThan(380);
  });

  it('tries the left side when the right is taken', () => {
    const placed = placeLabels([label('a', 100, 100), label('b', 60, 100, 40)], viewport, 10);
    expect(placed.map((l) => l.key)).toEqual(['a', 'b']);
    expect(placed[1]!.x + placed[1]!.width).toBeLessThanOrEqual(60);
  });

  it('does not cover a labelled node with a later label', () => {
    // b's label would start right of b, over a's disc at x=100.
    const placed = placeLabels([label('a', 100, 100, 20), label('b', 70, 100, 20)], viewport, 10);
    const b = placed.find((l) => l.key === 'b')!;
    expect(b.x + b.width <= 95 || b.x >= 105).toBe(true);
  });

  it('stops at the label budget but always places forced labels, inside the view', () => {
    const many = Array.from({ length: 20 }, (_, i) => label(`n${i}`, 20 + (i % 4) * 90, 20 + Math.floor(i / 4) * 40));
    const placed = placeLabels([label('hovered', 395, 298, 80, true), ...many], viewport, 5);
    expect(placed).toHaveLength(5);
    const hovered = placed[0]!;
    expect(hovered.key).toBe('hovered');
    expect(hovered.x + hovered.width).toBeLessThanOrEqual(viewport.width);
    expect(hovered.y + hovered.height / 2).toBeLessThanOrEqual(viewport.height);
  });

  it('never overlaps two labels on a crowded random view', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const crowd = Array.from({ length: 2000 }, (_, i) =>
      label(`n${i}`, random() * 400, random() * 300, 20 + random() * 60),
    );
    const placed = placeLabels(crowd, viewport, 1000);
    expect(placed.length).toBeGreaterThan(10);
    for (const [i, a] of placed.entries())
      for (const b of placed.slice(i + 1)) expect(boxesApart(a, b), `${a.key} and ${b.key}`).toBe(true);
  });
});

describe('colour by property', () => {
  it('splits skewed values into classes of similar size, merging repeated bounds', () => {
    const values = [1, 1, 1, 1, 1, 1, 2, 2, 3, 5, 8, 13, 40, 100, 1000];
    const classes = metricClasses(values, 5);
    expect(classes.map((c) => c.label)).toEqual(['1', '2 – 3', '4 – 13', '14 – 1,000']);
    expect(classes.at(-1)!.high).toBe(Infinity);
  });

  it('colours the seed graph by mentions with the ramp, most mentioned darkest, and counts every entity', () => {
    const graph = seedGraph();
    const { colour, legend } = nodeColouring('mentions', graph, () => detectCommunities(graph));
    const top = graph
      .nodes()
      .reduce((a, b) => (graph.getNodeAttribute(a, 'mentions') >= graph.getNodeAttribute(b, 'mentions') ? a : b));
    expect(colour(top)).toBe(METRIC_RAMP[legend.entries.length - 1]);
    expect(legend.entries.reduce((sum, e) => sum + e.count, 0)).toBe(graph.order);
    expect(legend.title).toBe('Mentions');
  });

  it('gives a categorical legend for types and communities', () => {
    const graph = seedGraph();
    const byType = nodeColouring('type', graph, () => detectCommunities(graph)).legend;
    expect(byType.entries.map((e) => e.label)).toEqual(['Person', 'Organization', 'Location']);
    const byCommunity = nodeColouring('community', graph, () => detectCommunities(graph)).legend;
    expect(byCommunity.entries.length).toBeGreaterThan(1);
    expect(byCommunity.entries[0]!.count).toBeGreaterThanOrEqual(byCommunity.entries[1]!.count);
  });
});
