// Which files are documents, and how each kind is turned into text.
import { extname } from 'node:path';

export type DocumentFormat = 'text' | 'markdown' | 'html';

const FORMAT_BY_EXTENSION: Record<string, DocumentFormat> = {
  '.txt': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
};

export const SUPPORTED_EXTENSIONS = Object.keys(FORMAT_BY_EXTENSION);

/** The format a file name declares, or null when it is not a document we read. */
export function documentFormat(file: string): DocumentFormat | null {
  return FORMAT_BY_EXTENSION[extname(file).toLowerCase()] ?? null;
}
