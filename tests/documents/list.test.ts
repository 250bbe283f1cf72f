import { mkdir, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listDocuments } from '../../src/documents/index.ts';
import { ARTICLE, tempFolder } from './tempFolder.ts';

describe('listDocuments', () => {
  it('lists supported documents recursively, sorted, as absolute paths', async () => {
    const dir = await tempFolder({
      'b.txt': ARTICLE,
      'a.md': ARTICLE,
      'news/c.HTML': ARTICLE,
      'news/deeper/d.htm': ARTICLE,
      'e.markdown': ARTICLE,
    });
    const { files, problems } = await listDocuments(dir);
    expect(problems).toEqual([]);
    expect(files).toEqual(['a.md', 'b.txt', 'e.markdown', 'news/c.HTML', 'news/deeper/d.htm'].map((f) => join(dir, f)));
  });

  it('skips other file types silently and ignores hidden files and folders', async () => {
    const dir = await tempFolder({
      'story.txt': ARTICLE,
      'notes.pdf': 'x',
      'data.json': '{}',
      '.hidden.txt': ARTICLE,
      '.git/HEAD.txt': ARTICLE,
    });
    expect(await listDocuments(dir)).toEqual({ files: [join(dir, 'story.txt')], problems: [] });
  });

  it('follows a link to a folder once, even when links form a loop', async () => {
    const dir = await tempFolder({ 'inner/story.txt': ARTICLE });
    await symlink(join(dir, 'inner'), join(dir, 'linked'));
    await symlink(dir, join(dir, 'inner', 'loop'));
    const { files } = await listDocuments(dir);
    expect(files).toEqual([join(dir, 'inner/story.txt')]);
  });

  it('reports a missing folder', async () => {
    const dir = join(await tempFolder(), 'nowhere');
    const { files, problems } = await listDocuments(dir);
    expect(files).toEqual([]);
    expect(problems).toEqual([
      { file: dir, code: 'MISSING_FOLDER', message: expect.stringMatching(/^.*nowhere: no such folder; /) },
    ]);
  });

  it('reports a file given instead of a folder', async () => {
    const file = join(await tempFolder({ 'one.txt': ARTICLE }), 'one.txt');
    const { problems } = await listDocuments(file);
    expect(problems.map((p) => p.code)).toEqual(['NOT_A_FOLDER']);
    expect(problems[0]!.message).toContain(`${file}: is a file, not a folder; pass the folder`);
  });

  it('reports a folder with no supported documents', async () => {
    const dir = await tempFolder({ 'readme.pdf': 'x' });
    await mkdir(join(dir, 'empty-sub'));
    const { files, problems } = await listDocuments(dir);
    expect(files).toEqual([]);
    expect(problems.map((p) => p.code)).toEqual(['EMPTY_FOLDER']);
    expect(problems[0]!.message).toMatch(/no documents found \(looked for \.txt, \.md, \.markdown, \.html, \.htm\)/);
  });
});
