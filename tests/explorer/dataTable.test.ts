// The data table's rows: filter by text columns, sort by any column, ties in graph order.
import { describe, expect, it } from 'vitest';
import { tableRows } from '../../src/explorer/core/dataTable.ts';
import { seedGraph } from './graphs.ts';

describe('data table rows', () => {
  const graph = seedGraph();

  it('sorts entities by mentions, most first, and by name', () => {
    const rows = tableRows(graph, 'entities', '', { column: 'mentions', descending: true });
    expect(rows).toHaveLength(graph.order);
    const mentions = rows.map((node) => graph.getNodeAttribute(node, 'mentions'));
    expect(mentions).toEqual([...mentions].sort((a, b) => b - a));
    const names = tableRows(graph, 'entities', '', { column: 'label', descending: false }).map((node) =>
      graph.getNodeAttribute(node, 'label').toLowerCase(),
    );
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('filters entities by name or type, any case', () => {
    const people = tableRows(graph, 'entities', 'PERSON', { column: 'label', descending: false });
    expect(people.length).toBeGreaterThan(1);
    for (const node of people) expect(graph.getNodeAttribute(node, 'type')).toBe('Person');
  });

  it('lists relations with their ends, filtered by an end or the type', () => {
    const rows = tableRows(graph, 'relations', 'kapustin', { column: 'documents', descending: true });
    expect(rows.length).toBeGreaterThan(0);
    for (const edge of rows)
      expect(graph.extremities(edge).some((node) => graph.getNodeAttribute(node, 'label') === 'Kapustin')).toBe(true);
    const leads = tableRows(graph, 'relations', 'leads', { column: 'type', descending: false });
    for (const edge of leads) expect(graph.getEdgeAttribute(edge, 'type')).toBe('LEADS');
  });
});
