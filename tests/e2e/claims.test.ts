// Who said what and where sources disagree, in Chromium on the seed graph: the entity panel's claims, quotes marked
// in the reader, claims drawn on the graph on demand, the "Where sources disagree" view (on static hosting, from
// graph.json alone, and on the server, where it agrees with /api/discrepancies), and independent stories per edge.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serverSite, staticSite, useSession } from './site.ts';

const GALEOTTI = 'person:mark-galeotti';
// Galeotti's words in the first seed (the second has them without the comma).
const SHARE_THE_DESIRE = 'share the desire to see Putin’s regime fall, and believe';

/** The claims on the canvas and the SAID/ABOUT edges between them and the entities. */
const canvasClaims = (page: Page) =>
  page.evaluate(() => {
    const { canvas } = window.__kg!.explorer;
    return {
      nodes: canvas.filterNodes((_n, a) => (a.type as string) === 'Claim').length,
      said: canvas.filterEdges((_e, a) => (a.type as string) === 'SAID').length,
      about: canvas.filterEdges((_e, a) => (a.type as string) === 'ABOUT').length,
    };
  });

describe('who said what, on static hosting', () => {
  const session = useSession(() => staticSite());

  it("lists what Galeotti said and what was said about Putin, and opens a quote's document at its exact words", async () => {
    const page = await session.open(`#node=${encodeURIComponent(GALEOTTI)}`);
    const panel = page.getByRole('article', { name: 'Entity Mark Galeotti' });
    const said = panel.locator('.claims-section', {
      has: page.getByRole('heading', { name: /^What Mark Galeotti said/ }),
    });
    await said.waitFor();
    const expected = await page.evaluate(
      (key) => window.__kg!.explorer.data.getAttribute('claims')!.filter((c) => c.speaker === key).length,
      GALEOTTI,
    );
    await expect(said.getByRole('heading').textContent()).resolves.toBe(`What Mark Galeotti said (${expected})`);
    await expect(said.locator('.claim').count()).resolves.toBe(expected);
    const quote = said.locator('.claim', { hasText: SHARE_THE_DESIRE });
    await expect(quote.locator('.claim-meta').textContent()).resolves.toMatch(/^quoted · “stated”/);
    await quote.locator('.doc-link').click();

    const reader = page.getByRole('dialog', { name: 'Document' });
    await reader.waitFor();
    // The claim's span, exactly: the marked words are the claim's text, inside the highlighted sentence.
    const claim = await page.evaluate(
      (text) => window.__kg!.explorer.data.getAttribute('claims')!.find((c) => c.text.includes(text))!,
      SHARE_THE_DESIRE,
    );
    const mark = reader.locator(`.claim-mark[data-claim="${claim.document}:${claim.start}"]`);
    await expect(mark.textContent()).resolves.toBe(claim.text);
    await expect(reader.locator('mark .claim-mark').first().textContent()).resolves.toBe(claim.text);
    await expect(mark.getAttribute('title')).resolves.toMatch(/^Said by Mark Galeotti \(quoted/);
    // Choosing it (Enter, or a click) names the speaker, who is one click from the graph.
    await mark.focus();
    await page.keyboard.press('Enter');
    const note = reader.getByRole('complementary', { name: 'Claim' });
    await note.getByRole('button', { name: 'Mark Galeotti' }).click();
    await expect(page.evaluate(() => window.__kg!.explorer.state.selection)).resolves.toEqual({
      kind: 'node',
      key: GALEOTTI,
    });

    await page.evaluate(() => window.__kg!.actions.selectNode(window.__kg!.explorer, 'person:vladimir-putin'));
    const about = page.locator('.claims-section', {
      has: page.getByRole('heading', { name: /^Said about Vladimir Putin/ }),
    });
    await about.waitFor();
    // Each claim about Putin names who said it.
    const speakers = await about.locator('.claim-speaker .entity-link').allTextContents();
    expect(speakers.length).toBeGreaterThan(2);
    expect(speakers).not.toContain('Vladimir Putin');
    expect(speakers).toContain('Mark Galeotti');

    // A long list shows its first ten, the rest one click away.
    await page.evaluate(() =>
      window.__kg!.actions.selectNode(window.__kg!.explorer, 'organization:freedom-of-russia-legion'),
    );
    const legion = page.locator('.claims-section', {
      has: page.getByRole('heading', { name: /^What Freedom of Russia Legion said/ }),
    });
    const total = Number(/\((\d+)\)/.exec((await legion.getByRole('heading').textContent())!)![1]);
    expect(total).toBeGreaterThan(10);
    await expect(legion.locator('.claim').count()).resolves.toBe(10);
    await legion.getByRole('button', { name: `Show all ${total}` }).click();
    await expect(legion.locator('.claim').count()).resolves.toBe(total);
  });

  it('marks every claim of a document in the reader with its exact words', async () => {
    const page = await session.open();
    const claims = await page.evaluate(() => {
      const { explorer } = window.__kg!;
      const doc = [...explorer.documents.keys()][0]!;
      window.__kg!.actions.openDocument(explorer, doc);
      return explorer.data.getAttribute('claims')!.filter((c) => c.document === doc);
    });
    const reader = page.getByRole('dialog', { name: 'Document' });
    await reader.locator('.claim-mark').first().waitFor();
    const marked = await reader.locator('.claim-mark').evaluateAll((marks) => {
      const words = new Map<string, string>();
      for (const m of marks)
        words.set(m.getAttribute('data-claim')!, (words.get(m.getAttribute('data-claim')!) ?? '') + m.textContent);
      return [...words];
    });
    expect(marked.length).toBeGreaterThan(10);
    const byKey = new Map(claims.map((c) => [`${c.document}:${c.start}`, c.text]));
    for (const [key, words] of marked) expect(words).toBe(byKey.get(key));
    // Quoted and reported speech are told apart.
    await expect(reader.locator('.claim-mark.claim-direct').count()).resolves.toBeGreaterThan(0);
    await expect(reader.locator('.claim-mark.claim-indirect').count()).resolves.toBeGreaterThan(0);
  });

  it('draws claims on the graph only when asked, in their own colour, with SAID and ABOUT edges', async () => {
    const page = await session.open();
    await expect(canvasClaims(page)).resolves.toEqual({ nodes: 0, said: 0, about: 0 });
    await page.getByRole('checkbox', { name: 'Show claims on the graph' }).check();
    const expected = await page.evaluate(() => {
      const claims = window.__kg!.explorer.data.getAttribute('claims')!;
      return {
        nodes: claims.filter((c) => c.speaker !== null || c.about.length).length,
        said: claims.filter((c) => c.speaker !== null).length,
        about: claims.reduce((n, c) => n + c.about.length, 0),
      };
    });
    await expect(canvasClaims(page)).resolves.toEqual(expected);
    await page.waitForFunction(() => location.hash.includes('claims=1'));
    // The overview still counts entities and relations only.
    const stat = (name: string) => page.locator('.stats > div', { hasText: name }).locator('dd').textContent();
    const order = await page.evaluate(() => window.__kg!.explorer.data.order);
    await expect(stat('Entities shown')).resolves.toBe(String(order));
    const looks = await page.evaluate(() => {
      const { canvas, view } = window.__kg!.explorer;
      const colour = (node: string) => view!.sigma.getNodeDisplayData(node)!.color;
      const claims = canvas.filterNodes((_n, a) => (a.type as string) === 'Claim');
      const entities = canvas.filterNodes((_n, a) => (a.type as string) !== 'Claim');
      return { claims: claims.map(colour), entities: entities.map(colour) };
    });
    expect(looks.claims.length).toBe(expected.nodes);
    expect(looks.claims.filter((c) => looks.entities.includes(c))).toEqual([]);

    await page.getByRole('checkbox', { name: 'Show claims on the graph' }).uncheck();
    await expect(canvasClaims(page)).resolves.toEqual({ nodes: 0, said: 0, about: 0 });
  });

  it('opens the document at the claimed words when a claim is clicked on the graph', async () => {
    // Galeotti alone, with his claims around him.
    const page = await session.open(`#show=${encodeURIComponent(GALEOTTI)}&claims=1`);
    await page.waitForTimeout(800);
    const target = await page.evaluate(() => {
      const { explorer } = window.__kg!;
      const sigma = explorer.view!.sigma;
      const key = explorer.canvas.filterNodes((_n, a) => (a.type as string) === 'Claim')[0]!;
      const point = sigma.framedGraphToViewport(sigma.getNodeDisplayData(key)!);
      const box = document.getElementById('graph')!.getBoundingClientRect();
      return { key, x: box.left + point.x, y: box.top + point.y };
    });
    await page.mouse.click(target.x, target.y);
    const reader = page.getByRole('dialog', { name: 'Document' });
    await reader.waitFor();
    const { focus, claim } = await page.evaluate((key) => {
      const { explorer } = window.__kg!;
      const claim = explorer.data.getAttribute('claims')!.find((c) => `claim:${c.document}:${c.start}` === key)!;
      return { focus: explorer.state.reader!.focus, claim };
    }, target.key);
    expect(focus).toEqual({ start: claim.start, end: claim.end });
    await expect(reader.locator('mark').textContent()).resolves.toBe(claim.text);
  });

  it('lists where the sources disagree, the two sentences side by side, each opening its document there', async () => {
    const page = await session.open();
    await page.getByRole('button', { name: 'Where sources disagree…' }).click();
    const view = page.getByRole('dialog', { name: 'Where sources disagree' });
    await view.waitFor();
    const items = view.locator('.disagreement');
    await expect(items.count()).resolves.toBe(6);
    const subscribers = view.locator('.disagreement[data-kind="quantity"]');
    const sides = subscribers.locator('.disagreement-side');
    await expect(sides.locator('.side-value').allTextContents()).resolves.toEqual([
      '25 million subscribers',
      'a quarter of a million subscribers',
    ]);
    const [left, right] = [await sides.nth(0).boundingBox(), await sides.nth(1).boundingBox()];
    expect(right!.x).toBeGreaterThan(left!.x + left!.width - 1);
    expect(Math.abs(right!.y - left!.y)).toBeLessThan(2);
    const sentence = await sides.nth(1).locator('blockquote').textContent();
    expect(sentence).toContain('over a quarter of a million subscribers');
    await sides.nth(1).locator('.doc-link').click();
    const reader = page.getByRole('dialog', { name: 'Document' });
    await reader.waitFor();
    await expect(reader.locator('mark').textContent()).resolves.toBe(sentence);
    await expect(page.evaluate(() => window.__kg!.explorer.state.reader?.document)).resolves.toBe(
      '001_7bd1a4dae700160c.txt',
    );

    // The stance, by kind; Esc closes the document, then the view.
    await page.keyboard.press('Escape');
    await expect(reader.isHidden()).resolves.toBe(true);
    await view.getByRole('button', { name: /^Stances/ }).click();
    await expect(items.count()).resolves.toBe(1);
    await expect(items.first().locator('.side-value').allTextContents()).resolves.toEqual(['for', 'against']);
    await view.getByRole('button', { name: /^Roles/ }).click();
    await expect(items.count()).resolves.toBe(0);
    await expect(view.locator('.hint').textContent()).resolves.toMatch(/do not disagree/);
    await page.keyboard.press('Escape');
    await expect(view.isHidden()).resolves.toBe(true);
  });

  it('says per edge how many independent stories state it, and the evidence filter can count them', async () => {
    const page = await session.open('#edge=LEADS%3Aperson%3Amark-galeotti-%3Eorganization%3Amayak-intelligence');
    const panel = page.getByRole('article', { name: 'Relation LEADS' });
    // The seeds are two versions of one story.
    await expect(panel.locator('.evidence-counts').textContent()).resolves.toBe(
      '2 documents, 1 independent story, 2 sentences',
    );
    const relationsShown = () => page.evaluate(() => window.__kg!.explorer.canvas.size);
    const all = await relationsShown();
    await page.getByRole('spinbutton', { name: 'Documents' }).fill('2');
    await page.getByRole('spinbutton', { name: 'Documents' }).dispatchEvent('change');
    const inTwoDocuments = await relationsShown();
    expect(inTwoDocuments).toBeGreaterThan(0);
    expect(inTwoDocuments).toBeLessThan(all);
    await page.getByRole('spinbutton', { name: 'Documents' }).fill('1');
    await page.getByRole('spinbutton', { name: 'Documents' }).dispatchEvent('change');
    await page.getByRole('spinbutton', { name: 'Stories' }).fill('2');
    await page.getByRole('spinbutton', { name: 'Stories' }).dispatchEvent('change');
    // No relation of the seeds has two independent stories behind it.
    await expect(relationsShown()).resolves.toBe(0);
    await page.waitForFunction(() => location.hash.includes('minstories=2'));
  });
});

describe('where sources disagree, on the server', () => {
  const session = useSession(() => serverSite());

  it('shows what /api/discrepancies lists: one implementation', async () => {
    const page = await session.open();
    const api = await page.evaluate(async () => {
      const response = await fetch('/api/discrepancies');
      const body = (await response.json()) as { discrepancies: { kind: string; sides: { sentence: string }[] }[] };
      return body.discrepancies.map((d) => [d.kind, d.sides.map((s) => s.sentence)]);
    });
    await page.getByRole('button', { name: 'Where sources disagree…' }).click();
    const view = page.getByRole('dialog', { name: 'Where sources disagree' });
    const shown = await view
      .locator('.disagreement')
      .evaluateAll((items) =>
        items.map((item) => [
          item.getAttribute('data-kind'),
          [...item.querySelectorAll('.disagreement-side blockquote')].map((q) => q.textContent),
        ]),
      );
    expect(api.length).toBeGreaterThan(3);
    expect(shown).toEqual(api);
  });
});
