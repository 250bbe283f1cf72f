// Screenshots of the explorer on generated graphs (default 10,000 and 100,000 entities): the graph as it opens, and
// its best connected entity chosen (the veil on a large canvas), for looking at what the UI benchmark measures.
// npx tsx scripts/bench/ui/largeScreenshots.ts [outDir] [sizes]
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchChromium } from './browser.ts';
import { buildExplorer } from './build.ts';
import { generateGraph } from './generateGraph.ts';
import { allowNamedFunctions, firstFrame, focusTime } from './measure.ts';
import { serveStatic } from './staticServer.ts';

const out = resolve(process.argv[2] ?? 'docs');
const sizes = (process.argv[3] ?? '10000,100000').split(',').map(Number);
mkdirSync(out, { recursive: true });
const dir = mkdtempSync(join(tmpdir(), 'kg-large-shots-'));
const files: Record<string, string> = {};
for (const n of sizes) {
  files[`/bench-${n}.json`] = join(dir, `bench-${n}.json`);
  writeFileSync(files[`/bench-${n}.json`]!, JSON.stringify(generateGraph(n).export()));
}
const site = await serveStatic(await buildExplorer(), files);
const browser = await launchChromium();
try {
  for (const n of sizes) {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await allowNamedFunctions(page);
    const first = await firstFrame(page, `${site.url}?graph=/bench-${n}.json`);
    await page.waitForTimeout(1000);
    await page.screenshot({ path: join(out, `explorer-${n}.png`) });
    const focusMs = await focusTime(page);
    await page.waitForTimeout(1500);
    await page.mouse.move(5, 890);
    await page.screenshot({ path: join(out, `explorer-${n}-focus.png`) });
    console.log(
      `${n}: complete ${Math.round(first.completeMs)} ms, focus ${Math.round(focusMs)} ms, ${out}/explorer-${n}*.png`,
    );
    await page.close();
  }
} finally {
  await browser.close();
  await site.close();
  rmSync(dir, { recursive: true, force: true });
}
