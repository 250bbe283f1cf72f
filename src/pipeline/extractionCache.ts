// Caches each document's extraction by the hash of its bytes and of the code that extracted it.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DocumentExtraction } from '../model/extraction.ts';
import { writeFileAtomic } from './atomicWrite.ts';

const SOURCE_ROOT = fileURLToPath(new URL('..', import.meta.url));
const STAGES = ['model', 'documents', 'extract'];

let codeVersion: string | undefined;

/**
 * A hash of the extraction code and its data files (.json gazetteers such as worldPlaces.json): editing a rule or a
 * gazetteer invalidates the cache on its own. Read on the main thread from the source files (a worker runs a bundle
 * of them) and sent with each job.
 */
export function extractorVersion(): string {
  if (codeVersion) return codeVersion;
  const hash = createHash('sha256');
  for (const stage of STAGES) {
    const dir = join(SOURCE_ROOT, stage);
    for (const file of (readdirSync(dir, { recursive: true }) as string[])
      .filter((f) => /\.(ts|json)$/.test(f))
      .sort()) {
      hash.update(file).update(readFileSync(join(dir, file)));
    }
  }
  codeVersion = hash.digest('hex').slice(0, 16);
  return codeVersion;
}

/** Where cached extractions live, and the extractor version they must have been made by. */
export interface CacheLocation {
  dir: string;
  version: string;
}

export class ExtractionCache {
  constructor(private readonly location: CacheLocation) {}

  private path(sha256: string, id: string): string {
    // The id is part of the key: the cached extraction carries it, and two copies of a file are two documents.
    const key = createHash('sha256').update(`${sha256}\0${id}\0${this.location.version}`).digest('hex');
    return join(this.location.dir, `${key}.json`);
  }

  async get(sha256: string, id: string): Promise<DocumentExtraction | null> {
    try {
      return JSON.parse(await readFile(this.path(sha256, id), 'utf8')) as DocumentExtraction;
    } catch {
      // Missing or unreadable: extracting again is always correct.
      return null;
    }
  }

  async set(extraction: DocumentExtraction): Promise<void> {
    await writeFileAtomic(this.path(extraction.document.sha256, extraction.document.id), JSON.stringify(extraction));
  }
}
