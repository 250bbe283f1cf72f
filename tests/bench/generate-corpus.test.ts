// The benchmark corpus generator: deterministic for a seed, close to the requested size, rich in names, well formed.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wordCount } from '../../src/documents/words.ts';
import { generateCorpus, type CorpusManifest } from '../../scripts/bench/generate-corpus.ts';

const WORDS = 20_000;

/** A generated corpus: its manifest and its documents, by file name. */
interface Generated {
  manifest: CorpusManifest;
  files: Map<string, Buffer>;
}

let root: string;
let first: Generated;
let again: Generated;
let otherSeed: Generated;
let larger: Generated;

async function generate(name: string, words: number, seed: number): Promise<Generated> {
  const outDir = join(root, name);
  const manifest = await generateCorpus({ outDir, words, seed });
  const names = (await readdir(outDir)).filter((file) => file.endsWith('.txt')).sort();
  const files = new Map<string, Buffer>();
  for (const file of names) files.set(file, await readFile(join(outDir, file)));
  return { manifest, files };
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'kg-bench-corpus-'));
  [first, again, otherSeed, larger] = await Promise.all([
    generate('first', WORDS, 1),
    generate('again', WORDS, 1),
    generate('other-seed', WORDS, 2),
    generate('larger', 4 * WORDS, 1),
  ]);
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('generateCorpus', () => {
  it('writes byte-identical files for the same seed', () => {
    expect([...again.files.keys()]).toEqual([...first.files.keys()]);
    for (const [file, bytes] of first.files) expect(again.files.get(file)?.equals(bytes), file).toBe(true);
  });

  it('writes different text for a different seed', () => {
    const same = [...first.files].filter(([file, bytes]) => otherSeed.files.get(file)?.equals(bytes));
    expect(same).toEqual([]);
  });

  it('writes within 5% of the words asked for, counted as the pipeline counts them', () => {
    const { manifest, files } = first;
    const counted = [...files.values()].reduce((sum, bytes) => sum + wordCount(bytes.toString('utf8')), 0);
    expect(counted).toBe(manifest.wordsWritten);
    expect(Math.abs(counted - WORDS) / WORDS).toBeLessThanOrEqual(0.05);
  });

  it('injects more distinct names into a larger corpus', () => {
    expect(first.manifest.distinctNames).toBeGreaterThan(100);
    expect(larger.manifest.distinctNames).toBeGreaterThan(first.manifest.distinctNames * 2);
  });

  it('writes non-empty UTF-8 files that open with a headline line', () => {
    const utf8 = new TextDecoder('utf-8', { fatal: true });
    for (const [file, bytes] of first.files) {
      expect(bytes.length, file).toBeGreaterThan(0);
      const [headline, blank, firstParagraph] = utf8.decode(bytes).split('\n');
      expect(headline?.trim(), file).not.toBe('');
      expect(headline!.length, file).toBeLessThanOrEqual(160);
      expect(blank, file).toBe('');
      expect(wordCount(firstParagraph ?? ''), file).toBeGreaterThanOrEqual(6);
    }
  });

  it('refuses to empty a folder it did not write', async () => {
    const outDir = join(root, 'notes');
    await mkdir(outDir);
    await writeFile(join(outDir, 'notes.txt'), 'keep me');
    await expect(generateCorpus({ outDir, words: 100, seed: 1 })).rejects.toThrow(/not a generated corpus/);
    expect(await readFile(join(outDir, 'notes.txt'), 'utf8')).toBe('keep me');
  });
});
