// Colour by property: entity type and community as categories, any numeric metric (mentions, documents, degree,
// PageRank) in classes on a light-to-dark ramp. Each colouring brings its legend, shown in the page and in the PNG.
import type { KnowledgeGraph } from '../../model/graph.ts';
import { ENTITY_TYPES } from '../../model/vocabulary.ts';
import type { Communities } from './communities.ts';
import { NODE_METRICS, isNodeMetric, nodeMetric, type NodeMetricId } from './metrics.ts';
import { ENTITY_COLOURS, METRIC_RAMP, OTHER_COMMUNITY_COLOUR } from './palette.ts';

export type ColourMode = 'type' | 'community' | NodeMetricId;

export const COLOUR_MODES: readonly { id: ColourMode; label: string }[] = [
  { id: 'type', label: 'Type' },
  { id: 'community', label: 'Community' },
  ...NODE_METRICS.map((metric) => ({ id: metric.id, label: metric.label })),
];

export const isColourMode = (id: string): id is ColourMode => id === 'type' || id === 'community' || isNodeMetric(id);

export interface LegendEntry {
  colour: string;
  label: string;
  /** Entities on the canvas in this class. */
  count: number;
}

export interface Legend {
  title: string;
  entries: LegendEntry[];
  /** Entries left out of a long list (small communities, in grey). */
  more: number;
}

export interface NodeColouring {
  colour: (node: string) => string;
  legend: Legend;
}

/** Communities past this rank share a grey in the legend. */
const LEGEND_COMMUNITIES = 12;

/** The colouring for a mode over the canvas graph; communities are computed only when asked for. */
export function nodeColouring(mode: ColourMode, canvas: KnowledgeGraph, communities: () => Communities): NodeColouring {
  if (mode === 'type') {
    const counts = new Map(ENTITY_TYPES.map((type) => [type, 0]));
    canvas.forEachNode((_node, attrs) => counts.set(attrs.type, (counts.get(attrs.type) ?? 0) + 1));
    return {
      colour: (node) => ENTITY_COLOURS[canvas.getNodeAttribute(node, 'type')],
      legend: {
        title: 'Entity type',
        entries: ENTITY_TYPES.map((type) => ({ colour: ENTITY_COLOURS[type], label: type, count: counts.get(type)! })),
        more: 0,
      },
    };
  }
  if (mode === 'community') {
    const found = communities();
    return {
      colour: (node) => found.list[found.ofNode.get(node) ?? -1]?.colour ?? OTHER_COMMUNITY_COLOUR,
      legend: {
        title: 'Community (Louvain)',
        entries: found.list
          .slice(0, LEGEND_COMMUNITIES)
          .map((c) => ({ colour: c.colour, label: c.label, count: c.size })),
        more: Math.max(0, found.list.length - LEGEND_COMMUNITIES),
      },
    };
  }
  const metric = nodeMetric(mode);
  const values = metric.compute(canvas);
  const classes = metricClasses([...values.values()], METRIC_RAMP.length);
  const classOf = (value: number) => classes.findIndex((c) => value <= c.high);
  const counts = classes.map(() => 0);
  for (const value of values.values()) counts[classOf(value)]!++;
  return {
    colour: (node) => METRIC_RAMP[classOf(values.get(node) ?? 0)] ?? OTHER_COMMUNITY_COLOUR,
    legend: {
      title: metric.label,
      entries: classes.map((c, i) => ({ colour: METRIC_RAMP[i]!, label: c.label, count: counts[i]! })),
      more: 0,
    },
  };
}

export interface MetricClass {
  /** Inclusive upper bound. */
  high: number;
  label: string;
}

/**
 * Up to `count` classes with about as many entities in each (quantiles): metric values are skewed, a few hubs and a
 * long tail, so equal-width classes would put nearly everything in the first. Repeated bounds merge.
 */
export function metricClasses(values: number[], count: number): MetricClass[] {
  if (values.length === 0) return [{ high: Infinity, label: 'none' }];
  const sorted = [...values].sort((a, b) => a - b);
  const bounds: number[] = [];
  for (let i = 1; i <= count; i++) {
    const bound = sorted[Math.min(sorted.length - 1, Math.ceil((i * sorted.length) / count) - 1)]!;
    if (bounds.at(-1) !== bound) bounds.push(bound);
  }
  const integers = sorted.every(Number.isInteger);
  return bounds.map((high, i) => {
    // Classes hold (previous bound, bound]: with whole numbers the first value in one is the previous bound plus 1.
    const low = i === 0 ? sorted[0]! : integers ? bounds[i - 1]! + 1 : bounds[i - 1]!;
    const label = low === high ? format(high) : `${format(low)} – ${format(high)}`;
    return { high: i === bounds.length - 1 ? Infinity : high, label };
  });
}

function format(value: number): string {
  if (Number.isInteger(value)) return value.toLocaleString('en');
  return value < 0.001 ? value.toExponential(2) : value.toPrecision(3);
}
