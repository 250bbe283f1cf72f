import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cleanDocument, type RawDocument } from '../../src/documents/index.ts';
import { firstInvalidUtf8 } from '../../src/documents/encoding.ts';

function raw(id: string, content: string | Buffer): RawDocument {
  const bytes = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
  return { id, path: `graph-data/documents/${id}`, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}

describe('cleanDocument on plain text', () => {
  it('keeps the text verbatim apart from line endings and Unicode composition', () => {
    const decomposed = 'Kyiv’s “Cafe\u0301” — 25 May 2023 02:02';
    const doc = cleanDocument(raw('a.txt', `\ufeffHeadline\r\n\r\n${decomposed}\rNext line\r\n`));
    expect(doc).toMatchObject({
      id: 'a.txt',
      title: 'Headline',
      text: 'Headline\n\nKyiv’s “Café” — 25 May 2023 02:02\nNext line',
      words: 10,
      source: null,
      published: null,
    });
  });

  it('keeps the sha256 of the raw bytes as given', () => {
    const input = raw('a.txt', 'Headline\n\nBody text.');
    expect(cleanDocument(input)).toMatchObject({ sha256: input.sha256 });
  });

  it('runs on the plain Uint8Array a worker thread receives', () => {
    const input = raw('a.txt', 'Headline\n\nBody text.');
    const transferred = { ...input, bytes: new Uint8Array(input.bytes) as Buffer };
    expect(cleanDocument(transferred)).toMatchObject({ title: 'Headline', words: 3 });
  });

  it.each([
    ['empty.txt', '', 'EMPTY_FILE'],
    ['latin1.txt', Buffer.from('Caf\xe9', 'latin1'), 'NOT_UTF8'],
    ['boilerplate.txt', 'Advertisement\n\nBack to top button', 'NO_TEXT'],
    ['blank.md', '---\ntitle: Nothing\n---\n<!-- nothing -->\n', 'NO_TEXT'],
    ['notes.pdf', 'Text', 'UNSUPPORTED_TYPE'],
  ])('reports %s as %s', (id, content, code) => {
    const problem = cleanDocument(raw(id, content));
    expect(problem).toMatchObject({ file: `graph-data/documents/${id}`, code });
    expect((problem as { message: string }).message).toMatch(new RegExp(`^graph-data/documents/${id}: .+; .+`));
  });
});

describe('firstInvalidUtf8', () => {
  it.each([
    ['ASCII', [0x41, 0x42], -1],
    ['two-byte é', [0xc3, 0xa9], -1],
    ['four-byte emoji', [0xf0, 0x9f, 0x98, 0x80], -1],
    ['Latin-1 é', [0x41, 0xe9, 0x20], 1],
    ['stray continuation byte', [0x41, 0x80], 1],
    ['overlong slash', [0xc0, 0xaf], 0],
    ['UTF-16 surrogate', [0xed, 0xa0, 0x80], 0],
    ['past U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['truncated sequence', [0x41, 0xe2, 0x82], 1],
  ])('%s -> %i', (_name, bytes, offset) => {
    expect(firstInvalidUtf8(new Uint8Array(bytes))).toBe(offset);
  });
});
