// The extraction worker's code as one JavaScript module, built with esbuild and kept until a source file changes.
// A worker that loads ~150 TypeScript modules through tsx's loader (a round trip to the loader's thread for each)
// took about a second to start; from one bundled file it takes a quarter of that.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeFileAtomic } from './atomicWrite.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ENTRY = fileURLToPath(new URL('./extractWorker.ts', import.meta.url));
/** Inside node_modules, as build tools keep their caches: never committed, and per checkout. */
const CACHE_DIR = join(ROOT, 'node_modules', '.cache', 'kg-explorer');
const MANIFEST = join(CACHE_DIR, 'extract-worker.json');

/**
 * Which files a bundle was built from, as they were then: a bundle is reused while they are all unchanged. Paths are
 * relative (the bundle's to the cache, the inputs' to the checkout), so a copied checkout never runs the original's code.
 */
interface Manifest {
  bundle: string;
  inputs: { path: string; size: number; mtimeMs: number }[];
}

let bundled: Promise<URL> | undefined;

/** The URL of the bundled worker, building it once per process when a source (or dependency) file has changed. */
export function workerBundle(): Promise<URL> {
  return (bundled ??= current().then((file) => pathToFileURL(file)));
}

async function current(): Promise<string> {
  const manifest = await readFile(MANIFEST, 'utf8').then(
    (text) => JSON.parse(text) as Manifest,
    () => null,
  );
  if (manifest && (await unchanged(manifest))) return join(CACHE_DIR, manifest.bundle);
  return rebuild();
}

async function unchanged({ bundle, inputs }: Manifest): Promise<boolean> {
  const files = await Promise.all(
    [join(CACHE_DIR, bundle), ...inputs.map((input) => join(ROOT, input.path))].map((path) =>
      stat(path).catch(() => null),
    ),
  );
  return files.every(
    (info, i) => info && (i === 0 || (info.size === inputs[i - 1].size && info.mtimeMs === inputs[i - 1].mtimeMs)),
  );
}

async function rebuild(): Promise<string> {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: [ENTRY],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // esbuild rewrites a /\p{…}/u literal as `new RegExp(…)` for this target, which builds the pattern again each
    // time the expression runs (a tenth of extraction's time went to such patterns in functions run per token).
    supported: { 'regexp-unicode-property-escapes': true },
    write: false,
    metafile: true,
    logLevel: 'silent',
    // CommonJS dependencies (wink-nlp) call require, which an ES module lacks.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
  });
  const inputs = await Promise.all(
    Object.keys(result.metafile.inputs).map(async (path) => {
      const { size, mtimeMs } = await stat(join(ROOT, path));
      return { path, size, mtimeMs };
    }),
  );
  const code = result.outputFiles[0].text;
  // Named by its content: processes that rebuild at once write the same file, and a running one keeps its own.
  const bundle = join(CACHE_DIR, `extract-worker-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`);
  await writeFileAtomic(bundle, code);
  await removeOldBundles(bundle);
  await writeFileAtomic(MANIFEST, JSON.stringify({ bundle: basename(bundle), inputs } satisfies Manifest));
  return bundle;
}

/** Bundles of earlier sources, once no run can still be starting workers from them. */
async function removeOldBundles(keep: string): Promise<void> {
  const hourAgo = Date.now() - 3_600_000;
  for (const name of await readdir(CACHE_DIR)) {
    const path = join(CACHE_DIR, name);
    if (!/^extract-worker-[0-9a-f]+\.mjs$/.test(name) || path === keep) continue;
    const info = await stat(path).catch(() => null);
    if (info && info.mtimeMs < hourAgo) await rm(path, { force: true });
  }
}
