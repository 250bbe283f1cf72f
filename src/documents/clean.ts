// From a document's bytes to its clean text and metadata. Pure (no I/O), so it may run in a worker thread.
import type { CleanDocument } from '../model/graph.ts';
import type { InputProblem } from '../model/errors.ts';
import { removeBoilerplate } from './boilerplate.ts';
import { decodeDocument } from './decode.ts';
import { type DocumentFormat, documentFormat, SUPPORTED_EXTENSIONS } from './formats.ts';
import { htmlToText } from './html.ts';
import { markdownToText } from './markdown.ts';
import { longestLine, MAX_LINE_CHARS, MAX_PAGE_DEPTH, markupDepth } from './shapeLimits.ts';
import {
  authorOfText,
  documentTitle,
  NOTHING_STATED,
  publishedOfText,
  sourceOfText,
  type StatedMeta,
} from './metadata.ts';
import { wordCount } from './words.ts';
import { outletName } from './outlets.ts';
import { inputProblem } from './problems.ts';
import type { RawDocument } from './readFile.ts';

/** The document's readable text without markup or boilerplate, with its title, outlet, date and length. */
export function cleanDocument(raw: RawDocument): CleanDocument | InputProblem {
  const format = documentFormat(raw.id);
  if (!format) {
    const kinds = SUPPORTED_EXTENSIONS.join(', ');
    return inputProblem(raw.path, 'UNSUPPORTED_TYPE', 'not a document type that can be read', `use one of ${kinds}`);
  }
  const decoded = decodeDocument(raw.path, raw.bytes);
  if (typeof decoded !== 'string') return decoded;
  const input = decoded.replace(/\r\n?/g, '\n').normalize('NFC');
  if (format === 'html' && markupDepth(input) > MAX_PAGE_DEPTH) {
    const what = `its HTML elements nest more than ${MAX_PAGE_DEPTH} deep, which no article page does`;
    return inputProblem(raw.path, 'TOO_DEEP', what, "replace it with the article's own page or its text");
  }
  const { text: converted, stated } = convert(format, input);
  const long = longestLine(converted);
  if (long.length > MAX_LINE_CHARS) {
    // Only in plain text is a line of the text a line of the file.
    const where = format === 'text' ? `line ${long.line} is` : 'a line of its text is';
    const what = `${where} ${long.length.toLocaleString('en')} characters long (the limit is ${MAX_LINE_CHARS.toLocaleString('en')})`;
    return inputProblem(raw.path, 'LINE_TOO_LONG', what, 'break the text into lines and paragraphs');
  }
  // Entities and markup removal can leave decomposed characters; offsets in the graph refer to NFC text.
  const text = removeBoilerplate(converted).normalize('NFC');
  const words = wordCount(text);
  if (words === 0) {
    const what = 'no article text is left once markup and page boilerplate are removed';
    return inputProblem(raw.path, 'NO_TEXT', what, 'check that the file holds the article itself');
  }
  return {
    id: raw.id,
    title: documentTitle(stated.title, text),
    // Looked for before boilerplate removal: a bare "reuters.com" line is page furniture but still names the outlet.
    source: stated.source ? outletName(stated.source) : sourceOfText(converted),
    published: stated.published ?? publishedOfText(text),
    // Also read before boilerplate removal, which may take a byline for page furniture.
    author: stated.author ?? authorOfText(converted),
    words,
    sha256: raw.sha256,
    text,
  };
}

function convert(format: DocumentFormat, input: string): { text: string; stated: StatedMeta } {
  if (format === 'html') return htmlToText(input);
  if (format === 'markdown') return markdownToText(input);
  // Plain text is kept verbatim: evidence must quote the document exactly.
  return { text: input, stated: NOTHING_STATED };
}
