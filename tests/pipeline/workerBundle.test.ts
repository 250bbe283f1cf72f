// The bundled extraction worker is found again from this checkout only: a copied checkout (its node_modules
// included) must not start workers from the original's code.
import { readFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { workerBundle } from '../../src/pipeline/workerBundle.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CACHE = join(ROOT, 'node_modules', '.cache', 'kg-explorer');

describe('the bundled extraction worker', () => {
  it('lives in this checkout, and its manifest names files relative to it', async () => {
    const bundle = fileURLToPath(await workerBundle());
    expect(bundle.startsWith(CACHE)).toBe(true);
    const manifest = JSON.parse(await readFile(join(CACHE, 'extract-worker.json'), 'utf8')) as {
      bundle: string;
      inputs: { path: string }[];
    };
    expect(join(CACHE, manifest.bundle)).toBe(bundle);
    expect(manifest.inputs.some((input) => input.path === 'src/pipeline/extractWorker.ts')).toBe(true);
    expect(manifest.inputs.filter((input) => isAbsolute(input.path))).toEqual([]);
  }, 60_000);
});
