// npm run bench:ui: the explorer in headless Chromium on generated graphs of 1k to 100k entities (about five
// relations each): time to the first frame, frames per second while panning/zooming and while ForceAtlas2 runs.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFlags } from '../../src/cli/flags.ts';
import { runMain } from '../../src/cli/runMain.ts';
import { launchChromium } from './ui/browser.ts';
import { buildExplorer } from './ui/build.ts';
import { generateGraph } from './ui/generateGraph.ts';
import { allowNamedFunctions, firstFrame, forceAtlas2Rate, panZoomRate, type FrameRate } from './ui/measure.ts';
import { serveStatic } from './ui/staticServer.ts';

const HELP = `Usage: npm run bench:ui -- [--sizes 1000,10000,50000,100000] [--seconds 4] [--json]

Generates graphs with about 5 relations per entity, loads each through the built explorer in headless Chromium
(${'/usr/bin/chromium'}), and reports time to first frame and frames per second. WebGL is rendered in software here.`;

/** Issue 11's targets; null where it sets none. Open: the whole graph and the panels on screen. */
const TARGETS: Record<number, { firstFrameMs: number | null; openMs: number | null; panFps: number | null }> = {
  10_000: { firstFrameMs: null, openMs: null, panFps: 30 },
  50_000: { firstFrameMs: 3000, openMs: null, panFps: 20 },
  100_000: { firstFrameMs: null, openMs: 8000, panFps: null },
};

interface Row {
  nodes: number;
  edges: number;
  megabytes: number;
  firstFrameMs: number;
  /** ms from navigation until every relation and the panels were on screen. */
  completeMs: number;
  /** ms from navigation to: graph loaded, canvas graph built, sigma's first render. */
  marks: Record<string, number>;
  pan: FrameRate;
  forceAtlas2: FrameRate;
}

const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');

/** Every target of the sizes measured, one line each. */
function verdicts(rows: Row[]): string[] {
  return rows.flatMap((row) => {
    const target = TARGETS[row.nodes];
    const size = `${row.nodes.toLocaleString('en')} entities`;
    return [
      target?.firstFrameMs
        ? `${verdict(row.firstFrameMs <= target.firstFrameMs)} ${size}: first frame ${Math.round(row.firstFrameMs)} ms ≤ ${target.firstFrameMs} ms`
        : null,
      target?.openMs
        ? `${verdict(row.completeMs <= target.openMs)} ${size}: open (whole graph and panels) ${Math.round(row.completeMs)} ms ≤ ${target.openMs} ms`
        : null,
      target?.panFps
        ? `${verdict(row.pan.fps >= target.panFps)} ${size}: panning ${row.pan.fps.toFixed(1)} fps ≥ ${target.panFps}`
        : null,
    ].filter((line): line is string => line !== null);
  });
}

function report(rows: Row[]): string {
  const lines = [
    '| entities | relations | graph.json | first frame (loaded / built / rendered) | complete | pan/zoom fps (renders/s) | ForceAtlas2 fps (renders/s) |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const row of rows) {
    const steps = ['graph-loaded', 'canvas-built', 'rendered'].map((mark) => row.marks[mark] ?? '?').join(' / ');
    const first = `${Math.round(row.firstFrameMs)} ms (${steps})`;
    const pan = `${row.pan.fps.toFixed(1)} (${row.pan.renders.toFixed(1)})`;
    lines.push(
      `| ${row.nodes.toLocaleString('en')} | ${row.edges.toLocaleString('en')} | ${row.megabytes.toFixed(1)} MB | ${first} | ${Math.round(row.completeMs)} ms | ${pan} | ${row.forceAtlas2.fps.toFixed(1)} (${row.forceAtlas2.renders.toFixed(1)}) |`,
    );
  }
  return lines.join('\n');
}

runMain(async () => {
  const flags = parseFlags(HELP, {
    sizes: { type: 'string', default: '1000,10000,50000,100000' },
    seconds: { type: 'string', default: '4' },
    json: { type: 'boolean', default: false },
  });
  if (!flags) return 0;
  const { values } = flags;
  const sizes = values.sizes.split(',').map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 10))
    flags.fail(`--sizes must be whole numbers ≥ 10, got "${values.sizes}"`);
  const seconds = flags.number('seconds', { above: 0 });

  const dir = mkdtempSync(join(tmpdir(), 'kg-bench-ui-'));
  const files: Record<string, string> = {};
  const generated = new Map<number, { edges: number; megabytes: number }>();
  for (const n of sizes) {
    const graph = generateGraph(n);
    const json = JSON.stringify(graph.export());
    files[`/bench-${n}.json`] = join(dir, `bench-${n}.json`);
    writeFileSync(files[`/bench-${n}.json`]!, json);
    generated.set(n, { edges: graph.size, megabytes: json.length / 1e6 });
  }
  const site = await serveStatic(await buildExplorer(), files);
  const browser = await launchChromium();
  const rows: Row[] = [];
  try {
    for (const n of sizes) {
      // A fresh context per size: no cache or heap carried over from the previous graph.
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      await allowNamedFunctions(page);
      page.on('pageerror', (error) => console.error(`page error (${n}): ${error.message}`));
      const first = await firstFrame(page, `${site.url}?graph=/bench-${n}.json`);
      await page.waitForTimeout(500);
      const pan = await panZoomRate(page, seconds);
      const forceAtlas2 = await forceAtlas2Rate(page, seconds);
      await page.evaluate(() => window.__kg?.kill());
      await context.close();
      rows.push({
        nodes: n,
        ...generated.get(n)!,
        firstFrameMs: first.totalMs,
        completeMs: first.completeMs,
        marks: first.marks,
        pan,
        forceAtlas2,
      });
      if (!values.json) console.log(`${n.toLocaleString('en')} entities: ${JSON.stringify(rows.at(-1))}`);
    }
  } finally {
    await browser.close();
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(
    values.json
      ? JSON.stringify(rows, null, 2)
      : `\n${report(rows)}\n\n${verdicts(rows).join('\n')}\n\nHeadless Chromium, software WebGL (SwiftShader), 1440×900.`,
  );
  return 0;
});
