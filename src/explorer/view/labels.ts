// Node labels that stay readable over edges: a white halo, and a larger font for larger (more important) nodes.
import type { NodeHoverDrawingFunction, NodeLabelDrawingFunction } from 'sigma/rendering';
import type { EntityAttributes, GraphAttributes, RelationAttributes } from '../../model/graph.ts';

type LabelDrawer = NodeLabelDrawingFunction<EntityAttributes, RelationAttributes, GraphAttributes>;
type HoverDrawer = NodeHoverDrawingFunction<EntityAttributes, RelationAttributes, GraphAttributes>;

/** Font size grows with the node's rendered size, from the base size up to 1.5 times it. */
export function labelFontSize(baseSize: number, nodeSize: number): number {
  const grow = Math.min(1, Math.max(0, (nodeSize - 4) / 16));
  return Math.round(baseSize * (1 + 0.5 * grow));
}

export const drawLabel: LabelDrawer = (context, data, settings) => {
  if (!data.label) return;
  const size = labelFontSize(settings.labelSize, data.size);
  const weight = data.size > 12 || data.highlighted ? '600' : settings.labelWeight;
  context.font = `${weight} ${size}px ${settings.labelFont}`;
  const x = data.x + data.size + 4;
  const y = data.y + size / 3;
  context.lineJoin = 'round';
  context.lineWidth = 3.5;
  context.strokeStyle = 'rgba(255, 255, 255, 0.92)';
  context.strokeText(data.label, x, y);
  context.fillStyle = settings.labelColor.color ?? '#1f2430';
  context.fillText(data.label, x, y);
};

/** Hovered or selected node: a label card with a shadow, as in sigma's default, in our font sizes. */
export const drawHover: HoverDrawer = (context, data, settings) => {
  const size = labelFontSize(settings.labelSize, data.size) + 1;
  context.font = `600 ${size}px ${settings.labelFont}`;
  const label = data.label ?? '';
  const padding = 4;
  const width = label ? context.measureText(label).width + 2 * padding + 6 : 0;
  const height = Math.max(size + 2 * padding, 2 * data.size + 4);
  const radius = Math.max(data.size, size / 2) + 2;

  context.save();
  context.fillStyle = '#ffffff';
  context.shadowOffsetY = 1;
  context.shadowBlur = 10;
  context.shadowColor = 'rgba(15, 23, 42, 0.28)';
  context.beginPath();
  context.arc(data.x, data.y, radius, 0, Math.PI * 2);
  if (label) context.roundRect(data.x, data.y - height / 2, data.size + width + 4, height, 4);
  context.fill();
  context.restore();

  context.beginPath();
  context.arc(data.x, data.y, data.size, 0, Math.PI * 2);
  context.fillStyle = data.color;
  context.fill();
  if (label) {
    context.fillStyle = '#111827';
    context.fillText(label, data.x + data.size + padding + 4, data.y + size / 3);
  }
};
