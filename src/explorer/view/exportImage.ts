// The PNG export: the view as drawn (nodes, edges, the same label placement) on white, with the colour legend in a
// strip to its right, so the image says what its colours mean and the legend covers nothing.
import { drawOnCanvas } from '@sigma/export-image';
import type Sigma from 'sigma';
import type { Legend } from '../core/nodeStyle.ts';
import { drawNodeLabels } from './labels.ts';
import type { CanvasView, KnowledgeSigma } from './renderer.ts';

const LEGEND_MARGIN = 12;
const LEGEND = { padding: 10, row: 18, swatch: 5, font: '12px Inter, "Segoe UI", system-ui, sans-serif' };

/** The legend box's size in CSS pixels, from the widest line. */
function legendBox(context: CanvasRenderingContext2D, legend: Legend): { width: number; height: number } {
  context.font = `600 ${LEGEND.font}`;
  let width = context.measureText(legend.title).width;
  context.font = LEGEND.font;
  for (const entry of legend.entries)
    width = Math.max(width, 2 * LEGEND.swatch + 8 + context.measureText(`${entry.label}  ${entry.count}`).width);
  const rows = 1 + legend.entries.length + (legend.more ? 1 : 0);
  return { width: width + 2 * LEGEND.padding, height: rows * LEGEND.row + 2 * LEGEND.padding - 4 };
}

/** Draws the legend at (x, y) in CSS pixels. */
function drawLegend(context: CanvasRenderingContext2D, legend: Legend, x: number, y: number): void {
  const box = legendBox(context, legend);
  context.save();
  context.fillStyle = 'rgba(255, 255, 255, 0.94)';
  context.strokeStyle = '#d5dae3';
  context.lineWidth = 1;
  context.beginPath();
  context.roundRect(x, y, box.width, box.height, 6);
  context.fill();
  context.stroke();
  context.textBaseline = 'middle';
  context.fillStyle = '#1f2430';
  context.font = `600 ${LEGEND.font}`;
  let rowY = y + LEGEND.padding + LEGEND.row / 2 - 2;
  context.fillText(legend.title, x + LEGEND.padding, rowY);
  context.font = LEGEND.font;
  for (const entry of legend.entries) {
    rowY += LEGEND.row;
    context.beginPath();
    context.arc(x + LEGEND.padding + LEGEND.swatch, rowY, LEGEND.swatch, 0, Math.PI * 2);
    context.fillStyle = entry.colour;
    context.fill();
    context.fillStyle = '#1f2430';
    const textX = x + LEGEND.padding + 2 * LEGEND.swatch + 8;
    context.fillText(entry.label, textX, rowY);
    context.fillStyle = '#6b7280';
    context.fillText(String(entry.count), textX + context.measureText(`${entry.label}  `).width, rowY);
  }
  if (legend.more) {
    context.fillStyle = '#6b7280';
    context.fillText(`${legend.more} more in grey`, x + LEGEND.padding, rowY + LEGEND.row);
  }
  context.restore();
}

/** The view as a PNG image: the stage, and the legend beside it. */
export async function viewToPng(view: CanvasView): Promise<Blob> {
  const order = view.labelOrder();
  const forced = view.forcedLabels();
  // export-image draws with a second renderer on the same graph and settings; sigma's own labels are off there as
  // here, so the labels are placed on it the same way before its layers are copied.
  const graph = await drawOnCanvas(view.sigma as unknown as Sigma, {
    backgroundColor: '#ffffff',
    withTempRenderer: (temp) => void drawNodeLabels(temp as unknown as KnowledgeSigma, order, forced),
  });
  const ratio = window.devicePixelRatio || 1;
  const legend = view.appearance().legend;
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d')!;
  const box = legendBox(context, legend);
  const stage = { width: graph.width / ratio, height: graph.height / ratio };
  canvas.width = Math.ceil((stage.width + box.width + 2 * LEGEND_MARGIN) * ratio);
  canvas.height = Math.ceil(Math.max(stage.height, box.height + 2 * LEGEND_MARGIN) * ratio);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(graph, 0, 0);
  context.scale(ratio, ratio);
  drawLegend(context, legend, stage.width + LEGEND_MARGIN, LEGEND_MARGIN);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The browser could not encode the PNG.'))),
      'image/png',
    ),
  );
}
