// Every script answers a mistyped command with one plain line and its usage, exit code 2, no stack: the shared
// flag parser on its own, then each real script as a user runs it.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFlags, pickFlags, UsageError } from '../../src/cli/flags.ts';
import { ROOT } from '../pipeline/helpers.ts';

const HELP = 'Usage: npm run demo -- [options]\n\nMore help.';
const OPTIONS = {
  input: { type: 'string', default: 'docs' },
  workers: { type: 'string', default: '2' },
  'max-file-mb': { type: 'string', default: '50' },
  quiet: { type: 'boolean', short: 'q', default: false },
} as const;

const mistake = (args: string[], positionals = false): string => {
  try {
    parseFlags(HELP, OPTIONS, { args, positionals });
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).usage).toBe('Usage: npm run demo -- [options]');
    return (error as Error).message;
  }
  throw new Error(`no mistake found in ${args.join(' ')}`);
};

describe('parseFlags', () => {
  it.each([
    [['--inptu', 'x'], 'unknown option --inptu (did you mean --input?)'],
    [['--zzz'], 'unknown option --zzz'],
    [['-x'], 'unknown option -x'],
    [['--input'], '--input needs a value'],
    [['--quiet=yes'], '--quiet takes no value'],
    [['stray'], 'unexpected argument "stray": this command takes only --options'],
  ])('%j: %s', (args, message) => {
    expect(mistake(args)).toBe(message);
  });

  it.each([
    [['--workers', '1.5'], { name: 'workers', bounds: { min: 1 } }, '--workers must be a whole number, got "1.5"'],
    [['--workers', '0'], { name: 'workers', bounds: { min: 1 } }, '--workers must be a whole number ≥ 1, got "0"'],
    [['--workers', ''], { name: 'workers', bounds: {} }, '--workers must be a whole number, got ""'],
    [['--workers', '0x10'], { name: 'workers', bounds: {} }, '--workers must be a whole number, got "0x10"'],
  ])('integer %j', (args, { name, bounds }, message) => {
    const flags = parseFlags(HELP, OPTIONS, { args })!;
    expect(() => flags.integer(name as 'workers', bounds)).toThrow(message);
  });

  it('reads "--max-file-mb -5" as a negative value, which the number check refuses', () => {
    const flags = parseFlags(HELP, OPTIONS, { args: ['--max-file-mb', '-5'] })!;
    expect(flags.values['max-file-mb']).toBe('-5');
    expect(() => flags.number('max-file-mb', { above: 0 })).toThrow('--max-file-mb must be a number above 0, got "-5"');
    expect(parseFlags(HELP, OPTIONS, { args: ['--max-file-mb', '2.5'] })!.number('max-file-mb', { above: 0 })).toBe(
      2.5,
    );
  });

  it('gives defaults, positionals when allowed, and null after printing the help', () => {
    const flags = parseFlags(HELP, OPTIONS, { args: ['a.txt', '-q'], positionals: true })!;
    expect(flags.values).toMatchObject({ input: 'docs', quiet: true });
    expect(flags.positionals).toEqual(['a.txt']);
    expect(flags.integer('workers')).toBe(2);
    expect(parseFlags(HELP, OPTIONS, { args: ['--help'] })).toBeNull();
  });

  it('picks the flags another command takes, with their values', () => {
    const args = ['--input', 'mine', '--workers=3', '-q', '--max-file-mb', '9'];
    expect(pickFlags(args, { workers: OPTIONS.workers, 'max-file-mb': OPTIONS['max-file-mb'] })).toEqual([
      '--workers=3',
      '--max-file-mb',
      '9',
    ]);
    expect(pickFlags(args, { input: OPTIONS.input })).toEqual(['--input', 'mine']);
  });
});

/** Runs a script as npm does (tsx), without a shell: exit code and both outputs. */
function run(script: string, args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'scripts', script), ...args],
      { cwd: ROOT, encoding: 'utf8' },
      (error, stdout, stderr) => resolve({ status: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

describe('every script, given a bad flag', () => {
  it.concurrent.each([
    ['extract.ts', ['--inptu', 'x'], 'unknown option --inptu (did you mean --input?)'],
    ['extract.ts', ['--max-file-mb', '-5'], '--max-file-mb must be a number above 0, got "-5"'],
    ['extract.ts', ['--workers', 'two'], '--workers must be a whole number, got "two"'],
    ['serve.ts', ['--prot', '4000'], 'unknown option --prot (did you mean --port?)'],
    ['serve.ts', ['--port', '70000'], '--port must be a whole number from 0 to 65535, got "70000"'],
    ['load.ts', ['--db'], '--db needs a value'],
    ['load.ts', ['--batch-size', '0'], '--batch-size must be a whole number ≥ 1, got "0"'],
    ['start.ts', ['--prot', '4000'], 'unknown option --prot (did you mean --port?)'],
    ['start.ts', ['--input'], '--input needs a value'],
    ['score.ts', ['--min-entity-f1', '2'], '--min-entity-f1 must be a number from 0 to 1, got "2"'],
    ['explain.ts', [], 'give the document to explain: npm run explain -- <file> [text]'],
    ['export-neo4j-import.ts', ['--ouptut', 'x'], 'unknown option --ouptut (did you mean --output?)'],
    ['score-compare.ts', ['--grpah', 'g'], 'unknown option --grpah (did you mean --graph?)'],
    ['neo4j/neo4j.ts', ['--port', 'abc'], '--port must be a whole number, got "abc"'],
    ['bench/extract.ts', ['--words', '-1'], '--words must be a whole number ≥ 1, got "-1"'],
    ['bench/generate-corpus.ts', ['--seed'], '--seed needs a value'],
    ['bench/store.ts', ['--stores', 'mysql'], '--stores takes grafeo, neo4j or both, got "mysql"'],
    ['bench/lanes.ts', ['--entities', '5'], '--entities must be a whole number ≥ 10, got "5"'],
    ['bench/ui.ts', ['--seconds', '0'], '--seconds must be a number above 0, got "0"'],
    ['gazetteer/buildPlaces.ts', ['--out'], 'unknown option --out'],
  ])('%s %j: one plain line and the usage, exit 2', async (script, args, message) => {
    const { status, stdout, stderr } = await run(script, args);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(`error: ${message}`);
    expect(lines[1]).toMatch(/^Usage: .*\(--help lists the options\)$/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('passes --input to the extraction: npm start on a folder that does not exist stops there, exit 2', async () => {
    const { status, stderr } = await run('start.ts', ['--input', '/nonexistent/kg-folder']);
    expect(status).toBe(2);
    expect(stderr).toContain('/nonexistent/kg-folder: no such folder');
    expect(stderr).toContain('graph-data/graph.json was left as it was');
  });
});
