// Generates the benchmark corpus: the seed articles' sentences recombined into new articles with their names swapped
// for names drawn from large lists; deterministic for a seed, and written to disk one article at a time.
import { realpathSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseFlags } from '../../src/cli/flags.ts';
import { runMain } from '../../src/cli/runMain.ts';
import { wordCount } from '../../src/documents/words.ts';
import { KgError } from '../../src/model/errors.ts';
import { Cast, mulberry32, pick, SEED_NAMES, type SeedName, type Template } from './names.ts';

const SEED_DIR = fileURLToPath(new URL('../../graph-data/documents/', import.meta.url));
const BENCH_DATA = fileURLToPath(new URL('../../bench-data/', import.meta.url));
/** Hidden, so the pipeline's document listing skips it. */
const MANIFEST = '.corpus.json';
/** Increase whenever the generator writes different text for the same options, so older corpora are not reused. */
const CORPUS_FORMAT = 1;
const ARTICLE_WORDS = { min: 600, max: 900 };
/** Chance that the next sentence is the one that followed it in the seed, which keeps paragraphs readable. */
const FOLLOW_SEED = 0.75;
const SUBHEAD_CHANCE = 0.05;

export interface CorpusOptions {
  outDir: string;
  words: number;
  seed: number;
  /** Called after each article with the words written so far. */
  onProgress?: (words: number, target: number) => void;
}

/** What `.corpus.json` records about a generated corpus. */
export interface CorpusManifest {
  format: number;
  seed: number;
  /** The words asked for; `wordsWritten` is what was written. */
  words: number;
  documents: number;
  wordsWritten: number;
  distinctNames: number;
  complete: boolean;
}

/** A headline per story angle, written with seed names so that each article's cast fills them in. */
const HEADLINES = [
  'Kapustin says the Russian Volunteer Corps will return to Belgorod',
  'Freedom of Russia Legion claims raid on Belgorod',
  'Kremlin blames Ukraine for the incursion into Belgorod',
  'Galeotti: the volunteers are armed by Ukraine',
  'Supreme Court of Russia bans the Legion as a terrorist group',
  'Baranovsky tells Reuters the raid is a first step against Putin',
];
// Site furniture scraped along with the seed articles (theme licence notices, disclaimers) is not news text.
const SITE_FURNITURE = /\blicense\b|point of view of the site/i;
const SENTENCE_BREAK = /(?<=[.?!][”’"]?)\s+(?=[“‘"]?\p{Lu})/u;
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Longest names first, so "Freedom of Russia Legion" wins over "Russia"; letters on either side mean a longer word.
const KNOWN_NAME = new RegExp(
  `(?<![\\p{L}\\p{N}])(${Object.keys(SEED_NAMES)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})(?![\\p{L}\\p{N}])`,
  'u',
);

/** Where the benchmarks keep the corpus of `words` words for `seed` (bench-data/ is not committed). */
export const corpusDir = (words: number, seed: number): string => join(BENCH_DATA, `corpus-${words}w-seed${seed}`);

/** Writes `words` words of articles to `outDir` (emptied first when it holds an older corpus). */
export async function generateCorpus(options: CorpusOptions): Promise<CorpusManifest> {
  const { outDir, words, seed } = options;
  const seedText = await readSeed();
  await emptyCorpusFolder(outDir);
  const manifest: CorpusManifest = {
    format: CORPUS_FORMAT,
    seed,
    words,
    documents: 0,
    wordsWritten: 0,
    distinctNames: 0,
    complete: false,
  };
  // Written first as incomplete, so that an interrupted run is regenerated rather than reused, yet can be cleared.
  await writeManifest(outDir, manifest);
  const random = mulberry32(seed);
  const names = new Set<string>();
  while (manifest.wordsWritten < words) {
    const remaining = words - manifest.wordsWritten;
    const drawn = ARTICLE_WORDS.min + Math.floor(random() * (ARTICLE_WORDS.max - ARTICLE_WORDS.min + 1));
    // The last article gets at least the minimum length rather than being a stub.
    const target = remaining <= ARTICLE_WORDS.max ? remaining : Math.min(drawn, remaining - ARTICLE_WORDS.min);
    const article = writeArticle(seedText, new Cast(random, seed, names), random, target);
    manifest.documents += 1;
    manifest.wordsWritten += article.words;
    await writeFile(join(outDir, `${String(manifest.documents).padStart(6, '0')}.txt`), article.text);
    options.onProgress?.(manifest.wordsWritten, words);
  }
  manifest.distinctNames = names.size;
  manifest.complete = true;
  await writeManifest(outDir, manifest);
  return manifest;
}

