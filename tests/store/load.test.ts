// The loader on every configured store: counts, idempotence, updates and removals, reset.
import { afterEach, describe, expect, it } from 'vitest';
import type { SerializedKnowledgeGraph } from '../../src/model/graph.ts';
import { openReader } from '../../src/store/backends.ts';
import type { StoreReader } from '../../src/store/store.ts';
import type { GraphNode, GraphRelationship } from '../../src/store/values.ts';
import { counts, fixtureGraph, LIMITS, loadInto, STORES, useStore } from './stores.ts';

const BIG = { ...LIMITS, maxRows: 100_000 };

describe.each(STORES)('loading into $name', (store) => {
  useStore(store);
  let reader: StoreReader | null = null;
  afterEach(async () => {
    await reader?.close();
    reader = null;
  });

  it('loads every entity, document, relation and mention, with labels, types and evidence', async () => {
    const config = store.config();
    const graph = await fixtureGraph();
    const summary = await loadInto(config, graph, true);
    // An empty store: every element is created, none merged.
    expect(summary.mode).toBe('create');
    expect(summary.entities.added).toBe(graph.nodes.length);
    expect(summary.relations.added).toBe(graph.edges.length);
    reader = await openReader(config);
    const c = await counts(reader);
    expect(c.Entity).toBe(graph.nodes.length);
    expect(c.Document).toBe(graph.attributes!.documents.length);
    const byType = (t: string) => graph.nodes.filter((n) => n.attributes!.type === t).length;
    expect([c.Person, c.Organization, c.Location]).toEqual([
      byType('Person'),
      byType('Organization'),
      byType('Location'),
    ]);
    expect(c.LEADS).toBe(graph.edges.filter((e) => e.attributes!.type === 'LEADS').length);
    expect(c.MENTIONS).toBe(summary.mentions.total);

    const edge = graph.edges.find((e) => e.attributes!.type === 'LEADS')!;
    const { rows } = await reader.read(
      'MATCH (a:Entity {id: $source})-[r:LEADS]->(b:Entity {id: $target}) ' +
        'RETURN r.evidenceTexts, r.evidenceStarts, r.evidenceDocuments, r.weight, labels(a), r.evidenceRules',
      { source: edge.source, target: edge.target },
      LIMITS,
    );
    const evidence = edge.attributes!.evidence;
    expect(rows[0][0]).toEqual(evidence.map((e) => e.text));
    expect(rows[0][1]).toEqual(evidence.map((e) => e.start));
    expect(rows[0][2]).toEqual(evidence.map((e) => e.document));
    expect(rows[0][3]).toBe(edge.attributes!.weight);
    expect([...(rows[0][4] as string[])].sort()).toEqual(['Entity', 'Person']);
    // Provenance: the rule that found each evidence sentence is stored with it.
    expect(rows[0][5]).toEqual(evidence.map((e) => e.rule));
    expect(evidence.every((e) => e.rule.length > 0)).toBe(true);
  });

  it('changes nothing when the same graph is loaded twice', async () => {
    const config = store.config();
    const graph = await fixtureGraph();
    await loadInto(config, graph, true);
    reader = await openReader(config);
    const before = await counts(reader);
    const again = await loadInto(config, graph);
    expect(again.mode).toBe('merge');
    expect(again.writes).toBe(0);
    expect(again.entities).toMatchObject({ added: 0, changed: 0, removed: 0, unchanged: graph.nodes.length });
    await reader.close();
    reader = await openReader(config);
    expect(await counts(reader)).toEqual(before);
  });

  it('updates changed nodes and edges and removes those that are gone', async () => {
    const config = store.config();
    const graph = await fixtureGraph();
    await loadInto(config, graph, true);
    const next: SerializedKnowledgeGraph = structuredClone(graph);
    // Drop one entity (and its edges), rename another, retype a third, reweigh one relation.
    const dropped = next.nodes.find((n) => n.key === 'person:caesar')!.key;
    next.nodes = next.nodes.filter((n) => n.key !== dropped);
    next.edges = next.edges.filter((e) => e.source !== dropped && e.target !== dropped);
    const renamed = next.nodes.find((n) => n.key === 'person:kapustin')!;
    renamed.attributes!.label = 'Denis Kapustin';
    const retyped = next.nodes.find((n) => n.key === 'organization:telegram')!;
    retyped.attributes!.type = 'Location';
    const reweighed = next.edges.find((e) => e.attributes!.type === 'LEADS')!;
    reweighed.attributes!.weight = 99;
    const removedEdges = graph.edges.length - next.edges.length;

    const summary = await loadInto(config, next);
    expect(summary.entities).toMatchObject({ removed: 1, changed: 2, added: 0 });
    expect(summary.relations.changed).toBe(1);
    expect(summary.relations.removed).toBe(removedEdges);
    reader = await openReader(config);
    const c = await counts(reader);
    expect(c.Entity).toBe(graph.nodes.length - 1);
    const read = async (query: string, params: Record<string, unknown> = {}) =>
      (await reader!.read(query, params, LIMITS)).rows;
    expect(await read('MATCH (e:Entity {id: $id}) RETURN e', { id: dropped })).toEqual([]);
    expect(await read("MATCH (e:Entity {id: 'person:kapustin'}) RETURN e.name")).toEqual([['Denis Kapustin']]);
    const labels = (await read("MATCH (e:Entity {id: 'organization:telegram'}) RETURN labels(e)"))[0][0] as string[];
    expect([...labels].sort()).toEqual(['Entity', 'Location']);
    const weight = await read('MATCH (:Entity {id: $s})-[r:LEADS]->(:Entity {id: $t}) RETURN r.weight, count(r)', {
      s: reweighed.source,
      t: reweighed.target,
    });
    expect(weight).toEqual([[99, 1]]);
  });

  it('creating into an empty store stores what merging stores', async () => {
    const graph = await fixtureGraph();
    const contents = async (config: ReturnType<typeof store.config>) => {
      const r = await openReader(config);
      try {
        const nodes = await r.read('MATCH (n) WHERE n:Entity OR n:Document RETURN n ORDER BY n.id', {}, BIG);
        const rels = await r.read('MATCH (a)-[r]->(b) RETURN a.id, type(r), b.id, r ORDER BY r.key', {}, BIG);
        return {
          nodes: nodes.rows.map(([n]) => [[...(n as GraphNode).labels].sort(), (n as GraphNode).properties]),
          rels: rels.rows.map(([a, type, b, rel]) => [a, type, b, (rel as GraphRelationship).properties]),
        };
      } finally {
        await r.close();
      }
    };
    const created = store.config();
    await loadInto(created, graph, true);
    const fromCreate = await contents(created);
    expect(fromCreate.nodes.length).toBe(graph.nodes.length + graph.attributes!.documents.length);
    expect(fromCreate.rels.length).toBeGreaterThan(graph.edges.length);
    // The same graph reached by merging: a small graph first, then the whole one over it.
    const merged = store.config();
    await loadInto(merged, { ...graph, nodes: graph.nodes.slice(0, 3), edges: [] }, true);
    expect((await loadInto(merged, graph)).mode).toBe('merge');
    expect(await contents(merged)).toEqual(fromCreate);
  });

  it('--reset erases what was there before loading', async () => {
    const config = store.config();
    const graph = await fixtureGraph();
    await loadInto(config, graph, true);
    const small: SerializedKnowledgeGraph = { ...graph, nodes: graph.nodes.slice(0, 3), edges: [] };
    const summary = await loadInto(config, small, true);
    expect(summary.entities.added).toBe(3);
    reader = await openReader(config);
    expect((await counts(reader)).Entity).toBe(3);
  });
});
