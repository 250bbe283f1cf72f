// The Cypher console against the real server (embedded store loaded from the seed graph): running a query and
// highlighting its result, refusing writes, syntax errors, every example with its parameters, result views and CSV,
// resizing; and the console off on static hosting.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/bench/ui/build.ts';
import { serverSite, staticSite, useSession } from './site.ts';

async function openConsole(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Cypher console' }).click();
  await page.waitForFunction(() => window.__kg?.consoleReady === true);
}

async function typeQuery(page: Page, query: string): Promise<void> {
  const editor = page.getByRole('textbox', { name: 'Cypher query' });
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  // insertText, not typing: autocomplete would otherwise take some of the keys.
  await page.keyboard.insertText(query);
}

describe('Cypher console with the API', () => {
  const session = useSession(() => serverSite());

  it('runs a query with Ctrl+Enter, lists the rows and highlights the result on the graph', async () => {
    const page = await session.open();
    await openConsole(page);
    await typeQuery(page, 'MATCH (p:Person)-[r:LEADS]->(o:Organization) RETURN p, r, o');
    await page.keyboard.press('ControlOrMeta+Enter');
    const table = page.locator('.result-table');
    await table.waitFor();
    await expect(table.locator('thead th').allTextContents()).resolves.toEqual(['p', 'r', 'o']);
    await expect(table.textContent()).resolves.toContain('Kapustin');

    const highlight = await page.evaluate(() => {
      const { explorer } = window.__kg!;
      const result = explorer.state.result!;
      const sigma = explorer.view!.sigma;
      const outside = explorer.canvas.nodes().find((node) => !result.nodes.has(node))!;
      return {
        nodes: [...result.nodes],
        edges: [...result.edges],
        inside: sigma.getNodeDisplayData('person:kapustin')?.color,
        outside: sigma.getNodeDisplayData(outside)?.color,
      };
    });
    expect(highlight.nodes).toContain('person:kapustin');
    expect(highlight.nodes).toContain('organization:russian-volunteer-corps');
    expect(highlight.edges).toContain('LEADS:person:kapustin->organization:russian-volunteer-corps');
    // Everything outside the result is dimmed, the result keeps its colour.
    expect(highlight.outside).toBe('#dfe3ea');
    expect(highlight.inside).not.toBe('#dfe3ea');

    // A chip in the table selects the entity.
    await table.getByRole('button', { name: 'Kapustin' }).first().click();
    await page.getByRole('article', { name: 'Entity Kapustin' }).waitFor();
  });

  it('shows the result as its own subgraph when asked', async () => {
    const page = await session.open();
    await openConsole(page);
    await typeQuery(
      page,
      "MATCH (o:Organization {id: 'organization:russian-volunteer-corps'})<-[r]-(p) RETURN o, r, p",
    );
    await page.getByRole('radio', { name: 'Result subgraph' }).click();
    await page.getByRole('button', { name: 'Run query' }).click();
    await page.locator('.result-table').waitFor();
    const scene = await page.evaluate(() => {
      const { explorer } = window.__kg!;
      return { mode: explorer.state.scene.mode, onCanvas: explorer.canvas.order, total: explorer.data.order };
    });
    expect(scene.mode).toBe('some');
    expect(scene.onCanvas).toBeLessThan(scene.total);
    expect(scene.onCanvas).toBeGreaterThan(1);
  });

  it('refuses a write query and says so plainly', async () => {
    const page = await session.open();
    await openConsole(page);
    await typeQuery(page, "CREATE (n:Person {name: 'Mallory'}) RETURN n");
    await page.keyboard.press('ControlOrMeta+Enter');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toMatch(/Refused: the console is read-only/);
    expect(await page.locator('.console-error.code-READ_ONLY').count()).toBe(1);
  });

  it('completes labels from the schema and marks syntax errors in the editor', async () => {
    const page = await session.open();
    await openConsole(page);
    await typeQuery(page, 'MATCH (n:Pe');
    await page.keyboard.press('Control+Space');
    const completions = page.locator('.cm-tooltip-autocomplete');
    await completions.waitFor();
    await expect(completions.textContent()).resolves.toContain('Person');

    await typeQuery(page, 'MATCH (n RETURN n');
    await page.locator('.cm-lintRange-error').first().waitFor();
    await page.keyboard.press('ControlOrMeta+Enter');
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/Syntax error/);
  });

  it('runs every example with one click, its parameters filled in from the example', async () => {
    const page = await session.open();
    await openConsole(page);
    const examples = page.getByRole('navigation', { name: 'Example queries' }).getByRole('button');
    const count = await examples.count();
    // Every file in graph-data/queries is listed.
    expect(count).toBe(readdirSync(join(ROOT, 'graph-data/queries')).filter((f) => f.endsWith('.cypher')).length);
    const outcomes: { id: string; params: string; status: string; alert: number; rows: number }[] = [];
    for (let i = 0; i < count; i++) {
      const example = examples.nth(i);
      const id = (await example.getAttribute('data-example'))!;
      await example.click();
      await page.waitForFunction(() => {
        const status = document.querySelector('.console-status')?.textContent ?? '';
        return status !== '' && !status.includes('Running');
      });
      outcomes.push({
        id,
        params: await page.getByRole('textbox', { name: 'Query parameters (JSON)' }).inputValue(),
        status: (await page.locator('.console-status').textContent()) ?? '',
        alert: await page.getByRole('alert').count(),
        rows: await page.locator('.result-table tbody tr').count(),
      });
    }
    expect(outcomes.filter((o) => o.alert > 0)).toEqual([]);
    const byId = new Map(outcomes.map((o) => [o.id, o]));
    expect(JSON.parse(byId.get('02-everything-said-about-an-entity')!.params)).toEqual({
      id: 'organization:russian-volunteer-corps',
    });
    expect(byId.get('02-everything-said-about-an-entity')!.rows).toBeGreaterThan(0);
    expect(byId.get('03-shortest-path-between-two-entities')!.rows).toBe(1);
    expect(byId.get('12-what-a-document-says')!.rows).toBeGreaterThan(0);
    // An example without parameters clears the previous example's.
    expect(byId.get('01-who-leads-which-group')!.params).toBe('');
  });

  it('sends the parameters as edited, and sets them with :param as Neo4j Browser does', async () => {
    const page = await session.open();
    await openConsole(page);
    const params = page.getByRole('textbox', { name: 'Query parameters (JSON)' });
    await typeQuery(page, 'MATCH (e:Entity {id: $id}) RETURN e.name AS name');
    await expect(page.locator('.params-used').textContent()).resolves.toMatch(/not set: \$id/);
    await params.fill('{"id": "person:kapustin"}');
    // Ctrl+Enter runs from the parameters field too, not only from the editor.
    await page.keyboard.press('ControlOrMeta+Enter');
    await expect(page.locator('.result-table tbody').textContent()).resolves.toBe('Kapustin');

    await typeQuery(page, ":param id => 'person:mark-galeotti'");
    await page.keyboard.press('ControlOrMeta+Enter');
    await expect(page.locator('.console-status').textContent()).resolves.toBe('Set $id.');
    expect(JSON.parse(await params.inputValue())).toEqual({ id: 'person:mark-galeotti' });
    await typeQuery(page, 'MATCH (e:Entity {id: $id}) RETURN e.name AS name');
    await page.keyboard.press('ControlOrMeta+Enter');
    await expect(page.locator('.result-table tbody').textContent()).resolves.toBe('Mark Galeotti');

    await params.fill('{"id": ');
    await page.getByRole('button', { name: 'Run query' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/parameters are not valid.*JSON/is);
    // The parameters are part of the link.
    await params.fill('{"id": "person:kapustin"}');
    await page.waitForFunction(() => location.hash.includes('qp='));
  });

  it('clears the previous result when a query runs, and marks a result whose query was edited', async () => {
    const page = await session.open();
    await openConsole(page);
    await typeQuery(page, 'MATCH (p:Person) RETURN p.name AS name LIMIT 3');
    await page.keyboard.press('ControlOrMeta+Enter');
    await page.locator('.result-table').waitFor();
    await page.keyboard.insertText(' SKIP 1');
    await page.locator('.console-output.stale').waitFor();
    await expect(page.locator('.console-status').textContent()).resolves.toMatch(/Result of the previous query/);
    await typeQuery(page, 'MATCH (n RETURN n');
    await page.keyboard.press('ControlOrMeta+Enter');
    await page.getByRole('alert').waitFor();
    expect(await page.locator('.result-table').count()).toBe(0);
    expect(await page.locator('.console-output.stale').count()).toBe(0);
  });

  it('shows a result as a table, as text or as JSON, and exports it as CSV', async () => {
    const page = await session.open();
    await openConsole(page);
    await typeQuery(
      page,
      "MATCH (p:Person {id: 'person:kapustin'})-[r:LEADS]->(o) RETURN p, o.name AS group, r.evidenceTexts[0] AS evidence",
    );
    await page.keyboard.press('ControlOrMeta+Enter');
    const table = page.locator('.result-table');
    await table.waitFor();
    // An entity chip stays on one line, however narrow the column.
    const chip = await table.getByRole('button', { name: 'Kapustin' }).boundingBox();
    expect(chip!.height).toBeLessThan(30);

    await page.getByRole('radio', { name: 'Text' }).click();
    const text = (await page.getByLabel('Result as Text').textContent())!;
    expect(text.split('\n')[1]).toMatch(/^│ p +│ group +│ evidence +│$/);
    expect(text).toContain('(Kapustin)');
    await page.getByRole('radio', { name: 'JSON' }).click();
    const json = JSON.parse((await page.getByLabel('Result as JSON').textContent())!);
    expect(json[0].group).toBe('Russian Volunteer Corps');
    expect(json[0].p.id).toBe('person:kapustin');

    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the result as CSV' }).click(),
    ]);
    const chunks: Buffer[] = [];
    for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
    const [header, row] = Buffer.concat(chunks).toString().split('\r\n');
    expect(file.suggestedFilename()).toBe('query-result.csv');
    expect(header).toBe('p,group,evidence');
    expect(row).toMatch(/^\(Kapustin\),Russian Volunteer Corps,"?.*Kapustin/);
  });

  it('resizes from its top edge, maximises, and closes for good', async () => {
    const page = await session.open();
    await openConsole(page);
    const drawer = page.getByRole('region', { name: 'Cypher console' });
    const before = (await drawer.boundingBox())!;
    const handle = (await page.getByRole('separator', { name: 'Resize the console' }).boundingBox())!;
    await page.mouse.move(handle.x + 300, handle.y + handle.height / 2);
    await page.mouse.down();
    await page.mouse.move(handle.x + 300, handle.y - 150, { steps: 5 });
    await page.mouse.up();
    const taller = (await drawer.boundingBox())!;
    expect(taller.height).toBeGreaterThan(before.height + 120);

    await page.getByRole('button', { name: 'Maximise the console' }).click();
    const max = (await drawer.boundingBox())!;
    expect(max.y).toBe(52);
    expect(max.height).toBe(900 - 52);
    await page.getByRole('button', { name: 'Restore the console' }).click();
    expect((await drawer.boundingBox())!.height).toBeCloseTo(taller.height, 0);

    // Closed, the console stays closed in the link: reloading it does not bring it back.
    await typeQuery(page, 'RETURN 1');
    await page.getByRole('button', { name: 'Close the console' }).click();
    await page.waitForFunction(() => location.hash.includes('q=') && !location.hash.includes('console='));
    const url = page.url();
    await page.goto('about:blank');
    await page.goto(url);
    await page.waitForFunction(() => window.__kg?.firstFrameMs !== undefined);
    expect(await drawer.isVisible()).toBe(false);
  });
});

