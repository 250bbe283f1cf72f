// Gold files are checked once where they are read: each mistake is named with its file and entry.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGold } from '../../src/quality/gold.ts';
import { readGoldDocuments, readGoldFolder } from '../../src/quality/goldFolder.ts';
import { tempDir } from '../pipeline/helpers.ts';

type Gold = ReturnType<typeof valid>;

const valid = () => ({
  document: 'a.txt',
  entities: [
    { id: 'galeotti', type: 'Person', names: ['Mark Galeotti', 'Galeotti'] },
    { id: 'mayak', type: 'Organization', names: ['Mayak Intelligence'], optional: true },
  ],
  relations: [{ source: 'galeotti', type: 'LEADS', target: 'mayak', evidence: 'Galeotti runs Mayak Intelligence' }],
});

describe('parseGold', () => {
  it('accepts the documented format', () => expect(parseGold(valid(), 'a.gold.json')).toEqual(valid()));

  // Each row spoils a valid file in one way.
  const spoiled = (spoil: (gold: Gold) => void) => {
    const gold = valid();
    spoil(gold);
    return gold;
  };
  it.each([
    ['not an object', [], 'expected a JSON object'],
    ['an unknown key', { ...valid(), notes: '' }, 'the file has unknown key "notes"'],
    ['no document', { ...valid(), document: '' }, '"document" must name'],
    ['a repeated id', spoiled((g) => g.entities.push(g.entities[0])), 'entity "galeotti" appears twice'],
    ['a bad type', spoiled((g) => (g.entities[0].type = 'Human')), 'entity "galeotti" has type "Human"'],
    ['no names', spoiled((g) => (g.entities[0].names = [])), 'entity "galeotti" needs "names"'],
    ['a typo in a key', spoiled((g) => Object.assign(g.entities[1], { optinal: true })), 'unknown key "optinal"'],
    [
      'a relation type outside the vocabulary',
      spoiled((g) => (g.relations[0].type = 'EMPLOYS')),
      'relation 0 (galeotti EMPLOYS mayak): the type must be one of LEADS',
    ],
    [
      'an end that is no entity',
      spoiled((g) => (g.relations[0].target = 'nbc')),
      'names "nbc", which is no entity id of this file',
    ],
    ['no evidence', spoiled((g) => (g.relations[0].evidence = ' ')), 'needs "evidence"'],
  ])('rejects %s', (_what, json, message) => {
    expect(() => parseGold(json, 'x/a.txt.gold.json')).toThrow(message);
    expect(() => parseGold(json, 'x/a.txt.gold.json')).toThrow(/^x\/a\.txt\.gold\.json: .*FORMAT\.md/);
  });
});

describe('readGoldFolder', () => {
  const folder = (files: Record<string, string>) => {
    const dir = join(tempDir(), 'gold');
    mkdirSync(dir);
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return dir;
  };

  it('reads every gold file in name order and skips other files', async () => {
    const b = { ...valid(), document: 'b.txt' };
    const dir = folder({
      'b.txt.gold.json': JSON.stringify(b),
      'a.txt.gold.json': JSON.stringify(valid()),
      'notes.md': '',
    });
    expect((await readGoldFolder(dir)).map((g) => g.document)).toEqual(['a.txt', 'b.txt']);
  });

  it.each([
    ['a missing folder', null, 'cannot read the gold folder'],
    ['a folder without gold files', {}, 'holds no .gold.json file'],
    ['a file that is not JSON', { 'a.txt.gold.json': '{' }, 'a.txt.gold.json: not readable JSON'],
    ['a file named for another document', { 'b.txt.gold.json': JSON.stringify(valid()) }, 'annotates "a.txt"'],
  ])('stops on %s, naming it', async (_what, files, message) => {
    const dir = files ? folder(files) : join(tempDir(), 'missing');
    await expect(readGoldFolder(dir)).rejects.toThrow(message);
  });

  it('reads the annotated documents, and names one that is missing', async () => {
    const docs = tempDir();
    writeFileSync(join(docs, 'a.txt'), 'Galeotti runs Mayak Intelligence.');
    const gold = [parseGold(valid(), 'a.txt.gold.json')];
    expect(await readGoldDocuments(docs, gold)).toEqual(new Map([['a.txt', 'Galeotti runs Mayak Intelligence.']]));
    await expect(readGoldDocuments(tempDir(), gold)).rejects.toThrow('a.txt: the annotated document cannot be read');
  });
});
