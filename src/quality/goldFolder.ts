// Reads a folder of gold files, and the documents they annotate for the evidence check.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readAnnotationJson } from './jsonFile.ts';
import { InputError } from '../model/errors.ts';
import { GOLD_SUFFIX, parseGold, type GoldDocument } from './gold.ts';

/** Every `<document>.gold.json` in `dir`, checked, in file-name order. */
export async function readGoldFolder(dir: string): Promise<GoldDocument[]> {
  let files: string[];
  try {
    files = (await readdir(dir)).filter((f) => f.endsWith(GOLD_SUFFIX)).sort();
  } catch (error) {
    throw new InputError('NO_GOLD', `${dir}: cannot read the gold folder (${(error as Error).message})`);
  }
  if (!files.length) throw new InputError('NO_GOLD', `${dir} holds no ${GOLD_SUFFIX} file`);
  return Promise.all(
    files.map(async (f) => {
      const file = join(dir, f);
      const gold = parseGold(await readAnnotationJson(file), file);
      if (`${gold.document}${GOLD_SUFFIX}` !== f)
        throw new InputError('BAD_GOLD', `${file}: annotates "${gold.document}", but is named for another document`);
      return gold;
    }),
  );
}

/** The text of each annotated document, as the file holds it. */
export async function readGoldDocuments(dir: string, gold: GoldDocument[]): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const { document } of gold) {
    try {
      texts.set(document, await readFile(join(dir, document), 'utf8'));
    } catch (error) {
      throw new InputError(
        'NO_DOCUMENT',
        `${join(dir, document)}: the annotated document cannot be read (${(error as Error).message})`,
      );
    }
  }
  return texts;
}
