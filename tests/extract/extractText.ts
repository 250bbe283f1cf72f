// One document made of a test's text, extracted as the pipeline extracts a cleaned document, and its relations
// written the way the test tables write them.
import { analyzeDocument, extractDocument } from '../../src/extract/extractDocument.ts';
import { describeStructure } from '../../src/extract/structure/index.ts';
import type { DocumentExtraction, LocalRelation } from '../../src/model/extraction.ts';
import { RELATIONS } from '../../src/model/vocabulary.ts';

/** A cleaned document holding only `text`. */
export const documentOf = (text: string, id = 't.txt') => ({
  id,
  title: '',
  source: null,
  published: null,
  words: 0,
  sha256: '',
  text,
});

export const extractText = (text: string, id = 't.txt'): DocumentExtraction => extractDocument(documentOf(text, id));

/** The structure lines of the first sentence of `text` (see describeStructure): "NP0 [the commander] (subj)". */
export function structureOf(text: string): string[] {
  const { ctx } = analyzeDocument(documentOf(text));
  return describeStructure(ctx.tokens, ctx.structure[0]);
}

/** "Source TYPE Target", by the entities' labels. */
export const relationLabel = (x: DocumentExtraction, r: LocalRelation): string =>
  `${x.entities[r.source].label} ${r.type} ${x.entities[r.target].label}`;

/** The distinct relations extracted from `text` that `keep` accepts, as labels (a symmetric type's ends in name order), sorted. */
export function statedIn(text: string, keep: (r: LocalRelation) => boolean): string[] {
  const x = extractText(text);
  const label = (r: LocalRelation) => {
    if (!RELATIONS[r.type].symmetric) return relationLabel(x, r);
    const [a, b] = [x.entities[r.source].label, x.entities[r.target].label].sort();
    return `${a} ${r.type} ${b}`;
  };
  return [...new Set(x.relations.filter(keep).map(label))].sort();
}
