// Labels and appearance in a real browser: importance-first labels that never overlap or leave the stage (also at
// its right edge and in the PNG), colour and size by any property, and the legend drawn into the PNG export.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { METRIC_RAMP } from '../../src/explorer/core/palette.ts';
import { boxesApart, type LabelBox } from '../explorer/labelBoxes.ts';
import { staticSite, useSession } from './site.ts';

const labelsOnScreen = (page: Page) =>
  page.evaluate(() => {
    const view = window.__kg!.explorer.view!;
    return { labels: view.labels().map((l) => ({ ...l })), ...view.sigma.getDimensions() };
  });

function expectApartAndInside(labels: LabelBox[], width: number, height: number): void {
  for (const [i, a] of labels.entries()) {
    expect(a.x, a.key).toBeGreaterThanOrEqual(0);
    expect(a.x + a.width, a.key).toBeLessThanOrEqual(width);
    expect(a.y - a.height / 2, a.key).toBeGreaterThanOrEqual(0);
    expect(a.y + a.height / 2, a.key).toBeLessThanOrEqual(height);
    for (const b of labels.slice(i + 1)) expect(boxesApart(a, b), `${a.key} overlaps ${b.key}`).toBe(true);
  }
}

/** Downloads the PNG export and reads its size and the colours of the legend strip right of the stage. */
async function exportPng(page: Page) {
  await page.getByRole('button', { name: 'Export' }).click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: 'PNG image of the view' }).click(),
  ]);
  const chunks: Buffer[] = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
  const base64 = Buffer.concat(chunks).toString('base64');
  return page.evaluate(async (data) => {
    // The page's content security policy allows no data: fetches: the bytes go in as a Blob.
    const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
    const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const stage = window.__kg!.explorer.view!.sigma.getDimensions();
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const ratio = window.devicePixelRatio || 1;
    const strip = context.getImageData(stage.width * ratio, 0, image.width - stage.width * ratio, image.height).data;
    const colours = new Set<string>();
    for (let i = 0; i < strip.length; i += 4)
      colours.add(`#${[strip[i]!, strip[i + 1]!, strip[i + 2]!].map((v) => v.toString(16).padStart(2, '0')).join('')}`);
    return { width: image.width / ratio, stageWidth: stage.width, colours: [...colours] };
  }, base64);
}

describe('labels and appearance on the seed graph', () => {
  const session = useSession(() => staticSite());

  it('labels the most mentioned entities, with no label over another or off the stage', async () => {
    const page = await session.open();
    const { labels, width, height } = await labelsOnScreen(page);
    expect(labels.length).toBeGreaterThan(15);
    expectApartAndInside(labels, width, height);
    const top = await page.evaluate(() => {
      const canvas = window.__kg!.explorer.canvas;
      return canvas
        .nodes()
        .sort((a, b) => canvas.getNodeAttribute(b, 'mentions') - canvas.getNodeAttribute(a, 'mentions'))
        .slice(0, 4);
    });
    const labelled = new Set(labels.map((l) => l.key));
    for (const node of top) expect(labelled.has(node), node).toBe(true);
  });

  it('keeps the label of a node at the right edge inside the stage, drawn on its left', async () => {
    const page = await session.open();
    const node = 'organization:russian-volunteer-corps';
    await page.evaluate((key) => {
      const sigma = window.__kg!.explorer.view!.sigma;
      const { width, height } = sigma.getDimensions();
      const data = sigma.getNodeDisplayData(key)!;
      const centre = sigma.viewportToFramedGraph({ x: width / 2, y: height / 2 });
      const edge = sigma.viewportToFramedGraph({ x: width - 12, y: height / 2 });
      const camera = sigma.getCamera();
      camera.setState({ ...camera.getState(), x: data.x - (edge.x - centre.x), y: data.y - (edge.y - centre.y) });
      sigma.refresh();
    }, node);
    const { labels, width, height } = await labelsOnScreen(page);
    const label = labels.find((l) => l.key === node);
    expect(label, 'the most connected organization keeps its label').toBeDefined();
    expect(label!.x + label!.width).toBeLessThan(width - 12);
    expectApartAndInside(labels, width, height);
  });

  it('colours by PageRank on a ramp, darkest for the highest, and sizes by documents', async () => {
    const page = await session.open();
    await page.getByRole('combobox', { name: 'Colour nodes by' }).selectOption('pagerank');
    await page.getByRole('combobox', { name: 'Size nodes by' }).selectOption('documents');
    const seen = await page.evaluate(() => {
      const { canvas, view } = window.__kg!.explorer;
      const colours = new Map(canvas.nodes().map((n) => [n, view!.sigma.getNodeDisplayData(n)!.color]));
      const many = canvas.nodes().find((n) => canvas.getNodeAttribute(n, 'documents').length > 1)!;
      const one = canvas.nodes().find((n) => canvas.getNodeAttribute(n, 'documents').length === 1)!;
      const size = (n: string) => view!.sigma.getNodeDisplayData(n)!.size;
      return { colours: [...colours.values()], bigger: size(many) > size(one), hash: location.hash };
    });
    expect(seen.bigger).toBe(true);
    expect(new Set(seen.colours).size).toBeGreaterThan(2);
    for (const colour of seen.colours) expect(METRIC_RAMP).toContain(colour);
    await expect(page.locator('.colour-legend h3').textContent()).resolves.toBe('PageRank');
    await page.waitForFunction(() => location.hash.includes('colour=pagerank'));
  });

  it('draws the colour legend beside the view in the PNG export', async () => {
    const page = await session.open('#colour=community');
    const legend = await page.evaluate(() => window.__kg!.explorer.view!.appearance().legend);
    expect(legend.entries.length).toBeGreaterThan(1);
    const png = await exportPng(page);
    expect(png.width).toBeGreaterThan(png.stageWidth + 100);
    for (const entry of legend.entries) expect(png.colours, entry.label).toContain(entry.colour);
  });
});
