// Layouts, a registry of plain descriptors (Gephi Lite's LAYOUTS): ForceAtlas2 runs in a web worker until stopped,
// the others run once. All leave pinned nodes where the user put them.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import noverlap from 'graphology-layout-noverlap';
import type { KnowledgeGraph } from '../../model/graph.ts';
import type { Position } from '../core/scene.ts';

export interface LayoutContext {
  canvas: KnowledgeGraph;
  /** The loaded graph, whose positions are the precomputed layout. */
  data: KnowledgeGraph;
  pinned: () => ReadonlyMap<string, Position>;
  /** Rendered node size in pixels and how many graph units a pixel is, so noverlap sees what the user sees. */
  displaySize: (node: string) => number;
  graphUnitsPerPixel: () => number;
}

/** A layout that runs until stopped; it owns a worker, so it has kill(). */
export interface ContinuousLayout {
  start(): void;
  stop(): void;
  isRunning(): boolean;
  kill(): void;
}

export type LayoutDescriptor =
  | {
      id: string;
      label: string;
      description: string;
      kind: 'continuous';
      create: (ctx: LayoutContext) => ContinuousLayout;
    }
  | { id: string; label: string; description: string; kind: 'once'; run: (ctx: LayoutContext) => void };

function forceAtlas2Layout(ctx: LayoutContext): ContinuousLayout {
  const settings = { ...forceAtlas2.inferSettings(ctx.canvas), adjustSizes: false, slowDown: 5 };
  // The worker writes positions after each batch of iterations; putting pinned nodes back here (and the supervisor
  // reading positions back) keeps them still without a layout attribute on the domain graph.
  const supervisor = new FA2LayoutSupervisor(ctx.canvas, {
    settings,
    getEdgeWeight: 'weight',
    outputReducer: (node: string, attrs: { x: number; y: number }) => {
      const pin = ctx.pinned().get(node);
      return pin ? { ...attrs, x: pin.x, y: pin.y } : attrs;
    },
  });
  return {
    start: () => supervisor.start(),
    stop: () => supervisor.stop(),
    isRunning: () => supervisor.isRunning(),
    kill: () => supervisor.kill(),
  };
}

export const LAYOUTS: readonly LayoutDescriptor[] = [
  {
    id: 'forceatlas2',
    label: 'ForceAtlas2',
    description: 'force-directed layout in a web worker, starting from the current positions',
    kind: 'continuous',
    create: forceAtlas2Layout,
  },
  {
    id: 'noverlap',
    label: 'No overlap',
    description: 'moves nodes apart until no two discs overlap at the current zoom',
    kind: 'once',
    run: (ctx) => {
      const unit = ctx.graphUnitsPerPixel();
      noverlap.assign(ctx.canvas, {
        maxIterations: 150,
        settings: { margin: 3 * unit, ratio: 1, speed: 3 },
        inputReducer: (node, attrs) => ({ x: attrs.x, y: attrs.y, size: ctx.displaySize(node) * unit }),
        outputReducer: (node, attrs) => ctx.pinned().get(node) ?? attrs,
      });
    },
  },
  {
    id: 'restore',
    label: 'Original positions',
    description: 'puts every node back where graph.json placed it (pinned nodes stay)',
    kind: 'once',
    run: (ctx) => {
      ctx.canvas.updateEachNodeAttributes((node, attrs) => {
        const at = ctx.pinned().get(node) ?? ctx.data.getNodeAttributes(node);
        return { ...attrs, x: at.x, y: at.y };
      });
    },
  },
];

export function layout(id: string): LayoutDescriptor {
  const found = LAYOUTS.find((descriptor) => descriptor.id === id);
  if (!found) throw new Error(`Unknown layout "${id}"; known: ${LAYOUTS.map((l) => l.id).join(', ')}.`);
  return found;
}

/** Runs a one-shot layout by id (the toolbar's reset uses "restore"). */
export function runLayoutOnce(id: string, ctx: LayoutContext): void {
  const descriptor = layout(id);
  if (descriptor.kind !== 'once') throw new Error(`Layout "${id}" runs continuously; start it instead.`);
  descriptor.run(ctx);
}
