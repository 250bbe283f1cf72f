// A document's bytes as text, or the reason they are not a UTF-8 text document.
import type { InputProblem } from '../model/errors.ts';
import { binaryReason, decodeUtf8, utf16Encoding } from './encoding.ts';
import { inputProblem } from './problems.ts';

/** The text of the bytes read from `path` (byte order mark dropped), or the problem that stops them being read. */
export function decodeDocument(path: string, bytes: Uint8Array): string | InputProblem {
  if (bytes.length === 0)
    return inputProblem(path, 'EMPTY_FILE', 'the file is empty', 'put the document text in it or remove it');
  const utf16 = utf16Encoding(bytes);
  if (utf16) return utf16Problem(path, utf16.encoding, utf16.bom);
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

/** Names the byte order, and gives the command that converts the file in place. */
function utf16Problem(path: string, encoding: string, bom: boolean): InputProblem {
  const what = bom ? `${encoding} text, not UTF-8` : `looks like ${encoding} text without a byte order mark, not UTF-8`;
  // With a byte order mark, iconv's "UTF-16" reads the order from it and leaves it out of the UTF-8.
  const converted = shellQuoted(`${path}.utf8`);
  const iconv = `iconv -f ${bom ? 'UTF-16' : encoding} -t UTF-8 ${shellQuoted(path)} > ${converted}`;
  return inputProblem(
    path,
    'NOT_UTF8',
    what,
    `save it as UTF-8, for example: ${iconv} && mv ${converted} ${shellQuoted(path)}`,
  );
}

/** `path` as one word in a POSIX shell, so that the command in a message can be pasted as it is. */
function shellQuoted(path: string): string {
  return /^[\w./-]+$/.test(path) ? path : `'${path.replaceAll("'", "'\\''")}'`;
}
