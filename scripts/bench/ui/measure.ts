// What the UI benchmark measures in the page: time to the first frame, and frames per second while the camera
// moves and while ForceAtlas2 runs. Frames are counted with requestAnimationFrame, which the browser only runs as
// often as it can produce frames, and renders with sigma's afterRender event.
import type { Page } from 'playwright-core';

export interface FrameRate {
  /** Frames the browser produced per second. */
  fps: number;
  /** Sigma renders per second (a render can skip frames when it is slow). */
  renders: number;
  /**
   * The longest wait between two frames, ms: a frame rate averages a stall of seconds (a pass over every edge) away,
   * and on a loaded machine the rate says more about the other jobs than about the page.
   */
  longestFrameMs: number;
}

/**
 * tsx compiles this file with esbuild's keepNames, which wraps named functions in a `__name` helper; functions
 * sent to page.evaluate carry that call into the page, where the helper does not exist. Define it there.
 */
export async function allowNamedFunctions(page: Page): Promise<void> {
  await page.addInitScript('globalThis.__name = (target) => target;');
}

export interface FirstFrame {
  /** From navigation to the first frame with the graph on screen (on a large graph: its nodes, see main.ts). */
  totalMs: number;
  /** From navigation until the whole graph and the panels were on screen. */
  completeMs: number;
  /** Where the time went: ms from navigation to each of the page's marks. */
  marks: Record<string, number>;
}

export async function firstFrame(page: Page, url: string, timeoutMs = 300_000): Promise<FirstFrame> {
  await page.goto(url);
  await page.waitForFunction(() => window.__kg?.firstFrameMs !== undefined, null, { timeout: timeoutMs, polling: 50 });
  return page.evaluate(() => ({
    totalMs: window.__kg!.firstFrameMs!,
    completeMs: window.__kg!.completeMs ?? window.__kg!.firstFrameMs!,
    marks: Object.fromEntries(
      performance.getEntriesByType('mark').map((mark) => [mark.name.replace(/^kg:/, ''), Math.round(mark.startTime)]),
    ),
  }));
}