/** The manifest of the corpus in `dir`, or null when there is none. */
export async function readManifest(dir: string): Promise<CorpusManifest | null> {
  const text = await readFile(join(dir, MANIFEST), 'utf8').catch(() => null);
  return text === null ? null : (JSON.parse(text) as CorpusManifest);
}

/** Whether `dir` holds a complete corpus generated with these options by this version of the generator. */
export async function isCurrentCorpus(dir: string, words: number, seed: number): Promise<boolean> {
  const manifest = await readManifest(dir);
  if (!manifest?.complete) return false;
  return manifest.format === CORPUS_FORMAT && manifest.words === words && manifest.seed === seed;
}

async function writeManifest(dir: string, manifest: CorpusManifest): Promise<void> {
  await writeFile(join(dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
}

async function emptyCorpusFolder(dir: string): Promise<void> {
  const entries = await readdir(dir).catch((error: NodeJS.ErrnoException): string[] => {
    if (error.code === 'ENOENT') return [];
    const why = error.code ?? error.message;
    throw new KgError('CORPUS_FOLDER', `cannot write the corpus to ${dir} (${why}); pass another folder with --out`);
  });
  // Only a folder this generator wrote is deleted: --out pointed at the wrong folder must not cost anyone their files.
  if (entries.length > 0 && !entries.includes(MANIFEST)) {
    const what = `${dir} holds files that are not a generated corpus`;
    throw new KgError('CORPUS_FOLDER', `${what}; pass an empty or new folder with --out`);
  }
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
}

interface SeedText {
  sentences: Template[];
  /** One-line questions ("What is their motivation?"), used as subheadings. */
  subheads: Template[];
  headlines: Template[];
}

async function readSeed(): Promise<SeedText> {
  const files = (await readdir(SEED_DIR)).filter((file) => file.endsWith('.txt')).sort();
  const seedText: SeedText = { sentences: [], subheads: [], headlines: HEADLINES.map(templateOf) };
  for (const file of files) {
    const text = await readFile(join(SEED_DIR, file), 'utf8');
    for (const paragraph of text.split(/\n\s*\n/).map((lines) => lines.replace(/\s+/g, ' ').trim())) {
      if (SITE_FURNITURE.test(paragraph)) continue;
      if (/^\p{Lu}[^.!?]*\?$/u.test(paragraph) && wordCount(paragraph) <= 15) {
        seedText.subheads.push(templateOf(paragraph));
        continue;
      }
      for (const sentence of sentencesOf(paragraph).filter(isSentence)) seedText.sentences.push(templateOf(sentence));
    }
  }
  if (seedText.sentences.length === 0) {
    throw new KgError('NO_SEED', `no seed sentences in ${SEED_DIR}; put the seed articles there as .txt files`);
  }
  seedText.headlines.push(...seedText.subheads);
  return seedText;
}

/** Splits at sentence ends, but never inside a quotation, so that every sentence's quotes stay paired. */
function sentencesOf(paragraph: string): string[] {
  const sentences: string[] = [];
  let open = '';
  for (const piece of paragraph.split(SENTENCE_BREAK)) {
    open = open ? `${open} ${piece}` : piece;
    const opened = open.split('“').length;
    const closed = open.split('”').length;
    if (opened === closed && open.split('"').length % 2 === 1) {
      sentences.push(open);
      open = '';
    }
  }
  return open ? [...sentences, open] : sentences;
}

/** A whole sentence: capitalized, ended, and long enough not to be a caption or a menu item. */
const isSentence = (text: string): boolean =>
  /^[“‘"]?\p{Lu}/u.test(text) && /[.?!][”’"]?$/.test(text) && wordCount(text) >= 6;

function templateOf(sentence: string): Template {
  // split() with a capture group alternates text and matched names.
  return sentence.split(KNOWN_NAME).map((piece, index) => (index % 2 === 1 ? (SEED_NAMES[piece] as SeedName) : piece));
}

interface Article {
  text: string;
  words: number;
}

/** One article of about `target` words: a headline line, a blank line, then paragraphs. */
function writeArticle(seedText: SeedText, cast: Cast, random: () => number, target: number): Article {
  const { sentences, subheads } = seedText;
  const paragraphs: string[] = [];
  let words = 0;
  // Each seed sentence is used once per article, until an unusually long article has used them all.
  const used = new Set<number>();
  let next = Math.floor(random() * sentences.length);
  while (words < target) {
    if (subheads.length > 0 && paragraphs.length >= 2 && target - words > 100 && random() < SUBHEAD_CHANCE) {
      const subhead = cast.render(pick(random, subheads));
      paragraphs.push(subhead);
      words += wordCount(subhead);
      continue;
    }
    const size = 1 + Math.floor(random() * 3);
    const paragraph: string[] = [];
    for (let i = 0; i < size && words < target; i++) {
      const sentence = cast.render(sentences[next] as Template);
      paragraph.push(sentence);
      words += wordCount(sentence);
      used.add(next);
      if (used.size === sentences.length) used.clear();
      next = random() < FOLLOW_SEED ? (next + 1) % sentences.length : Math.floor(random() * sentences.length);
      while (used.has(next)) next = Math.floor(random() * sentences.length);
    }
    paragraphs.push(paragraph.join(' '));
  }
  // The headline comes last so that it names people the body has already cast.
  const headline = cast.render(pick(random, seedText.headlines), true);
  return { text: `${headline}\n\n${paragraphs.join('\n\n')}\n`, words: words + wordCount(headline) };
}

const HELP = `Usage: npx tsx scripts/bench/generate-corpus.ts [options]

Writes a benchmark corpus of news articles (.txt, 600-900 words each) made from the seed articles in
graph-data/documents with their names replaced. The same options always give the same files.

Options:
  --out <dir>      folder to write, emptied first if it holds an older corpus
                   [bench-data/corpus-<words>w-seed<seed>, where bench:extract looks for it]
  --words <n>      words to write at scale 1 [5000000]
  --scale <k>      write k times --words, for the scaling runs [1]
  --seed <n>       seed of the random choices [1]
  --help           show this help`;

async function main(): Promise<number> {
  const flags = parseFlags(HELP, {
    out: { type: 'string' },
    words: { type: 'string', default: '5000000' },
    scale: { type: 'string', default: '1' },
    seed: { type: 'string', default: '1' },
  });
  if (!flags) return 0;
  const words = flags.integer('words', { min: 1 }) * flags.integer('scale', { min: 1 });
  const seed = flags.integer('seed', { min: 1 });
  const outDir = flags.values.out ?? corpusDir(words, seed);
  const started = performance.now();
  let reported = 0;
  const summary = await generateCorpus({
    outDir,
    words,
    seed,
    onProgress: (done, target) => {
      const tenth = Math.floor((10 * done) / target);
      if (tenth > reported) console.log(`  ${count(done)} of ${count(target)} words (${Math.min(tenth, 10) * 10}%)`);
      reported = tenth;
    },
  });
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `Wrote ${count(summary.documents)} documents, ${count(summary.wordsWritten)} words, ` +
      `${count(summary.distinctNames)} distinct names to ${outDir} in ${seconds.toFixed(1)} s ` +
      `(${count(summary.wordsWritten / seconds)} words/s).`,
  );
  return 0;
}

const count = (value: number): string => Math.round(value).toLocaleString('en');

// Run as a script, not imported (the real path, since the script may be reached through a symbolic link).
if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  void runMain(main);
}
