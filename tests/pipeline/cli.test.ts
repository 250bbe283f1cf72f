// The extract command as a user runs it: output, determinism, the cache, and bad input.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEEDS, manySeedCopies, runExtract, seedCopy, tempDir } from './helpers.ts';

const noCuration = () => join(tempDir(), 'none.json');

describe('npm run extract', () => {
  it('prints help', () => {
    const run = runExtract(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('--input <dir>');
  });

  it('writes byte-identical graphs for the same input, in one thread or in two workers', () => {
    const out = tempDir();
    const docs = manySeedCopies(10);
    const run = (name: string, workers: string) =>
      runExtract([
        '--input',
        docs,
        '--output',
        join(out, name),
        '--no-cache',
        '--workers',
        workers,
        '--curation',
        noCuration(),
      ]);
    const a = run('a.json', '1');
    const b = run('b.json', '2');
    expect(a.status, a.stderr).toBe(0);
    expect(b.status, b.stderr).toBe(0);
    expect(readFileSync(join(out, 'a.json'), 'utf8')).toBe(readFileSync(join(out, 'b.json'), 'utf8'));
    expect(a.stdout).toMatch(/documents: 20 read \(0 from cache\)/);
    expect(a.stdout).toMatch(/entities: \d+ \(Organization \d+, Location \d+, Person \d+\)/);
  });

  it('extracts only the new document when one is added', () => {
    const docs = seedCopy();
    const cache = join(tempDir(), 'cache');
    const out = join(tempDir(), 'graph.json');
    const first = runExtract(['--input', docs, '--output', out, '--cache', cache, '--curation', noCuration()]);
    expect(first.stdout).toContain('documents: 2 read (0 from cache)');
    writeFileSync(
      join(docs, 'new.txt'),
      'Wagner chief\n\nYevgeny Prigozhin, the founder of the Wagner Group, told Reuters his fighters had entered Rostov.\n',
    );
    const second = runExtract(['--input', docs, '--output', out, '--cache', cache, '--curation', noCuration()]);
    expect(second.stdout).toContain('documents: 3 read (2 from cache)');
    expect(readdirSync(cache)).toHaveLength(3);
  });

  it('reports each bad file by name, keeps the good ones, and exits 1', () => {
    const docs = tempDir();
    copyFileSync(join(SEEDS, '001_7bd1a4dae700160c.txt'), join(docs, 'good.txt'));
    writeFileSync(join(docs, 'empty.txt'), '');
    writeFileSync(join(docs, 'binary.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 0, 0, 3]));
    writeFileSync(join(docs, 'latin1.txt'), Buffer.from('Caf\xe9 in Kyiv', 'latin1'));
    writeFileSync(join(docs, 'huge.txt'), '');
    truncateSync(join(docs, 'huge.txt'), 100 * 1024 * 1024);
    symlinkSync(join(docs, 'gone.txt'), join(docs, 'dangling.txt'));
    const out = join(tempDir(), 'graph.json');
    const run = runExtract(['--input', docs, '--output', out, '--no-cache', '--curation', noCuration()]);
    expect(run.status).toBe(1);
    for (const file of ['empty.txt', 'binary.txt', 'latin1.txt', 'huge.txt', 'dangling.txt'])
      expect(run.stderr).toContain(join(docs, file));
    expect(run.stderr).toMatch(/latin1\.txt: not UTF-8/);
    expect(run.stderr).toMatch(/huge\.txt: too large/);
    const graph = JSON.parse(readFileSync(out, 'utf8'));
    expect(graph.attributes.documents.map((d: { id: string }) => d.id)).toEqual(['good.txt']);
  });

  it.each([
    ['a missing folder', (dir: string) => join(dir, 'nope'), /no such folder|does not exist/i],
    ['an empty folder', (dir: string) => dir, /no document|no supported/i],
  ])('refuses %s with exit 2 and leaves the old graph in place', (_what, input, message) => {
    const dir = tempDir();
    const out = join(tempDir(), 'graph.json');
    writeFileSync(out, 'previous graph');
    const run = runExtract(['--input', input(dir), '--output', out, '--no-cache', '--curation', noCuration()]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(readFileSync(out, 'utf8')).toBe('previous graph');
    expect(readdirSync(join(out, '..')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses a malformed curation file, naming it', () => {
    const dir = tempDir();
    const curation = join(dir, 'curation.json');
    writeFileSync(curation, '{ "merge": [["only one"]] }');
    const run = runExtract(['--input', SEEDS, '--output', join(dir, 'g.json'), '--no-cache', '--curation', curation]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${curation}: "merge" must be a list of lists of two or more names`);
    expect(existsSync(join(dir, 'g.json'))).toBe(false);
  });

  it('applies the curation file on every run', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'out'));
    const curation = join(dir, 'curation.json');
    writeFileSync(
      curation,
      JSON.stringify({
        rename: { 'person:andriy-yosov': 'Andriy Yusov' },
        ignore: ['Telegram'],
        retype: { Caesar: 'Organization' },
      }),
    );
    const out = join(dir, 'out/g.json');
    expect(runExtract(['--input', SEEDS, '--output', out, '--no-cache', '--curation', curation]).status).toBe(0);
    const keys = JSON.parse(readFileSync(out, 'utf8')).nodes.map((n: { key: string }) => n.key);
    expect(keys).toContain('person:andriy-yusov');
    expect(keys).toContain('organization:caesar');
    expect(keys).not.toContain('organization:telegram');
  });

  it('names a page nested 100,000 deep and a 20 MB line as problems, and keeps the seeds', () => {
    const docs = seedCopy();
    writeFileSync(join(docs, 'nested.html'), `<html><body>${'<div>'.repeat(100_000)}Kyiv${'</div>'.repeat(100_000)}`);
    writeFileSync(join(docs, 'one-line.txt'), 'Vladimir Putin met Dmitry Peskov in Moscow '.repeat(500_000));
    const out = join(tempDir(), 'graph.json');
    const run = runExtract(['--input', docs, '--output', out, '--no-cache', '--curation', noCuration()]);
    expect(run.status, run.stderr).toBe(1);
    expect(run.stderr).toContain(`${join(docs, 'nested.html')}: its HTML elements nest more than 512 deep`);
    expect(run.stderr).toContain(`${join(docs, 'one-line.txt')}: line 1 is 21,500,000 characters long`);
    const graph = JSON.parse(readFileSync(out, 'utf8'));
    expect(graph.attributes.documents.map((d: { id: string }) => d.id)).toEqual(readdirSync(SEEDS).sort());
    const keys = graph.nodes.map((n: { key: string }) => n.key);
    for (const seedEntity of ['person:vladimir-putin', 'person:dmitry-peskov', 'organization:freedom-of-russia-legion'])
      expect(keys).toContain(seedEntity);
  }, 120_000);

  it('extracts a name mentioned 200,000 times in one document', () => {
    const docs = tempDir();
    writeFileSync(join(docs, 'kyiv.txt'), `Kyiv\n\n${'Kyiv.\n'.repeat(200_000)}`);
    const out = join(tempDir(), 'graph.json');
    // What is tested is that every mention is kept; speed is the benchmark's, so a loaded machine gets time.
    const args = ['--input', docs, '--output', out, '--no-cache', '--no-layout', '--curation', noCuration()];
    const run = runExtract([...args, '--time-limit', '110']);
    expect(run.status, run.stderr).toBe(0);
    const [document] = JSON.parse(readFileSync(out, 'utf8')).attributes.documents;
    expect(document.mentions['location:kyiv']).toHaveLength(200_001);
  }, 120_000);

  it('stops a document that runs past --time-limit, replaces its worker and reads the rest', () => {
    const docs = seedCopy();
    const article = readFileSync(join(SEEDS, '000_d630ea40083de3a6.txt'), 'utf8');
    // Sorted first, so that the one worker must be replaced for the seeds to be read after it.
    writeFileSync(join(docs, '000-long.txt'), `${article}\n\n`.repeat(1000));
    const out = join(tempDir(), 'graph.json');
    const args = ['--input', docs, '--output', out, '--no-cache', '--no-layout', '--curation', noCuration()];
    const run = runExtract([...args, '--workers', '1', '--time-limit', '3']);
    expect(run.status, run.stderr).toBe(1);
    expect(run.stderr).toContain(
      `problem: ${join(docs, '000-long.txt')}: took longer than 3 s to read and extract and was stopped; split it`,
    );
    const graph = JSON.parse(readFileSync(out, 'utf8'));
    expect(graph.attributes.documents.map((d: { id: string }) => d.id)).toEqual(readdirSync(SEEDS).sort());
  }, 120_000);

  it('removes the temp files a killed run left, and not those of a run still writing', () => {
    const dir = tempDir();
    const out = join(dir, 'graph.json');
    // A process that has ended: its pid names no live writer.
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const stale = [`.graph.json.${gone.stdout}-0123456789ab.tmp`, '.graph.json.0123456789ab.tmp'];
    const live = `.graph.json.${process.pid}-0123456789ab.tmp`;
    for (const name of [...stale, live, 'notes.tmp']) writeFileSync(join(dir, name), 'partial graph');
    const run = runExtract([
      '--input',
      SEEDS,
      '--output',
      out,
      '--no-cache',
      '--no-layout',
      '--curation',
      noCuration(),
    ]);
    expect(run.status, run.stderr).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([live, 'graph.json', 'notes.tmp'].sort());
  });
});
