// npm run export:neo4j-import: the files follow neo4j-admin's documented header format, and neo4j-admin database
// import full (org.neo4j:neo4j-command-line with org.neo4j:neo4j-import-tool, from Maven Central) imports them into
// a database that a later load finds complete.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { neo4jAdmin, startLocalNeo4j } from '../../../scripts/neo4j/localNeo4j.ts';
import { ARRAY_DELIMITER, importCommand, neo4jImportFiles } from '../../../src/store/export/neo4jImport.ts';
import { readGraphFile } from '../../../src/store/load/readGraph.ts';
import { fixtureGraph, loadInto } from '../stores.ts';

// The seed graph has claims: (:Entity)-[:SAID]->(:Claim)-[:ABOUT]->(:Entity), (:Document)-[:CONTAINS]->(:Claim).
const seedGraph = () => readGraphFile('graph-data/graph.json');

// https://neo4j.com/docs/operations-manual/5/tutorial/neo4j-admin-import/ : `name:type`, `name:type[]`,
// `:ID(group)` (with an optional property name before it), `:LABEL`, `:START_ID(group)`, `:END_ID(group)`, `:TYPE`.
const TYPES =
  'int|long|float|double|boolean|byte|short|char|string|point|date|localtime|time|localdatetime|datetime|duration';
const HEADER_FIELD = new RegExp(
  `^(?:(\\w*):(ID|START_ID|END_ID)(?:\\((\\w+)\\))?|:(LABEL|TYPE)|(\\w+)(?::(${TYPES})(\\[\\])?)?)$`,
);

/** RFC 4180 fields: quoted fields may hold commas, line breaks and doubled quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted || (c !== ',' && c !== '\n')) field += c;
    else {
      row.push(field);
      field = '';
      if (c === '\n') {
        rows.push(row);
        row = [];
      }
    }
  }
  expect(quoted).toBe(false);
  return rows;
}

describe('Neo4j import files', () => {
  it.each([
    ['the store fixture', fixtureGraph],
    ['the seed graph, with claims', seedGraph],
  ])(
    "follow neo4j-admin's header format, with every row complete and every endpoint an imported id: %s",
    async (_, read) => {
      const graph = await read();
      const files = new Map(neo4jImportFiles(graph).map((f) => [f.name, f.text]));
      const ids = new Map<string, Set<string>>();
      const counts: Record<string, number> = {};
      for (const kind of ['documents', 'entities', 'claims', 'relations', 'mentions', 'said', 'about', 'contains']) {
        const [header, ...extra] = parseCsv(files.get(`${kind}.header.csv`)!);
        expect(extra).toEqual([]);
        const fields = header.map((h) => {
          const m = HEADER_FIELD.exec(h);
          expect(m, `header field "${h}" of ${kind}`).not.toBeNull();
          return { role: m![2] ?? m![4], group: m![3], type: m![6], list: !!m![7] };
        });
        const rows = parseCsv(files.get(`${kind}.csv`)!);
        counts[kind] = rows.length;
        for (const row of rows) {
          expect(row.length).toBe(header.length);
          fields.forEach((f, i) => {
            const value = row[i];
            if (f.role === 'ID') ids.set(f.group!, (ids.get(f.group!) ?? new Set()).add(value));
            if (f.role === 'START_ID' || f.role === 'END_ID') expect(ids.get(f.group!)?.has(value)).toBe(true);
            if (f.role === 'LABEL') expect(value.split(ARRAY_DELIMITER)[0]).toMatch(/^(Entity|Document|Claim)$/);
            if (value && f.type === 'long')
              for (const v of f.list ? value.split(ARRAY_DELIMITER) : [value]) expect(v).toMatch(/^-?\d+$/);
            if (value && f.type === 'double') expect(Number.isFinite(Number(value))).toBe(true);
          });
        }
      }
      expect(counts.entities).toBe(graph.nodes.length);
      expect(ids.get('Entity')!.size).toBe(graph.nodes.length);
      expect(counts.relations).toBe(graph.edges.length);
      const claims = graph.attributes!.claims ?? [];
      expect(counts.claims).toBe(claims.length);
      expect(counts.contains).toBe(claims.length);
      expect(counts.said).toBe(claims.filter((c) => c.speaker !== null).length);
      expect(counts.about).toBe(claims.reduce((n, c) => n + c.about.length, 0));
      // Evidence sentences survive with their commas, quotes and semicolons.
      const edge = graph.edges.find((e) => e.attributes!.evidence.some((x) => /[,"]/.test(x.text)))!;
      expect(files.get('relations.csv')).toContain(edge.attributes!.evidence[0].text.replace(/"/g, '""'));
    },
  );

  it('import for real with neo4j-admin database import full, claims too, and a load afterwards writes nothing', async () => {
    const graph = await seedGraph();
    const claims = graph.attributes!.claims!;
    expect(claims.length).toBeGreaterThan(10);
    const dir = mkdtempSync(join(tmpdir(), 'kg-neo4j-import-'));
    const files = join(dir, 'files');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(files);
    for (const f of neo4jImportFiles(graph)) writeFileSync(join(files, f.name), f.text);
    const home = join(dir, 'home');
    const args = importCommand(files).split(' ').slice(1);
    const imported = neo4jAdmin(args, home);
    expect(imported.output).toMatch(/IMPORT DONE/);
    expect(imported.output).toMatch(
      new RegExp(`${graph.nodes.length + graph.attributes!.documents.length + claims.length} nodes`),
    );
    expect(imported.status).toBe(0);

    const neo4j = await startLocalNeo4j({ port: 0, dataDir: home });
    try {
      const settings = { uri: neo4j.variables.NEO4J_URI, username: 'neo4j', password: neo4j.variables.NEO4J_PASSWORD };
      const again = await loadInto({ kind: 'neo4j', settings }, graph);
      expect(again.entities).toMatchObject({ added: 0, changed: 0, removed: 0, unchanged: graph.nodes.length });
      expect(again.relations).toMatchObject({ added: 0, changed: 0, removed: 0, unchanged: graph.edges.length });
      expect(again.claims).toMatchObject({ added: 0, changed: 0, removed: 0, unchanged: claims.length });
      expect(again.claimLinks).toMatchObject({ added: 0, changed: 0, removed: 0 });
      expect(again.writes).toBe(0);
    } finally {
      await neo4j.stop();
    }
  }, 400_000);
});