describe('Cypher console with its own examples folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-queries-'));
  writeFileSync(
    join(dir, '01-mentions-of-one.cypher'),
    '// Mentions of one entity\n// params: {"name": "Kapustin"}\nMATCH (e:Entity {name: $name}) RETURN e.mentions AS mentions\n',
  );
  const session = useSession(() => serverSite(undefined, { queriesDir: dir }));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists what /api/queries answers, not the examples bundled at build time', async () => {
    const page = await session.open();
    await openConsole(page);
    const examples = page.getByRole('navigation', { name: 'Example queries' }).getByRole('button');
    await page.waitForFunction(() => document.querySelectorAll('.console-examples .example').length === 1);
    await examples.first().click();
    await page.locator('.result-table').waitFor();
    await expect(page.locator('.result-table thead').textContent()).resolves.toBe('mentions');
    expect(await page.getByRole('alert').count()).toBe(0);
  });
});

describe('Cypher console with a small row limit', () => {
  const session = useSession(() => serverSite(undefined, { maxRows: 3 }), { allowErrors: true });

  it('says plainly that the server cut the result', async () => {
    const page = await session.open();
    await openConsole(page);
    await typeQuery(page, 'MATCH (e:Entity) RETURN e.name AS name');
    await page.keyboard.press('ControlOrMeta+Enter');
    await page.locator('.result-table').waitFor();
    expect(await page.locator('.result-table tbody tr').count()).toBe(3);
    await expect(page.getByRole('status').filter({ hasText: 'Truncated' }).count()).resolves.toBe(1);
  });
});

describe('Cypher console on static hosting', () => {
  const session = useSession(() => staticSite(), { allowErrors: true });

  it('is off and says why, while the rest of the page works', async () => {
    const page = await session.open();
    await openConsole(page);
    const note = page.getByRole('note');
    await expect(note.textContent()).resolves.toMatch(/Console off.*without the query API.*npm start/s);
    await expect(page.getByRole('button', { name: 'Run query' }).isDisabled()).resolves.toBe(true);
  });
});
