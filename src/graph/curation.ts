// Reads and checks the curation file, and finds the entities its entries name.
import { readFile } from 'node:fs/promises';
import { EMPTY_CURATION, type Curation } from '../model/curation.ts';
import { InputError } from '../model/errors.ts';
import { isEntityType } from '../model/vocabulary.ts';

const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const isStringMap = (v: unknown): v is Record<string, string> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string');

/** Validates parsed JSON; every error names the file and the entry. */
export function parseCuration(json: unknown, file: string): Curation {
  const fail = (what: string): never => {
    throw new InputError('BAD_CURATION', `${file}: ${what}. See "Curation" in the README for the format.`);
  };
  if (typeof json !== 'object' || json === null || Array.isArray(json)) fail('expected a JSON object');
  const raw = json as Record<string, unknown>;
  const unknown = Object.keys(raw).filter((k) => !(k in EMPTY_CURATION));
  if (unknown.length)
    fail(`unknown key ${unknown.map((k) => `"${k}"`).join(', ')} (allowed: ${Object.keys(EMPTY_CURATION).join(', ')})`);
  const curation: Curation = { ...EMPTY_CURATION, ...raw } as Curation;
  if (!Array.isArray(curation.merge) || !curation.merge.every((g) => isStringList(g) && g.length >= 2))
    fail('"merge" must be a list of lists of two or more names');
  if (!Array.isArray(curation.separate) || !curation.separate.every((g) => isStringList(g) && g.length === 2))
    fail('"separate" must be a list of [name, name] pairs');
  if (!isStringMap(curation.rename)) fail('"rename" must map names to new labels');
  if (!isStringMap(curation.retype)) fail('"retype" must map names to Person, Organization or Location');
  for (const [name, type] of Object.entries(curation.retype))
    if (!isEntityType(type)) fail(`"retype" gives "${name}" the type "${type}"; use Person, Organization or Location`);
  if (!isStringList(curation.ignore)) fail('"ignore" must be a list of names');
  if (!Array.isArray(curation.confirm) || !curation.confirm.every((g) => isStringList(g) && g.length === 2))
    fail('"confirm" must be a list of [entity, alias] pairs');
  return curation;
}

/** The curation at `file`, or no corrections when the file does not exist. */
export async function readCuration(file: string): Promise<Curation> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return EMPTY_CURATION;
    throw new InputError('BAD_CURATION', `${file}: cannot be read (${(error as Error).message})`);
  }
  try {
    return parseCuration(JSON.parse(text), file);
  } catch (error) {
    if (error instanceof SyntaxError)
      throw new InputError('BAD_CURATION', `${file}: not valid JSON (${error.message})`);
    throw error;
  }
}

/** Whether a curation entry names this entity: its key, label or one of its aliases, ignoring case. */
export const namesEntity = (entry: string, key: string, names: string[]): boolean => {
  const e = entry.toLowerCase();
  return e === key || names.some((n) => n.toLowerCase() === e);
};
