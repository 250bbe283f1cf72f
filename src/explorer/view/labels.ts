// Node labels that stay readable: the most important nodes are labelled first, no label covers another or runs off
// the canvas (labelPlacement.ts), each has a white halo over the edges and a larger font for a larger node.
import type { NodeHoverDrawingFunction } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import type { EntityAttributes, GraphAttributes, RelationAttributes } from '../../model/graph.ts';
import { placeLabels, type LabelCandidate, type PlacedLabel } from './labelPlacement.ts';
import type { KnowledgeSigma } from './renderer.ts';

type HoverDrawer = NodeHoverDrawingFunction<EntityAttributes, RelationAttributes, GraphAttributes>;
type LabelSettings = Pick<Settings, 'labelSize' | 'labelFont' | 'labelWeight'>;

/** Past this many candidates a frame stops looking: label work stays bounded on a 100,000-node graph. */
const MAX_EXAMINED = 30_000;

/** Font size grows with the node's rendered size, from the base size up to 1.5 times it. */
export function labelFontSize(baseSize: number, nodeSize: number): number {
  const grow = Math.min(1, Math.max(0, (nodeSize - 4) / 16));
  return Math.round(baseSize * (1 + 0.5 * grow));
}

const labelFont = (settings: LabelSettings, size: number, bold: boolean) =>
  `${bold ? '600' : settings.labelWeight} ${labelFontSize(settings.labelSize, size)}px ${settings.labelFont}`;

/** Text widths by font and label: measuring is the costly part of a frame's labels, and labels rarely change. */
const widths = new Map<string, number>();
function textWidth(context: CanvasRenderingContext2D, font: string, text: string): number {
  const key = `${font}\u0000${text}`;
  let width = widths.get(key);
  if (width === undefined) {
    if (widths.size > 200_000) widths.clear();
    context.font = font;
    widths.set(key, (width = context.measureText(text).width));
  }
  return width;
}

/**
 * Draws the node labels of the current frame onto sigma's label layer (sigma's own label pass is switched off).
 * `order` lists the nodes most important first; `forced` ones (hover, selection, a small focus: reducers.ts's
 * forcedLabels) come before them whatever their size. Returns the labels drawn, in drawing order.
 */
export function drawNodeLabels(
  sigma: KnowledgeSigma,
  order: readonly string[],
  forced: ReadonlySet<string>,
): PlacedLabel[] {
  const context = sigma.getCanvases().labels?.getContext('2d');
  if (!context) return [];
  const settings = sigma.getSettings();
  const viewport = sigma.getDimensions();
  const fonts = new Map<string, string>();

  const candidate = (node: string, isForced: boolean): LabelCandidate | null => {
    const data = sigma.getNodeDisplayData(node);
    if (!data || data.hidden || !data.label || forced.has(node) !== isForced) return null;
    const radius = sigma.scaleSize(data.size);
    if (!isForced && radius < settings.labelRenderedSizeThreshold) return null;
    const { x, y } = sigma.framedGraphToViewport(data);
    // Off screen by more than a label's length: no side of it can show.
    if (x < -300 || y < -20 || x > viewport.width + 300 || y > viewport.height + 20) return null;
    const font = labelFont(settings, radius, radius > 12 || data.highlighted);
    fonts.set(node, font);
    const height = labelFontSize(settings.labelSize, radius) + 2;
    return { key: node, x, y, radius, width: textWidth(context, font, data.label), height, forced: isForced };
  };
  function* candidates(): Generator<LabelCandidate> {
    if (forced.size)
      for (const node of order) {
        const found = forced.has(node) && candidate(node, true);
        if (found) yield found;
      }
    let examined = 0;
    for (const node of order) {
      if (++examined > MAX_EXAMINED) return;
      const found = candidate(node, false);
      if (found) yield found;
    }
  }
  const cell = settings.labelGridCellSize;
  const maxLabels = Math.ceil((settings.labelDensity * viewport.width * viewport.height) / (cell * cell));
  const placed = placeLabels(candidates(), viewport, maxLabels);

  context.lineJoin = 'round';
  context.lineWidth = 3.5;
  context.textBaseline = 'middle';
  for (const label of placed) {
    const text = sigma.getNodeDisplayData(label.key)!.label!;
    context.font = fonts.get(label.key)!;
    context.strokeStyle = 'rgba(255, 255, 255, 0.92)';
    context.strokeText(text, label.x, label.y);
    context.fillStyle = settings.labelColor.color ?? '#1f2430';
    context.fillText(text, label.x, label.y);
  }
  context.textBaseline = 'alphabetic';
  return placed;
}

/**
 * Hovered or selected node: a label card with a shadow, as in sigma's default, in our font sizes; on the left of
 * the node where the right would run off the canvas.
 */
export const drawHover: HoverDrawer = (context, data, settings) => {
  const size = labelFontSize(settings.labelSize, data.size) + 1;
  context.font = `600 ${size}px ${settings.labelFont}`;
  const label = data.label ?? '';
  const padding = 4;
  const width = label ? context.measureText(label).width + 2 * padding + 6 : 0;
  const height = Math.max(size + 2 * padding, 2 * data.size + 4);
  const radius = Math.max(data.size, size / 2) + 2;
  const canvasWidth = context.canvas.width / (window.devicePixelRatio || 1);
  const left = data.x + data.size + width + 4 > canvasWidth;
  const cardX = left ? data.x - data.size - width - 4 : data.x;

  context.save();
  context.fillStyle = '#ffffff';
  context.shadowOffsetY = 1;
  context.shadowBlur = 10;
  context.shadowColor = 'rgba(15, 23, 42, 0.28)';
  context.beginPath();
  context.arc(data.x, data.y, radius, 0, Math.PI * 2);
  if (label) context.roundRect(cardX, data.y - height / 2, data.size + width + 4, height, 4);
  context.fill();
  context.restore();

  context.beginPath();
  context.arc(data.x, data.y, data.size, 0, Math.PI * 2);
  context.fillStyle = data.color;
  context.fill();
  if (label) {
    context.fillStyle = '#111827';
    context.fillText(label, left ? cardX + padding + 2 : data.x + data.size + padding + 4, data.y + size / 3);
  }
};
