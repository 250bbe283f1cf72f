// The Cypher console against the real server (embedded store loaded from the seed graph): running a query and
// highlighting its result, refusing writes, syntax errors, example queries; and the console off on static hosting.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
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

  it('loads an example query from the menu and runs it', async () => {
    const page = await session.open();
    await openConsole(page);

    const examples = page.getByRole('navigation', { name: 'Example queries' }).getByRole('button');
    expect(await examples.count()).toBeGreaterThan(1);
    // One click: the query is loaded and run.
    await examples.first().click();
    const query = await page.evaluate(() => window.__kg!.explorer.state.query);
    expect(query).toMatch(/MATCH|RETURN/i);
    await page.locator('.result-table, .console-output .hint').first().waitFor();
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
