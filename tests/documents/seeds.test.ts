// The seed documents in graph-data/documents are real scrapes: cleaning must leave the article and nothing else.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CleanDocument } from '../../src/model/graph.ts';
import { cleanDocument, isInputProblem, type RawDocument, readRawDocument } from '../../src/documents/index.ts';

const SEEDS = join(import.meta.dirname, '../../graph-data/documents');

const BOILERPLATE = [
  'Jannah Theme License is not validated',
  'Back to top button',
  'More Stories',
  'Stay informed by joining TruthRow',
  '24/7 coverage from 1000+ journalists',
  'Subscriber-exclusive events',
  'You can cancel anytime',
  'Not all news on the site expresses the point of view of the site',
  'programmatic technology',
  'Usa News',
  'nbcnews Gt',
];

async function cleanSeed(name: string): Promise<CleanDocument> {
  const raw = await readRawDocument(SEEDS, join(SEEDS, name));
  if (isInputProblem(raw)) throw new Error(raw.message);
  const clean = cleanDocument(raw as RawDocument);
  if (isInputProblem(clean)) throw new Error(clean.message);
  return clean;
}

describe('seed documents', async () => {
  const seeds = (await readdir(SEEDS)).filter((name) => name.endsWith('.txt')).sort();

  it.each(seeds)('%s keeps no boilerplate line', async (name) => {
    const { text } = await cleanSeed(name);
    for (const line of BOILERPLATE) expect(text).not.toContain(line);
    expect(text).not.toMatch(/\n\n\n/);
    expect(text).toBe(text.trim());
  });

  it('000: headline as title, the date line parsed and kept, no outlet named reliably', async () => {
    const doc = await cleanSeed('000_d630ea40083de3a6.txt');
    expect(doc.title).toBe('What are the pro Ukraine groups behind the dramatic raid on Russia?');
    expect(doc.published).toBe('2023-05-25');
    expect(doc.text).toContain('\n\n25 May 2023 02:02\n\n');
    // "told NBC News" is a quote attribution, not a statement of where the story comes from.
    expect(doc.source).toBeNull();
    expect(doc.text.startsWith(doc.title)).toBe(true);
    expect(doc.text.endsWith('referring the intelligence branch of Ukraine’s defense ministry.')).toBe(true);
  });

  it('001: the section label and theme notice are not the title; the article is intact', async () => {
    const doc = await cleanSeed('001_7bd1a4dae700160c.txt');
    expect(doc.title).toBe('Who are the pro-Ukrainian groups behind the Belgorod border raid?');
    expect(doc.source).toBeNull();
    expect(doc.published).toBeNull();
    expect(doc.text).toContain(
      'Kapustin, the commander of the RVC, told reporters near the Russian border on Wednesday',
    );
    expect(doc.text).toContain('“Caesar” has appeared in videos as his de facto spokesperson.');
    expect(doc.text.endsWith('referring to the intelligence branch of the Ukrainian Defense Ministry.')).toBe(true);
  });

  it.each(seeds)('%s: every article paragraph of the file survives verbatim', async (name) => {
    const doc = await cleanSeed(name);
    const raw = await readRawDocument(SEEDS, join(SEEDS, name));
    const paragraphs = (raw as RawDocument).bytes
      .toString('utf8')
      .split(/\n\s*\n/)
      .map((paragraph) => paragraph.trim())
      .filter((paragraph) => paragraph.split(/\s+/).length > 30);
    expect(paragraphs.length).toBeGreaterThan(10);
    for (const paragraph of paragraphs.filter((p) => !/programmatic technology/.test(p))) {
      expect(doc.text).toContain(paragraph);
    }
  });

  it('records the id, sha256 and word count', async () => {
    const doc = await cleanSeed('001_7bd1a4dae700160c.txt');
    expect(doc.id).toBe('001_7bd1a4dae700160c.txt');
    expect(doc.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(doc.words).toBeGreaterThan(800);
    expect(doc.words).toBeLessThan(1000);
  });
});
