// Test fixtures for the browser tests: the built page served over HTTP, a Chromium, and pages that report their
// errors. Everything started here is closed by the caller's afterEach/afterAll.
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchChromium } from '../../scripts/bench/ui/browser.ts';

import type { Site } from '../../scripts/bench/ui/site.ts';
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

/** One test block's browser and site, and the page of the running test. */
export interface Session {
  browser: Browser;
  site: Site;
  page?: Page;
  errors: string[];
  /** Opens the explorer at the site's URL plus `suffix` in a fresh page. */
  open(suffix?: string): Promise<Page>;
}

/**
 * Registers a describe block's hooks: one Chromium and one site for the block, a fresh page per test, closed after
 * it; errors the page logs fail the test unless `allowErrors`.
 */
export function useSession(makeSite: () => Promise<Site>, { timeout = 180_000, allowErrors = false } = {}): Session {
  const session = { errors: [] as string[] } as Session;
  session.open = async (suffix = '') => {
    ({ page: session.page, errors: session.errors } = await openExplorer(session.browser, session.site.url + suffix));
    return session.page;
  };
  beforeAll(async () => {
    session.browser = await launchChromium();
    session.site = await makeSite();
  }, timeout);
  afterEach(async () => {
    await session.page?.close();
    session.page = undefined;
    if (!allowErrors) expect(session.errors).toEqual([]);
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.site?.close();
  });
  return session;
}

/** Where a node is on the page, in CSS pixels. */
export const pointOf = (page: Page, node: string) =>
  page.evaluate((key) => {
    const sigma = window.__kg!.explorer.view!.sigma;
    const { x, y } = sigma.framedGraphToViewport(sigma.getNodeDisplayData(key)!);
    const box = sigma.getContainer().getBoundingClientRect();
    return { x: box.left + x, y: box.top + y };
  }, node);
