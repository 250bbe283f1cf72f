// One cleaned document in, its entities, relations and co-occurrences out: pure, so it can run in a worker.
import type { CleanDocument } from '../model/graph.ts';
import type { Cooccurrence, DocumentExtraction } from '../model/extraction.ts';
import { resolveReferences } from './coreference.ts';
import { documentEntities, type DocumentEntities } from './documentEntities.ts';
import { addDefiniteReferences } from './definiteReferences.ts';
import { findMentions } from './mentions.ts';
import { extractRelations } from './relations/index.ts';
import type { NamedMention, RelationContext } from './relations/context.ts';
import { tokenize, type Sentence } from './tokenize.ts';

/** The document as the relation rules see it: tokens, entities, and the argument at each token. */
export function analyzeDocument(document: CleanDocument): { found: DocumentEntities; ctx: RelationContext } {
  const tokenized = tokenize(document.text);
  const { tokens, sentences } = tokenized;
  const found = documentEntities(findMentions(document.text, tokenized), tokens);
  addDefiniteReferences(found, tokens);
  const argumentAt: (NamedMention | undefined)[] = new Array(tokens.length);
  const arguments_ = found.mentions.filter((m) => !m.modifier);
  for (const m of arguments_) for (let i = m.first; i < m.last; i++) argumentAt[i] = m;
  const compounds = found.mentions.filter((m) => m.modifier && tokens[m.last]?.text === '-');
  const ctx: RelationContext = {
    compounds,
    tokens,
    sentences,
    entities: found.entities,
    argumentAt,
    references: resolveReferences(tokens, arguments_, found.entities),
  };
  return { found, ctx };
}

export function extractDocument(document: CleanDocument): DocumentExtraction {
  const { found, ctx } = analyzeDocument(document);
  return {
    document,
    entities: found.entities,
    relations: extractRelations(ctx),
    cooccurrences: cooccurrences(found, ctx.sentences),
    reviews: found.reviews,
  };
}

/** Pairs of entities named in the same sentence, with those sentences. */
function cooccurrences({ mentions }: DocumentEntities, sentences: Sentence[]): Cooccurrence[] {
  const bySentence = new Map<number, Set<number>>();
  for (const m of mentions) bySentence.set(m.sentence, (bySentence.get(m.sentence) ?? new Set()).add(m.entity));
  const pairs = new Map<string, Cooccurrence>();
  for (const [s, set] of bySentence) {
    // One span object per sentence, shared by its pairs: a long document has many pairs per sentence.
    const span = { start: sentences[s].start, end: sentences[s].end };
    const ids = [...set].sort((a, b) => a - b);
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const key = `${ids[i]}:${ids[j]}`;
        const pair = pairs.get(key) ?? { a: ids[i], b: ids[j], sentences: [] };
        pair.sentences.push(span);
        pairs.set(key, pair);
      }
    }
  }
  return [...pairs.values()];
}
