import { execFileSync } from 'node:child_process';
import { chmod, mkdir, open, symlink, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { InputProblem } from '../../src/model/errors.ts';
import { isInputProblem, type RawDocument, readDocuments, readRawDocument } from '../../src/documents/index.ts';
import { ARTICLE, tempFolder } from './tempFolder.ts';

const isRoot = process.getuid?.() === 0;

async function problemOf(dir: string, name: string, maxBytes?: number): Promise<InputProblem> {
  const result = await readRawDocument(dir, join(dir, name), maxBytes);
  if (!isInputProblem(result)) throw new Error(`${name} was read, expected a problem`);
  return result;
}

describe('readRawDocument', () => {
  it('reads bytes, their sha256 and a relative id with / separators', async () => {
    const dir = await tempFolder({ 'news/story.txt': ARTICLE });
    const raw = (await readRawDocument(dir, join(dir, 'news/story.txt'))) as RawDocument;
    expect(raw.id).toBe('news/story.txt');
    expect(raw.path).toBe(join(dir, 'news/story.txt'));
    expect(raw.bytes.toString('utf8')).toBe(ARTICLE);
    expect(raw.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('names the file as the user gave the folder', async () => {
    const dir = await tempFolder({ 'x.txt': Buffer.from('caf\xe9', 'latin1') });
    const relativeDir = relative(process.cwd(), dir);
    const problem = await problemOf(relativeDir, 'x.txt');
    expect(problem.file).toBe(join(relativeDir, 'x.txt'));
  });

  it.each([
    ['empty', '', 'EMPTY_FILE', /: the file is empty; /],
    [
      'NUL bytes',
      Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41]),
      'BINARY_FILE',
      /NUL bytes \(first at offset 4\)/,
    ],
    [
      'control characters',
      Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 ? 0x41 : 0x01))),
      'BINARY_FILE',
      /control characters/,
    ],
    [
      'Latin-1',
      Buffer.from('Caf\xe9 in Kyiv\nna\xefve', 'latin1'),
      'NOT_UTF8',
      /not UTF-8 text \(invalid byte 0xE9 at line 1, offset 3\); save it as UTF-8 and run again$/,
    ],
    ['UTF-16', Buffer.from('\ufeffKyiv', 'utf16le'), 'NOT_UTF8', /: UTF-16LE text, not UTF-8; save it as UTF-8/],
    [
      'UTF-16LE without a byte order mark',
      Buffer.from('Kyiv, 12 March\n\nThe mayor said.', 'utf16le'),
      'NOT_UTF8',
      /: looks like UTF-16LE text without a byte order mark, not UTF-8; .*iconv -f UTF-16LE -t UTF-8 /,
    ],
    [
      'Cyrillic UTF-16LE without a byte order mark',
      Buffer.from('Київ, 12 березня. Мер заявив.', 'utf16le'),
      'NOT_UTF8',
      /looks like UTF-16LE text/,
    ],
    [
      'UTF-16BE without a byte order mark',
      Buffer.from('Kyiv, 12 March', 'utf16le').swap16(),
      'NOT_UTF8',
      /looks like UTF-16BE text.*iconv -f UTF-16BE/,
    ],
  ])('rejects a %s file', async (_kind, content, code, message) => {
    const dir = await tempFolder({ 'bad.txt': content });
    const problem = await problemOf(dir, 'bad.txt');
    expect(problem.code).toBe(code);
    expect(problem.file).toBe(join(dir, 'bad.txt'));
    expect(problem.message.startsWith(`${join(dir, 'bad.txt')}: `)).toBe(true);
    expect(problem.message).toMatch(message);
  });

  it('gives a command that converts UTF-16 without a byte order mark, and the converted file reads', async () => {
    const text = 'Kyiv, 12 March\n\nThe mayor said the city’s defences held.\n';
    const dir = await tempFolder({ "it's.txt": Buffer.from(text, 'utf16le') });
    const problem = await problemOf(dir, "it's.txt");
    const command = /for example: (.*)$/.exec(problem.message)![1]!;
    execFileSync('sh', ['-c', command]);
    const raw = (await readRawDocument(dir, join(dir, "it's.txt"))) as RawDocument;
    expect(raw.bytes.toString('utf8')).toBe(text);
  });

  it('rejects a 100 MB file by its size, without reading it', async () => {
    const dir = await tempFolder();
    const file = join(dir, 'huge.txt');
    const handle = await open(file, 'w');
    await handle.truncate(100 * 1024 * 1024);
    await handle.close();
    // Without read permission (unless running as root) reading would fail; as root, memory shows nothing was loaded.
    await chmod(file, 0o200);
    const before = process.memoryUsage().arrayBuffers;
    const problem = await problemOf(dir, 'huge.txt');
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(10 * 1024 * 1024);
    expect(problem.code).toBe('TOO_LARGE');
    expect(problem.message).toMatch(/too large \(100\.0 MiB, the limit is 50\.0 MiB\); split it/);
  });

  it('applies a smaller size limit', async () => {
    const dir = await tempFolder({ 'story.txt': ARTICLE });
    expect((await problemOf(dir, 'story.txt', 10)).code).toBe('TOO_LARGE');
  });

  it.skipIf(isRoot)('reports a file without read permission', async () => {
    const dir = await tempFolder({ 'locked.txt': ARTICLE });
    await chmod(join(dir, 'locked.txt'), 0o000);
    const problem = await problemOf(dir, 'locked.txt');
    expect(problem).toMatchObject({ code: 'UNREADABLE', message: expect.stringContaining('permission denied') });
  });

  it('reports a link whose target is gone', async () => {
    const dir = await tempFolder();
    await symlink(join(dir, 'deleted.txt'), join(dir, 'dangling.txt'));
    const problem = await problemOf(dir, 'dangling.txt');
    expect(problem.code).toBe('UNREADABLE');
    expect(problem.message).toMatch(/dangling\.txt: the file \(or the file a link points to\) is missing; check/);
  });

  it('reports a FIFO with a document name without opening it', async () => {
    const dir = await tempFolder();
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    const problem = await problemOf(dir, 'pipe.txt');
    expect(problem).toMatchObject({ code: 'UNREADABLE', message: expect.stringContaining('is not a regular file') });
  });
});

