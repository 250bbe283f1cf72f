// Each example query in graph-data/queries runs on the embedded store over the fixture graph and finds something.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SerializedKnowledgeGraph } from '../../src/model/graph.ts';
import { openReader } from '../../src/store/backends.ts';
import type { ExampleQuery } from '../../src/model/exampleQuery.ts';
import { exampleQueries } from '../../src/store/exampleQueries.ts';
import { readGraphFile } from '../../src/store/load/readGraph.ts';
import type { StoreReader } from '../../src/store/store.ts';
import type { GraphRelationship, StoreResult } from '../../src/store/values.ts';
import { collectElements } from '../../src/server/resultGraph.ts';
import { fixtureGraph, LIMITS, loadInto, QUERIES_DIR, STORES, useStore } from './stores.ts';

const queries: ExampleQuery[] = await exampleQueries(QUERIES_DIR);
const endsAndKey = (r: GraphRelationship) => `${r.properties.key} ${r.startElementId} ${r.endElementId}`;
const SEED_GRAPH = 'graph-data/graph.json';
/** The fixture states no contradiction; this query is checked on a graph given one below. */
const EMPTY_ON_FIXTURE = new Set(['05-conflicting-relations']);

describe.each(STORES)('example queries on $name', (store) => {
  useStore(store);
  let reader: StoreReader;
  beforeAll(async () => {
    const config = store.config();
    const graph: SerializedKnowledgeGraph = await fixtureGraph();
    // One contradiction: the Legion is said to oppose the corps it is allied with.
    const allied = graph.edges.find((e) => e.attributes!.type === 'ALLIED_WITH')!;
    graph.edges.push({
      key: `OPPOSES:${allied.source}->${allied.target}`,
      source: allied.source,
      target: allied.target,
      attributes: {
        type: 'OPPOSES',
        weight: 1,
        evidence: [{ document: 'made-up.txt', text: 'They fight each other.', start: 0, end: 22, rule: 'test' }],
      },
    });
    // The fixture predates claims: it gets the seed graph's, on the entities it has.
    const keys = new Set(graph.nodes.map((n) => n.key));
    const seeds = await readGraphFile(SEED_GRAPH);
    graph.attributes!.claims = seeds.attributes!.claims!.filter((c) => c.speaker === null || keys.has(c.speaker));
    await loadInto(config, graph, true);
    reader = await openReader(config);
  });
  afterAll(() => reader?.close());

  it('there are a dozen or more, each with a title and a description', () => {
    expect(queries.length).toBeGreaterThanOrEqual(12);
    for (const q of queries) expect(q.title && q.description && q.query).toBeTruthy();
  });

  it.each(queries.map((q) => [q.id, q] as const))('%s returns rows', async (_id, q) => {
    const result = await reader.read(q.query, q.params, LIMITS);
    expect(result.columns.length).toBeGreaterThan(0);
    expect(result.rows.length).toBeGreaterThan(0);
  });

  it('the neighbourhood query gives the relations its paths hold, each once', async () => {
    const q = queries.find((x) => x.id === '11-neighbourhood')!;
    const asPaths = q.query.replace(/WITH p LIMIT 200[^]*$/, 'RETURN p LIMIT 200');
    const [list, paths] = [await reader.read(q.query, q.params, LIMITS), await reader.read(asPaths, q.params, LIMITS)];
    const keys = (result: StoreResult) =>
      [...collectElements(result.rows).relationships.values()].map(endsAndKey).sort();
    expect(list.rows).toHaveLength(1);
    expect(keys(list).length).toBeGreaterThan(3);
    expect(keys(list)).toEqual(keys(paths));
    expect(new Set(keys(list)).size).toBe((list.rows[0][0] as unknown[]).length);
  });

  it('the conflict query pairs the two sentences', async () => {
    const q = queries.find((x) => EMPTY_ON_FIXTURE.has(x.id))!;
    const { rows, columns } = await reader.read(q.query, q.params, LIMITS);
    const row = Object.fromEntries(columns.map((c, i) => [c, rows[0][i]]));
    expect(row.otherSentence).toBe('They fight each other.');
    expect(row.says).toBe('ALLIED_WITH');
  });
});
