// The peer in bench:extract: what a JavaScript user would otherwise pick for names in text, compromise's people,
// organizations and places, run on the same corpus in one thread, so that our words/s can be read against its.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { wordCount } from '../../src/documents/words.ts';

/** What one peer run reports: names found, words read and its wall time (loading the library left out). */
export interface PeerReport {
  documents: number;
  words: number;
  names: number;
  wallMs: number;
}

/** Reads every document of the corpus and asks compromise for its people, organizations and places. */
export async function runPeer(dir: string): Promise<PeerReport> {
  // A devDependency, loaded only here: nothing that `npm start` runs needs it.
  const { default: nlp } = await import('compromise');
  const files = (await readdir(dir)).filter((name) => !name.startsWith('.')).sort();
  const started = performance.now();
  let words = 0;
  let names = 0;
  for (const file of files) {
    const text = await readFile(join(dir, file), 'utf8');
    const doc = nlp(text);
    words += wordCount(text);
    names += doc.people().length + doc.organizations().length + doc.places().length;
  }
  return { documents: files.length, words, names, wallMs: performance.now() - started };
}