describe('readDocuments', () => {
  it('returns the good documents alongside one problem per bad file', async () => {
    const dir = await tempFolder({
      'a-good.txt': `Raid on Belgorod\n\n${ARTICLE}`,
      'b-empty.txt': '',
      'c-latin1.txt': Buffer.from('Caf\xe9', 'latin1'),
      'd-binary.md': Buffer.from([0x00, 0x01, 0x02]),
      'e-boilerplate.txt': 'Advertisement\n\nBack to top button\n',
      'sub/f-good.md': `# Legion statement\n\n${ARTICLE}`,
      'notes.pdf': 'skipped',
    });
    await symlink(join(dir, 'gone.txt'), join(dir, 'g-dangling.txt'));
    await mkdir(join(dir, 'h-folder.txt'));
    await writeFile(join(dir, 'h-folder.txt', 'i-inside.txt'), ARTICLE);
    const progress: string[] = [];
    const { documents, problems } = await readDocuments(dir, {
      onProgress: (done, total, file) => progress.push(`${done}/${total} ${file.slice(dir.length + 1)}`),
    });
    expect(documents.map((d) => [d.id, d.title])).toEqual([
      ['a-good.txt', 'Raid on Belgorod'],
      ['h-folder.txt/i-inside.txt', ARTICLE.trim()],
      ['sub/f-good.md', 'Legion statement'],
    ]);
    expect(problems.map((p) => [p.file.slice(dir.length + 1), p.code])).toEqual([
      ['b-empty.txt', 'EMPTY_FILE'],
      ['c-latin1.txt', 'NOT_UTF8'],
      ['d-binary.md', 'BINARY_FILE'],
      ['e-boilerplate.txt', 'NO_TEXT'],
      ['g-dangling.txt', 'UNREADABLE'],
    ]);
    expect(progress).toHaveLength(8);
    expect(progress[0]).toBe('1/8 a-good.txt');
    expect(progress[7]).toBe('8/8 sub/f-good.md');
  });

  it('returns the folder problem and no documents for a missing folder', async () => {
    const dir = join(await tempFolder(), 'missing');
    expect(await readDocuments(dir)).toEqual({
      documents: [],
      problems: [expect.objectContaining({ code: 'MISSING_FOLDER' })],
    });
  });

  it('reports an empty folder', async () => {
    const { documents, problems } = await readDocuments(await tempFolder());
    expect(documents).toEqual([]);
    expect(problems.map((p) => p.code)).toEqual(['EMPTY_FOLDER']);
  });
});
