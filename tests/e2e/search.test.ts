// Search in a real browser on the seed graph: a name typed another way still finds its entity, and words of the
// documents find their sentences, with their document and the relations they state; a hit opens the reader there.
import { describe, expect, it } from 'vitest';
import { staticSite, useSession } from './site.ts';

describe('search', () => {
  const session = useSession(() => staticSite());

  it('finds Galeotti typed as "galeoti", marked as spelt another way', async () => {
    const page = await session.open();
    await page.keyboard.press('/');
    await page.keyboard.type('galeoti');
    const option = page
      .getByRole('listbox', { name: /^Search entities/ })
      .getByRole('option')
      .first();
    await expect(option.locator('.picker-label').textContent()).resolves.toBe('Mark Galeotti');
    await expect(option.locator('.picker-fuzzy').count()).resolves.toBe(1);
    await page.keyboard.press('Enter');
    await page.getByRole('article', { name: 'Entity Mark Galeotti' }).waitFor();
  });

  it('lists the sentences holding the words typed, and opens the document at one', async () => {
    const page = await session.open();
    // An evidence sentence of Kapustin LEADS the RVC, found by three of its words.
    const edge = 'LEADS:person:kapustin->organization:russian-volunteer-corps';
    const item = await page.evaluate((key) => window.__kg!.explorer.data.getEdgeAttribute(key, 'evidence')[0]!, edge);
    const words = item.text.match(/[A-Za-z]{5,}/g)!.slice(0, 3);
    await page.getByRole('searchbox', { name: 'Search the text of the documents' }).fill(words.join(' ').toUpperCase());
    const hits = page.getByRole('list', { name: 'Sentences found' }).locator('.text-hit');
    await hits.first().waitFor();
    await expect(page.locator('.text-search [role=status]').textContent()).resolves.toMatch(
      /^\d+ sentences? in \d+ documents?/,
    );
    const hit = hits.filter({ hasText: item.text.slice(0, 40) }).first();
    await expect(hit.locator('mark').allTextContents()).resolves.toEqual(
      expect.arrayContaining(words.map((word) => expect.stringMatching(new RegExp(`^${word}$`, 'i')))),
    );
    const title = await page.evaluate((id) => window.__kg!.explorer.documents.get(id)!.title, item.document);
    await expect(hit.locator('.doc-title').textContent()).resolves.toBe(title);
    await expect(hit.locator('.text-hit-edges').textContent()).resolves.toContain(
      'Kapustin LEADS → Russian Volunteer Corps',
    );

    await hit.locator('.text-hit-open').click();
    const reader = page.getByRole('dialog', { name: 'Document' });
    await reader.waitFor();
    await expect(reader.locator('mark').textContent()).resolves.toContain(item.text.slice(0, 40));
    expect(await page.evaluate(() => window.__kg!.explorer.state.reader)).toEqual({
      document: item.document,
      focus: { start: item.start, end: item.end },
    });

    await page.keyboard.press('Escape');
    await hit.locator('.text-hit-edges button').first().click();
    await page.getByRole('article', { name: 'Relation LEADS' }).waitFor();

    // Words no sentence holds say so.
    await page.getByRole('searchbox', { name: 'Search the text of the documents' }).fill('zzqx wobble');
    await expect
      .poll(() => page.locator('.text-search [role=status]').textContent())
      .toBe('No sentence holds “zzqx wobble”.');
    await expect(hits.count()).resolves.toBe(0);
  });
});
