import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CleanDocument } from '../../src/model/graph.ts';
import { cleanDocument, isInputProblem, readRawDocument } from '../../src/documents/index.ts';
import { tempFolder } from './tempFolder.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/documents');

async function clean(dir: string, name: string): Promise<CleanDocument> {
  const raw = await readRawDocument(dir, join(dir, name));
  const doc = isInputProblem(raw) ? raw : cleanDocument(raw);
  if (isInputProblem(doc)) throw new Error(doc.message);
  return doc;
}

describe('HTML documents', () => {
  it('keeps the article and drops navigation, cookie banner, related links and footer', async () => {
    const doc = await clean(FIXTURES, 'belgorod-raid.html');
    expect(doc.text.split('\n\n')).toEqual([
      'Who are the pro-Ukrainian groups behind the Belgorod border raid?',
      expect.stringMatching(/^The Freedom of Russia Legion is the other group/),
      expect.stringMatching(/^The Legion says on its website that it was formed last spring “by the will/),
      // <br> is a line break inside the paragraph.
      expect.stringMatching(/some of its members\.\nHe said being called a neo-Nazi is not an insult\.$/),
      'What is their connection with Ukraine?',
      expect.stringMatching(/^The Kremlin does not dispute/),
      expect.stringMatching(/^Ukraine has denied being linked/),
    ]);
    for (const chrome of [
      'Politics',
      'Sport',
      'cookies',
      'Accept all',
      'More stories',
      'Another headline',
      'rights reserved',
      'Privacy',
    ]) {
      expect(doc.text).not.toContain(chrome);
    }
  });

  it('never keeps script, style or noscript contents, nor markup', async () => {
    const doc = await clean(FIXTURES, 'belgorod-raid.html');
    for (const hidden of [
      'SCRIPT_CONTENT',
      'STYLE_CONTENT',
      'NOSCRIPT_CONTENT',
      'alert',
      'onerror',
      'document.write',
      '<',
      '>',
    ]) {
      expect(doc.text).not.toContain(hidden);
    }
  });

  it('reads title, outlet and date from the page metadata', async () => {
    const doc = await clean(FIXTURES, 'belgorod-raid.html');
    expect(doc).toMatchObject({
      id: 'belgorod-raid.html',
      title: 'Who are the pro-Ukrainian groups behind the Belgorod border raid?',
      source: 'Example Daily',
      published: '2023-05-25',
    });
  });

  it('falls back to the page headings and paragraphs when Readability finds no article', async () => {
    const doc = await clean(FIXTURES, 'no-article.html');
    expect(doc.text).toBe('Border crossing is reopened');
    expect(doc.title).toBe('Border crossing reopened');
    expect(doc.text).not.toContain('Home');
    expect(doc.text).not.toContain('FALLBACK_SCRIPT_CONTENT');
  });

  it.each([
    [
      'JSON-LD datePublished',
      '<script type="application/ld+json">[{"@graph":[{"datePublished":"2022-02-24T05:00:00+02:00"}]}]</script>',
      '2022-02-24',
    ],
    ['<time datetime>', '<time datetime="2022-02-24">24 February</time>', '2022-02-24'],
    ['broken JSON-LD', '<script type="application/ld+json">{"datePublished": </script>', null],
  ])('takes the date from %s', async (_kind, markup, date) => {
    const page = `<html><head><title>Invasion</title>${markup}</head><body><article><p>${'Russian forces crossed the border at dawn, officials said. '.repeat(8)}</p></article></body></html>`;
    const dir = await tempFolder({ 'page.html': page });
    expect((await clean(dir, 'page.html')).published).toBe(date);
  });

  it('reads a page of 50,000 paragraphs, each once', async () => {
    // Each paragraph was compared with every other to find the outermost ones: 45 s for this page, now one walk.
    const dir = await tempFolder({ 'long.html': `<html><body><article>${'<p>Kyiv.</p>'.repeat(50_000)}</article>` });
    expect((await clean(dir, 'long.html')).words).toBe(50_000);
  }, 20_000);

  it('reads an HTML fragment without <html> and <body>', async () => {
    const dir = await tempFolder({
      'fragment.htm': '<h1>Border reopened</h1><p>The Shebekino crossing reopened on Friday.</p>',
    });
    const doc = await clean(dir, 'fragment.htm');
    expect(doc.text).toContain('The Shebekino crossing reopened on Friday.');
    expect(doc.source).toBeNull();
  });

  it('does not take a logo in an <h1> for the headline', async () => {
    const body = 'Russian forces crossed the border at dawn, officials said on Monday. '.repeat(6);
    const page =
      '<html><head><title>Fighters cross the border | Example Daily</title></head><body>' +
      `<header><h1 class="logo">Example Daily</h1></header><article><h1>Fighters cross the border</h1><p>${body}</p>` +
      '</article></body></html>';
    const dir = await tempFolder({ 'logo.html': page });
    const doc = await clean(dir, 'logo.html');
    expect(doc.title).toBe('Fighters cross the border');
    expect(doc.text).toMatch(/^Fighters cross the border\n\nRussian forces crossed/);
    expect(doc.text).not.toContain('Example Daily');
  });

  it('reports a page with no text as NO_TEXT', async () => {
    const dir = await tempFolder({
      'blank.html': '<html><body><script>var x = 1;</script><img src="a.png"></body></html>',
    });
    const raw = await readRawDocument(dir, join(dir, 'blank.html'));
    const doc = isInputProblem(raw) ? raw : cleanDocument(raw);
    expect(doc).toMatchObject({
      code: 'NO_TEXT',
      message: expect.stringMatching(/blank\.html: no article text is left/),
    });
  });
});
