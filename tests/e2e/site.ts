// Test fixtures for the browser tests: the built page served over HTTP, a Chromium, and pages that report their
// errors. Everything started here is closed by the caller's afterEach/afterAll.
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/bench/ui/browser.ts';

export { SEED_GRAPH, serverSite, staticSite, type Site } from '../../scripts/bench/ui/site.ts';
export { launchChromium };

/** A page whose uncaught errors fail the test, and which waits until the graph is drawn. */
export async function openExplorer(browser: Browser, url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const errors: string[] = [];
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  await page.waitForFunction(() => window.__kg?.firstFrameMs !== undefined, null, { timeout: 30_000 });
  return { page, errors };
}

/** Types into the search box and picks the first suggestion, as a user would. */
export async function searchAndPick(page: Page, text: string): Promise<void> {
  await page.keyboard.press('/');
  await page.keyboard.type(text);
  await page
    .getByRole('listbox', { name: /^Search entities/ })
    .getByRole('option')
    .first()
    .waitFor();
  await page.keyboard.press('Enter');
}
