// npx tsx scripts/bench/ui/claimsScreenshots.ts: who said what and where sources disagree, on the seed graph, saved
// under docs/ for the README. Static hosting: these views need graph.json only.
import { launchChromium } from './browser.ts';
import { ready, shoot } from './shots.ts';
import { staticSite } from './site.ts';

const site = await staticSite();
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  // What Galeotti said, and what was said about him.
  await ready(page, `${site.url}#node=person%3Amark-galeotti`);
  await page
    .locator('.claims-section')
    .first()
    .evaluate((section) => section.scrollIntoView({ block: 'start' }));
  await shoot(page, 'explorer-claims-panel');

  // Claims drawn on the graph around Kapustin.
  await ready(
    page,
    `${site.url}#claims=1&show=person%3Akapustin%7Corganization%3Arussian-volunteer-corps&node=person%3Akapustin`,
  );
  await page.getByRole('button', { name: 'Fit the graph in view' }).click();
  await shoot(page, 'explorer-claims-graph');

  // A quote in the reader, its speaker in the note.
  await ready(page, `${site.url}#node=person%3Amark-galeotti`);
  await page.locator('.claims-section .doc-link').first().click();
  await page.locator('.reader .claim-mark').first().waitFor();
  await page.locator('.reader mark .claim-mark').first().click();
  await shoot(page, 'explorer-claims-reader');

  await ready(page, site.url);
  await page.getByRole('button', { name: 'Where sources disagree…' }).click();
  await shoot(page, 'explorer-disagreements');

  await ready(page, `${site.url}#edge=LEADS%3Aperson%3Amark-galeotti-%3Eorganization%3Amayak-intelligence`);
  await shoot(page, 'explorer-edge-stories');
} finally {
  await browser.close();
  await site.close();
}
