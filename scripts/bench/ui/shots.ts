// Helpers of the README's screenshot scripts: open the explorer at a view and wait for it, save the page under docs/.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './build.ts';

export const DOCS = join(ROOT, 'docs');

/** Opens `url` afresh (a new fragment alone would not reload the page) and waits until the graph is drawn. */
export async function ready(page: Page, url: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(url);
  await page.waitForFunction(() => window.__kg?.firstFrameMs !== undefined);
  await page.waitForTimeout(600);
}

/** Saves the page as docs/<name>.png, the pointer moved off the graph first. */
export async function shoot(page: Page, name: string): Promise<void> {
  await page.mouse.move(5, 890);
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(DOCS, `${name}.png`) });
  console.log(`docs/${name}.png`);
}
