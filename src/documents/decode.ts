// A document's bytes as text, or the reason they are not a UTF-8 text document.
import type { InputProblem } from '../model/errors.ts';
import { binaryReason, decodeUtf8, isUtf16 } from './encoding.ts';
import { inputProblem } from './problems.ts';

/** The text of the bytes read from `path` (byte order mark dropped), or the problem that stops them being read. */
export function decodeDocument(path: string, bytes: Uint8Array): string | InputProblem {
  if (bytes.length === 0)
    return inputProblem(path, 'EMPTY_FILE', 'the file is empty', 'put the document text in it or remove it');
  if (isUtf16(bytes)) return inputProblem(path, 'NOT_UTF8', 'UTF-16 text, not UTF-8', 'save it as UTF-8 and run again');
  const binary = binaryReason(bytes);
  if (binary) {
    return inputProblem(
      path,
      'BINARY_FILE',
      `not a text file (${binary})`,
      'convert it to plain text, Markdown or HTML',
    );
  }
  const decoded = decodeUtf8(bytes);
  if ('text' in decoded) return decoded.text;
  const { byte, line, offset } = decoded.invalid;
  const where = `invalid byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} at line ${line}, offset ${offset}`;
  return inputProblem(path, 'NOT_UTF8', `not UTF-8 text (${where})`, 'save it as UTF-8 and run again');
}
