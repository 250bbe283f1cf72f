// Builds the explorer once per source version into a temp folder, shared by test files and benchmark runs.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

/** A hash of everything that goes into the bundle: sources, page, config, example queries, locked packages. */
function sourceHash(root: string): string {
  const hash = createHash('sha256');
  const inputs = [
    ...filesUnder(join(root, 'src/explorer')),
    ...filesUnder(join(root, 'src/model')),
    ...filesUnder(join(root, 'graph-data/queries')),
    join(root, 'index.html'),
    join(root, 'vite.config.ts'),
    join(root, 'package-lock.json'),
  ].filter(existsSync);
  for (const file of inputs.sort()) hash.update(relative(root, file)).update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

/**
 * Returns a folder holding the built page of the checkout at `root` (this one unless the UI benchmark compares
 * another). Builds into a private folder and renames it into place, so parallel test files never see half a build;
 * whoever finishes second just uses the first one's.
 */
export async function buildExplorer(root = ROOT): Promise<string> {
  const outDir = join(tmpdir(), `kg-explorer-build-${sourceHash(root)}`);
  if (existsSync(join(outDir, 'index.html'))) return outDir;
  const staging = `${outDir}.${process.pid}.${Date.now()}`;
  const { build } = await import('vite');
  await build({
    configFile: join(root, 'vite.config.ts'),
    root,
    logLevel: 'warn',
    build: { outDir: staging, emptyOutDir: true },
  });
  try {
    renameSync(staging, outDir);
  } catch (error) {
    // Another process renamed its build first: use that one.
    if (!existsSync(join(outDir, 'index.html')) || !statSync(outDir).isDirectory()) throw error;
    rmSync(staging, { recursive: true, force: true });
  }
  return outDir;
}
