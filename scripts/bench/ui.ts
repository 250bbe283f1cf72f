// npm run bench:ui: the explorer in headless Chromium on generated graphs of 1k, 10k and 50k entities (about five
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

const HELP = `Usage: npm run bench:ui -- [--sizes 1000,10000,50000] [--seconds 4] [--json]

Generates graphs with about 5 relations per entity, loads each through the built explorer in headless Chromium
(${'/usr/bin/chromium'}), and reports time to first frame and frames per second. WebGL is rendered in software here.`;

/** The issue's targets; null where it sets none. */
const TARGETS: Record<number, { firstFrameMs: number | null; panFps: number | null }> = {
  10_000: { firstFrameMs: 2000, panFps: 30 },
  50_000: { firstFrameMs: 5000, panFps: null },
};

interface Row {
  nodes: number;
  edges: number;
  megabytes: number;
  firstFrameMs: number;
  /** ms from navigation to: graph loaded, canvas graph built, sigma's first render. */
  marks: Record<string, number>;
  pan: FrameRate;
  forceAtlas2: FrameRate;
}

const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED');

function report(rows: Row[]): string {
  const lines = [
    '| entities | relations | graph.json | first frame (loaded / built / rendered) | pan/zoom fps (renders/s) | ForceAtlas2 fps (renders/s) |',
    '| ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const row of rows) {
    const target = TARGETS[row.nodes];
    const steps = ['graph-loaded', 'canvas-built', 'rendered'].map((mark) => row.marks[mark] ?? '?').join(' / ');
    const first = `${Math.round(row.firstFrameMs)} ms (${steps})${target?.firstFrameMs ? `, ≤ ${target.firstFrameMs}: ${verdict(row.firstFrameMs <= target.firstFrameMs)}` : ''}`;
    const pan = `${row.pan.fps.toFixed(1)} (${row.pan.renders.toFixed(1)})${target?.panFps ? `, ≥ ${target.panFps}: ${verdict(row.pan.fps >= target.panFps)}` : ''}`;
    lines.push(
      `| ${row.nodes.toLocaleString('en')} | ${row.edges.toLocaleString('en')} | ${row.megabytes.toFixed(1)} MB | ${first} | ${pan} | ${row.forceAtlas2.fps.toFixed(1)} (${row.forceAtlas2.renders.toFixed(1)}) |`,
    );
  }
  return lines.join('\n');
}

runMain(async () => {
  const flags = parseFlags(HELP, {
    sizes: { type: 'string', default: '1000,10000,50000' },
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
      rows.push({ nodes: n, ...generated.get(n)!, firstFrameMs: first.totalMs, marks: first.marks, pan, forceAtlas2 });
      if (!values.json) console.log(`${n.toLocaleString('en')} entities measured`);
    }
  } finally {
    await browser.close();
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(
    values.json
      ? JSON.stringify(rows, null, 2)
      : `\n${report(rows)}\n\nHeadless Chromium, software WebGL (SwiftShader), 1440×900.`,
  );
  return 0;
});
