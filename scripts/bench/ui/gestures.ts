// Pointer gestures on the explorer's page, as a user makes them, for the browser tests and the screenshots.
import type { Locator, Page } from 'playwright-core';

/** Presses the mouse near the foot of `from`, moves across to the foot of `to` and releases (a timeline brush). */
export async function dragAcross(page: Page, from: Locator, to: Locator): Promise<void> {
  await from.scrollIntoViewIfNeeded();
  const start = (await from.boundingBox())!;
  const end = (await to.boundingBox())!;
  await page.mouse.move(start.x + start.width / 2, start.y + start.height - 2);
  await page.mouse.down();
  await page.mouse.move(end.x + end.width / 2, end.y + end.height - 2, { steps: 4 });
  await page.mouse.up();
}
