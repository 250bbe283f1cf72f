// Moving the camera to show nodes whole: their discs and labels measured in pixels, so nothing is cut by the edge of
// the stage (a path, a query result, an expansion, the canvas after undo).
import type { KnowledgeSigma } from './renderer.ts';
import { labelFontSize } from './labels.ts';

/** Pixels kept free between fitted nodes (discs and labels) and the edge of the stage. */
const FIT_PADDING = 24;
let measure: CanvasRenderingContext2D | null = null;

/** How far a node's disc and label reach around its centre, in pixels: labels are drawn to the right. */
function reach(sigma: KnowledgeSigma, data: { size: number; label?: string | null }, labelled = true) {
  const radius = sigma.scaleSize(data.size);
  const settings = sigma.getSettings();
  const font = labelFontSize(settings.labelSize, radius);
  measure ??= document.createElement('canvas').getContext('2d');
  let label = 0;
  if (labelled && data.label && measure) {
    measure.font = `600 ${font}px ${settings.labelFont}`;
    label = measure.measureText(data.label).width + 8;
  }
  return { left: radius, right: radius + label, up: Math.max(radius, font), down: Math.max(radius, font) };
}

/**
 * The largest scale (pixels per framed unit) at which points with these reaches fit in `available` pixels, and
 * where their middle is: found by bisection, as the extent grows with the scale piecewise linearly.
 */
function fitAxis(points: { at: number; before: number; after: number }[], available: number) {
  // Folded rather than spread into Math.min: a query result can hold more nodes than a call takes arguments.
  const extent = (k: number) => {
    let [low, high] = [Infinity, -Infinity];
    for (const p of points) [low, high] = [Math.min(low, p.at * k - p.before), Math.max(high, p.at * k + p.after)];
    return { low, high };
  };
  let [lo, hi] = [0, 1e7];
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    const { low, high } = extent(mid);
    if (high - low <= available) lo = mid;
    else hi = mid;
  }
  return { scale: lo, middle: (k: number) => (extent(k).low + extent(k).high) / 2 / k };
}

/**
 * Fits a set of nodes in view (a path, a query result, an expansion), discs and labels included: the zoom is worked
 * out in pixels, so a node at the edge of the set is not cut by the edge of the stage.
 */
export function fitNodes(
  sigma: KnowledgeSigma,
  nodes: Iterable<string>,
  duration = 450,
  labelled: (node: string) => boolean = () => true,
): void {
  const keys = [...nodes].filter((node) => sigma.getNodeDisplayData(node) !== undefined);
  if (keys.length === 0) return;
  const points = keys.map((node) => sigma.getNodeDisplayData(node)!);
  const camera = sigma.getCamera();
  const { width, height } = sigma.getDimensions();
  // Pixels per framed unit at ratio 1, per axis (framed y grows upwards on screen).
  const a = sigma.viewportToFramedGraph({ x: 0, y: 0 });
  const b = sigma.viewportToFramedGraph({ x: width, y: height });
  const unitX = width / (Math.abs(b.x - a.x) / camera.ratio);
  const unitY = height / (Math.abs(b.y - a.y) / camera.ratio);
  const reaches = points.map((p, i) => reach(sigma, p, labelled(keys[i]!)));
  const x = fitAxis(
    points.map((p, i) => ({ at: p.x, before: reaches[i]!.left, after: reaches[i]!.right })),
    width - 2 * FIT_PADDING,
  );
  const y = fitAxis(
    points.map((p, i) => ({ at: -p.y, before: reaches[i]!.up, after: reaches[i]!.down })),
    height - 2 * FIT_PADDING,
  );
  // One zoom for both axes: the smaller scale, as ratios (framed units per pixel relative to ratio 1).
  const ratio = Math.min(20, Math.max(0.08, unitX / x.scale, unitY / y.scale));
  const target = { x: x.middle(unitX / ratio), y: -y.middle(unitY / ratio), ratio };
  if (duration > 0) camera.animate(target, { duration });
  else camera.setState(target);
}

/** Moves the camera only when a node's disc or label is cut by the edge of the stage: then it fits them all. */
export function keepInView(sigma: KnowledgeSigma, nodes: readonly string[]): void {
  const { width, height } = sigma.getDimensions();
  const outside = nodes.some((node) => {
    const data = sigma.getNodeDisplayData(node);
    if (!data) return false;
    const at = sigma.framedGraphToViewport(data);
    const { left, right, up, down } = reach(sigma, data);
    return at.x - left < 0 || at.y - up < 0 || at.x + right > width || at.y + down > height;
  });
  if (outside) fitNodes(sigma, nodes);
}

/** Fits whole graphs up to this size with their labels; larger ones get sigma's plain reset (a cheaper pass). */
const FIT_CANVAS_UP_TO = 3000;

/**
 * The whole canvas in view, with the labels sigma draws at this zoom kept whole (a label at the right edge would
 * otherwise be cut, on screen and in the PNG export).
 */
export function fitCanvas(sigma: KnowledgeSigma, duration = 300): void {
  const graph = sigma.getGraph();
  if (graph.order === 0 || graph.order > FIT_CANVAS_UP_TO) {
    const { x, y, ratio, angle } = sigma.getCamera().getState();
    // Already there (as at load): moving there would cost a whole extra render of a big graph.
    if (x === 0.5 && y === 0.5 && ratio === 1 && angle === 0) return;
    sigma.getCamera().animatedReset({ duration });
    return;
  }
  const shown = sigma.getNodeDisplayedLabels();
  fitNodes(sigma, graph.nodes(), duration, (node) => shown.has(node));
}
