// A graph of real news for the browser tests and screenshots that need many documents with outlets and dates: the
// news-dev fixture pages (37 articles from many outlets, some dated) run through the real pipeline.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toGraphFile } from '../../../src/model/graphFile.ts';
import { runPipeline } from '../../../src/pipeline/runPipeline.ts';
import { ROOT } from './build.ts';

export const NEWS_DEV_DOCUMENTS = join(ROOT, 'tests/fixtures/news-dev/documents');

/** Extracts the news-dev pages into `dir`/news-dev.json and returns its path. */
export async function newsGraph(dir: string): Promise<string> {
  const { graph } = await runPipeline({ input: NEWS_DEV_DOCUMENTS, cacheDir: null, workers: 2 });
  const file = join(dir, 'news-dev.json');
  writeFileSync(file, JSON.stringify(toGraphFile(graph)));
  return file;
}
