// The annotations in tests/fixtures: every set the tests score is complete, well formed and true to its
// documents, and FORMAT.md's relation table is the vocabulary's.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RELATION_TYPES, RELATIONS } from '../../src/model/vocabulary.ts';
import { GOLD_SUFFIX } from '../../src/quality/gold.ts';
import { readGoldFolder } from '../../src/quality/goldFolder.ts';
import { readSourcesFolder } from '../../src/quality/metadata.ts';
import { FIXTURES, SEEDS } from '../pipeline/helpers.ts';

const SETS = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((d) => d.isDirectory() && readdirSync(join(FIXTURES, d.name)).includes('gold'))
  .map((d) => d.name)
  .sort();

// Annotators copy evidence from the text; quotes and spacing may be typed differently.
const plain = (s: string) => s.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ');

it('has the seeds and both test sets', () =>
  expect(SETS).toEqual(expect.arrayContaining(['blind', 'heldout', 'seeds'])));

describe.each(SETS)('the %s annotations', (set) => {
  const documents = join(FIXTURES, set, 'documents');

  it('annotate every document, each file read and checked', async () => {
    const gold = await readGoldFolder(join(FIXTURES, set, 'gold'));
    expect(gold.map((g) => g.document)).toEqual(readdirSync(documents).sort());
  });

  it('quote evidence and names that the document holds', async () => {
    for (const g of await readGoldFolder(join(FIXTURES, set, 'gold'))) {
      const text = plain(readFileSync(join(documents, g.document), 'utf8'));
      const lower = text.toLowerCase();
      for (const r of g.relations) expect(text, `${g.document}: ${r.evidence}`).toContain(plain(r.evidence));
      for (const name of g.entities.flatMap((e) => e.names))
        expect(lower, `${g.document}: ${name}`).toContain(plain(name).toLowerCase());
    }
  });

  it('say where each document came from, when the set keeps sources', async () => {
    const sources = await readSourcesFolder(join(FIXTURES, set, 'sources'));
    if (!sources) return;
    expect(sources.map((s) => s.document).sort()).toEqual(readdirSync(documents).sort());
  });

  it('give every required relation ends of the types its vocabulary entry takes', async () => {
    for (const g of await readGoldFolder(join(FIXTURES, set, 'gold'))) {
      const types = new Map(g.entities.map((e) => [e.id, e.types ?? [e.type]]));
      for (const r of g.relations.filter((x) => !x.optional)) {
        const { source, target } = RELATIONS[r.type];
        const fits = (id: string, accepted: readonly string[]) => types.get(id)!.some((t) => accepted.includes(t));
        expect(
          fits(r.source, source) && fits(r.target, target),
          `${g.document}: ${r.source} ${r.type} ${r.target}`,
        ).toBe(true);
      }
    }
  });
});

it('keeps the seed documents equal to the corpus in graph-data/documents', () => {
  const files = readdirSync(SEEDS).sort();
  expect(readdirSync(join(FIXTURES, 'seeds/documents')).sort()).toEqual(files);
  for (const f of files)
    expect(readFileSync(join(FIXTURES, 'seeds/documents', f), 'utf8'), f).toBe(readFileSync(join(SEEDS, f), 'utf8'));
});

it('documents the relation vocabulary of src/model/vocabulary.ts in FORMAT.md', () => {
  const table = RELATION_TYPES.map((type) => {
    const r = RELATIONS[type];
    const arrow = r.symmetric ? '<->' : '->';
    return [type, `${r.source.join('/')} ${arrow} ${r.target.join('/')}`, r.description, r.readsLike];
  });
  const format = readFileSync(join(FIXTURES, 'FORMAT.md'), 'utf8');
  // The table's rows, cell by cell (Prettier pads them).
  const rows = format
    .split('\n')
    .filter((line) => /^\| [A-Z_]+ +\|/.test(line))
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
  expect(rows).toEqual(table);
  expect(format).toContain(`<document>${GOLD_SUFFIX}`);
});
