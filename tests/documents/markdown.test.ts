import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CleanDocument } from '../../src/model/graph.ts';
import { cleanDocument, isInputProblem, readRawDocument } from '../../src/documents/index.ts';
import { markdownToText } from '../../src/documents/markdown.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/documents');

async function cleanFixture(name: string): Promise<CleanDocument> {
  const raw = await readRawDocument(FIXTURES, join(FIXTURES, name));
  const doc = isInputProblem(raw) ? raw : cleanDocument(raw);
  if (isInputProblem(doc)) throw new Error(doc.message);
  return doc;
}

describe('Markdown documents', () => {
  it('turns the fixture into plain paragraphs without markup', async () => {
    const doc = await cleanFixture('belgorod-raid.md');
    expect(doc.text).toBe(
      [
        'Who are the pro-Ukrainian groups behind the Belgorod border raid?',
        'The Freedom of Russia Legion is the other group that claims to have been involved, and it presents itself as Russians fighting for Ukraine.',
        'Kapustin, the commander of the RVC, said his group does not hide the right-wing views of some of its members.',
        'What is their motivation?',
        'Overthrow of the regime in Moscow\nSupport for Ukraine’s territorial integrity',
        '“We are Russians, just like you,” he said in a video.',
        'BELGOROD  KURSK  VORONEZH',
        'Read the full statement on the group_site page.',
      ].join('\n\n'),
    );
  });

  it('reads title, date and source from the front matter', async () => {
    const doc = await cleanFixture('belgorod-raid.md');
    expect(doc).toMatchObject({
      id: 'belgorod-raid.md',
      title: 'Who are the pro-Ukrainian groups behind the Belgorod border raid?',
      source: 'Example Wire',
      published: '2023-05-25',
    });
  });

  it.each([
    ['# Heading #', 'Heading'],
    ['Setext heading\n===', 'Setext heading'],
    ['A [link](https://example.com/a_(b) "title") here', 'A link here'],
    ['A [reference link][ref] here\n\n[ref]: https://example.com', 'A reference link here'],
    ['Photo ![alt text](img.png) gone', 'Photo gone'],
    ['**bold**, __strong__, *em*, _em_, ~~struck~~', 'bold, strong, em, em, struck'],
    ['snake_case_name and 2 * 3 * 4', 'snake_case_name and 2 * 3 * 4'],
    ['\\*not emphasis\\* and \\[not a link\\](x)', '*not emphasis* and [not a link](x)'],
    ['Use `code *here*` please', 'Use code *here* please'],
    ['```\nconst a = b * c;\n  indented\n```', 'const a = b * c;\n  indented'],
    ['Before <!-- hidden\ncomment --> after', 'Before after'],
    ['Line one  \nline two', 'Line one\nline two'],
    ['Soft\nwrapped\nlines', 'Soft wrapped lines'],
    ['> Quoted\n> text', 'Quoted text'],
    ['- one\n- two\n\n1. first\n2. second', 'one\ntwo\n\n1. first\n2. second'],
    ['one\n\n---\n\ntwo', 'one\n\ntwo'],
    ['AT&amp;T &#8212; <b>bold</b> <https://example.com>', 'AT&T — bold https://example.com'],
    ['---\ntitle: Only front matter\n---\nBody', 'Body'],
  ])('converts %j', (markdown, text) => {
    expect(markdownToText(markdown).text).toBe(text);
  });
});