/** Starts counting animation frames and sigma renders in the page. */
async function startCounting(page: Page): Promise<void> {
  await page.evaluate(() => {
    const began = performance.now();
    const state = {
      frames: 0,
      renders: 0,
      began,
      last: began,
      longest: 0,
      running: true,
      count: () => state.renders++,
    };
    (window as unknown as { __benchCount: typeof state }).__benchCount = state;
    window.__kg!.explorer.view!.sigma.on('afterRender', state.count);
    const tick = (now: number) => {
      if (!state.running) return;
      state.frames++;
      state.longest = Math.max(state.longest, now - state.last);
      state.last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

async function stopCounting(page: Page): Promise<FrameRate> {
  return page.evaluate(() => {
    const state = (
      window as unknown as {
        __benchCount: {
          frames: number;
          renders: number;
          began: number;
          longest: number;
          running: boolean;
          count: () => void;
        };
      }
    ).__benchCount;
    state.running = false;
    window.__kg!.explorer.view!.sigma.off('afterRender', state.count);
    const elapsed = (performance.now() - state.began) / 1000;
    return { fps: state.frames / elapsed, renders: state.renders / elapsed, longestFrameMs: state.longest };
  });
}

/**
 * The point of the stage nearest its centre with no node within `clearance` px, in page coordinates: a drag that
 * starts on a node moves that node instead of the camera.
 */
async function emptySpot(page: Page, clearance = 12): Promise<{ x: number; y: number }> {
  const box = (await page.locator('#graph').boundingBox())!;
  const spot = await page.evaluate(
    ({ width, height, clearance }) => {
      const { sigma, canvas } = { sigma: window.__kg!.explorer.view!.sigma, canvas: window.__kg!.explorer.canvas };
      const columns = Math.ceil(width / clearance);
      const rows = Math.ceil(height / clearance);
      const taken = new Uint8Array(columns * rows);
      canvas.forEachNode((_node, attrs) => {
        const at = sigma.graphToViewport(attrs);
        const column = Math.floor(at.x / clearance);
        const row = Math.floor(at.y / clearance);
        if (column >= 0 && column < columns && row >= 0 && row < rows) taken[row * columns + column] = 1;
      });
      const free = (column: number, row: number) => {
        for (let r = row - 1; r <= row + 1; r++)
          for (let c = column - 1; c <= column + 1; c++)
            if (r < 0 || r >= rows || c < 0 || c >= columns || taken[r * columns + c]) return false;
        return true;
      };
      let best: { x: number; y: number } | null = null;
      let bestDistance = Infinity;
      for (let row = 0; row < rows; row++)
        for (let column = 0; column < columns; column++) {
          const x = (column + 0.5) * clearance;
          const y = (row + 0.5) * clearance;
          const distance = Math.hypot(x - width / 2, y - height / 2);
          if (distance < bestDistance && free(column, row)) [best, bestDistance] = [{ x, y }, distance];
        }
      return best ?? { x: width / 2, y: height / 2 };
    },
    { width: box.width, height: box.height, clearance },
  );
  return { x: box.x + spot.x, y: box.y + spot.y };
}

/**
 * Pans with the mouse (drag in circles, from a spot with no node under it) for half the time and zooms with the
 * wheel for the other half: real input events, so sigma knows the camera is moving, as it does for a user.
 */
export async function panZoomRate(page: Page, seconds: number): Promise<FrameRate> {
  const { x: cx, y: cy } = await emptySpot(page);
  await page.mouse.move(cx, cy);
  await startCounting(page);
  const panUntil = Date.now() + (seconds * 1000) / 2;
  await page.mouse.down();
  for (let t = 0; Date.now() < panUntil; t += 0.08)
    await page.mouse.move(cx + 150 * Math.cos(t) - 150, cy + 150 * Math.sin(t));
  await page.mouse.up();
  const zoomUntil = Date.now() + (seconds * 1000) / 2;
  for (let i = 0; Date.now() < zoomUntil; i++) {
    await page.mouse.wheel(0, i % 8 < 4 ? -120 : 120);
    await page.waitForTimeout(40);
  }
  return stopCounting(page);
}

/** Starts ForceAtlas2 with the toolbar button, counts frames and renders for `seconds`, then stops it. */
export async function forceAtlas2Rate(page: Page, seconds: number): Promise<FrameRate> {
  await page.getByRole('button', { name: 'Start ForceAtlas2' }).click({ timeout: 120_000 });
  const rate = await page.evaluate(async (duration) => {
    const sigma = window.__kg!.explorer.view!.sigma;
    let renders = 0;
    const count = () => renders++;
    sigma.on('afterRender', count);
    let frames = 0;
    let longestFrameMs = 0;
    const began = performance.now();
    let last = began;
    await new Promise<void>((resolve) => {
      const step = (now: number) => {
        if (now - began >= duration * 1000) return resolve();
        frames++;
        longestFrameMs = Math.max(longestFrameMs, now - last);
        last = now;
        requestAnimationFrame(step);
      };
      requestAnimationFrame(step);
    });
    const elapsed = (performance.now() - began) / 1000;
    sigma.off('afterRender', count);
    return { fps: frames / elapsed, renders: renders / elapsed, longestFrameMs };
  }, seconds);
  // A big graph keeps the main thread busy while the layout runs: give the click time to land.
  await page.getByRole('button', { name: 'Stop ForceAtlas2' }).click({ timeout: 120_000 });
  return rate;
}

/**
 * ms from choosing an entity the way the search box does (selection, panel, camera to it) until that frame is on
 * screen; the entity is the canvas's best connected one, so its neighbourhood is the largest to draw.
 */
export async function focusTime(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const { explorer, actions } = window.__kg!;
    let hub = '';
    let degree = -1;
    explorer.canvas.forEachNode((node) => {
      const d = explorer.canvas.degree(node);
      if (d > degree) [hub, degree] = [node, d];
    });
    const began = performance.now();
    actions.selectNode(explorer, hub);
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return performance.now() - began;
  });
}
