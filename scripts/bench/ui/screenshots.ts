// npx tsx scripts/bench/ui/screenshots.ts: the explorer's main views on the seed graph, saved under docs/ for the
// README. Uses the real server (with the query API) when it can start one, else static hosting (no console shot).
import { join } from 'node:path';
import { launchChromium } from './browser.ts';
import { DOCS, ready, shoot } from './shots.ts';
import { SEED_GRAPH, serverSite } from './site.ts';

const site = await serverSite();
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await ready(page, site.url);
  await shoot(page, 'explorer-overview');

  await page.keyboard.press('/');
  await page.keyboard.type('RVC');
  await page.waitForTimeout(200);
  await page.screenshot({ path: join(DOCS, 'explorer-search.png'), clip: { x: 0, y: 0, width: 1440, height: 300 } });
  await page.keyboard.press('Enter');
  await page.waitForTimeout(900);
  await shoot(page, 'explorer-entity-panel');

  await ready(page, `${site.url}#edge=LEADS%3Aperson%3Akapustin-%3Eorganization%3Arussian-volunteer-corps`);
  await page.locator('.edge-panel .doc-link').first().click();
  await shoot(page, 'explorer-document');

  // The documents filter: one document's graph.
  await ready(page, site.url);
  const second = await page.evaluate(() => [...window.__kg!.explorer.documents.values()][1]?.title);
  if (second) {
    await page.getByRole('checkbox', { name: second }).uncheck();
    await page.locator('.doc-filter-list').scrollIntoViewIfNeeded();
    await shoot(page, 'explorer-documents-filter');
  }

  await ready(page, `${site.url}#path=person%3Akapustin%7Cperson%3Amark-galeotti&colour=community`);
  await shoot(page, 'explorer-path');

  // Labels placed by importance, with no overlaps (docs/explorer-labels-before.png is the same view before).
  await ready(page, site.url);
  await shoot(page, 'explorer-labels-after');

  // Colour by a metric, with its legend; and the PNG export of that view, legend beside it.
  await ready(page, `${site.url}#colour=pagerank&size=documents`);
  await shoot(page, 'explorer-colour-by-metric');
  await page.getByRole('button', { name: 'Export' }).click();
  const [png] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: 'PNG image of the view' }).click(),
  ]);
  await png.saveAs(join(DOCS, 'explorer-export.png'));
  console.log('docs/explorer-export.png');

  // Several entities selected with Shift+click, and the data table linked to the selection.
  await ready(page, site.url);
  for (const node of ['person:kapustin', 'person:mark-galeotti', 'organization:russian-volunteer-corps']) {
    const at = await page.evaluate((key) => {
      const sigma = window.__kg!.explorer.view!.sigma;
      const { x, y } = sigma.framedGraphToViewport(sigma.getNodeDisplayData(key)!);
      const box = sigma.getContainer().getBoundingClientRect();
      return { x: box.left + x, y: box.top + y };
    }, node);
    await page.keyboard.down('Shift');
    await page.mouse.click(at.x, at.y);
    await page.keyboard.up('Shift');
    await page.waitForTimeout(350);
  }
  await shoot(page, 'explorer-selection');
  await page.getByRole('button', { name: 'Data table of entities and relations' }).click();
  await shoot(page, 'explorer-table');

  if (site.api) {
    // An example with parameters, run with one click: the parameters editor filled from the example.
    await ready(page, `${site.url}#console=1`);
    await page.waitForFunction(() => window.__kg?.consoleReady);
    await page.locator('[data-example="03-shortest-path-between-two-entities"]').click();
    await page.locator('.result-table').waitFor();
    await page.waitForTimeout(800);
    await shoot(page, 'explorer-console');

    await page.locator('[data-example="02-everything-said-about-an-entity"]').click();
    await page.locator('.result-table').waitFor();
    await page.getByRole('button', { name: 'Maximise the console' }).click();
    await page.getByRole('radio', { name: 'Text' }).click();
    await shoot(page, 'explorer-console-text');

    // A load while the page is open: the page says so.
    await ready(page, `${site.url}#node=person%3Akapustin`);
    await site.reload!(SEED_GRAPH);
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await page.getByRole('alert').filter({ hasText: 'The graph changed' }).waitFor();
    await shoot(page, 'explorer-graph-changed');
  }

  // Corrections from the entity panel, on a server with curation: a rename being rebuilt.
  const curated = await serverSite(undefined, { curation: true });
  try {
    await ready(page, `${curated.url}#node=person%3Aandriy-yosov`);
    await page.locator('.entity-panel .curation-merge').scrollIntoViewIfNeeded();
    await page.getByRole('combobox', { name: 'Merge Andriy Yosov with' }).fill('Galeotti');
    await page
      .getByRole('listbox', { name: /Merge Andriy Yosov with/ })
      .getByRole('option')
      .first()
      .click();
    await page.getByRole('textbox', { name: 'New name for Andriy Yosov' }).fill('Andriy Yusov');
    await page.getByRole('button', { name: 'Rename' }).click();
    await page.locator('.curation-status', { hasText: 'Rebuilding' }).waitFor();
    await page.screenshot({ path: join(DOCS, 'explorer-curation.png') });
    console.log('docs/explorer-curation.png');
  } finally {
    await curated.close();
  }
} finally {
  await browser.close();
  await site.close();
}
