// Claims in every configured store: (:Entity)-[:SAID]->(:Claim)-[:ABOUT]->(:Entity) and
// (:Document)-[:CONTAINS]->(:Claim), loaded from the seed graph, idempotent, and removed when they go.
import { afterEach, describe, expect, it } from 'vitest';
import { openReader } from '../../src/store/backends.ts';
import { readGraphFile } from '../../src/store/load/readGraph.ts';
import type { StoreReader } from '../../src/store/store.ts';
import { counts, LIMITS, loadInto, STORES, useStore } from './stores.ts';

const SEED_GRAPH = 'graph-data/graph.json';

describe.each(STORES)('claims in $name', (store) => {
  useStore(store);
  let reader: StoreReader | null = null;
  afterEach(async () => {
    await reader?.close();
    reader = null;
  });

  it('loads each claim with who said it, what it is about and the document it is in; a second load writes nothing', async () => {
    const config = store.config();
    const graph = await readGraphFile(SEED_GRAPH);
    const claims = graph.attributes!.claims!;
    const summary = await loadInto(config, graph, true);
    expect(summary.claims.added).toBe(claims.length);
    reader = await openReader(config);
    const c = await counts(reader);
    expect(c.Claim).toBe(claims.length);
    expect(c.CONTAINS).toBe(claims.length);
    expect(c.SAID).toBe(claims.filter((x) => x.speaker !== null).length);
    expect(c.ABOUT).toBe(claims.reduce((n, x) => n + x.about.length, 0));
    const { rows } = await reader.read(
      'MATCH (:Document {id: $document})-[:CONTAINS]->(c:Claim)<-[:SAID]-(p:Entity {id: $speaker}) ' +
        'MATCH (c)-[:ABOUT]->(t:Entity) WHERE c.text STARTS WITH $words RETURN c.kind, c.cue, t.id',
      { document: '000_d630ea40083de3a6.txt', speaker: 'person:mark-galeotti', words: 'they share the desire' },
      LIMITS,
    );
    expect(rows).toEqual([['direct', 'stated', 'person:vladimir-putin']]);
    expect((await loadInto(config, graph)).writes).toBe(0);
  });

  it('removes a claim that is gone, with its links', async () => {
    const config = store.config();
    const graph = await readGraphFile(SEED_GRAPH);
    await loadInto(config, graph, true);
    const next = structuredClone(graph);
    const claims = next.attributes!.claims!;
    const gone = claims.find((x) => x.speaker !== null && x.about.length > 0)!;
    next.attributes!.claims = claims.filter((x) => x !== gone);
    const summary = await loadInto(config, next);
    expect(summary.claims.removed).toBe(1);
    expect(summary.claimLinks.removed).toBe(2 + gone.about.length);
    reader = await openReader(config);
    const c = await counts(reader);
    expect(c.Claim).toBe(claims.length - 1);
  });
});
