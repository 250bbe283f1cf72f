// Shared by the pipeline tests: temp folders, and running the real CLI as a user would.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SEEDS = join(ROOT, 'graph-data/documents');
/** The fixture sets, each documents/ + gold/ (tests/fixtures/FORMAT.md). */
export const FIXTURES = join(ROOT, 'tests/fixtures');

export function tempDir(prefix = 'kg-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A temp folder holding copies of the seed documents. */
export function seedCopy(): string {
  const dir = tempDir('kg-docs-');
  cpSync(SEEDS, dir, { recursive: true });
  return dir;
}

/** Runs `scripts/<script>` from the repository root, as `npm run` does. */
export function runScript(script: string, args: string[]): { status: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', script), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

export const runExtract = (args: string[]) => runScript('extract.ts', args);

/** A temp folder with `copies` copies of each seed document, enough for the pipeline to start workers. */
export function manySeedCopies(copies: number): string {
  const dir = tempDir('kg-many-');
  for (const file of readdirSync(SEEDS)) {
    for (let i = 0; i < copies; i++)
      copyFileSync(join(SEEDS, file), join(dir, `${String(i).padStart(2, '0')}-${file}`));
  }
  return dir;
}
