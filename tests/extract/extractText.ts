// One document made of a test's text, extracted as the pipeline extracts a cleaned document.
import { extractDocument } from '../../src/extract/extractDocument.ts';
import type { DocumentExtraction } from '../../src/model/extraction.ts';

export const extractText = (text: string, id = 't.txt'): DocumentExtraction =>
  extractDocument({ id, title: '', source: null, published: null, words: 0, sha256: '', text });
