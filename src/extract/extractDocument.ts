// One cleaned document in, its entities, relations and co-occurrences out: pure, so it can run in a worker.
import type { CleanDocument } from '../model/graph.ts';
import type { DocumentExtraction, SharedSentence } from '../model/extraction.ts';
import { extractClaims } from './claims/index.ts';
import { resolveReferences } from './coreference.ts';
import { documentEntities, type DocumentEntities } from './documentEntities.ts';
import { addDefiniteReferences } from './definiteReferences.ts';
import { findMentions } from './mentions.ts';
import { extractRelations } from './relations/index.ts';
import type { NamedMention, RelationContext } from './relations/context.ts';
import { documentStructure } from './structure/index.ts';
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
  const references = resolveReferences(tokens, sentences, arguments_, found.entities);
  const ctx: RelationContext = {
    compounds,
    tokens,
    sentences,
    entities: found.entities,
    argumentAt,
    references,
    structure: documentStructure(tokens, sentences, { nameAt: argumentAt, isReference: (i) => references.has(i) }),
  };
  return { found, ctx };
}

export function extractDocument(document: CleanDocument): DocumentExtraction {
  const { found, ctx } = analyzeDocument(document);
  return {
    document,
    entities: found.entities,
    relations: extractRelations(ctx),
    sharedSentences: sharedSentences(found, ctx.sentences),
    claims: extractClaims(ctx, found.mentions, document),
    reviews: found.reviews,
  };
}

/** Sentences that name two or more entities, with those entities. */
function sharedSentences({ mentions }: DocumentEntities, sentences: Sentence[]): SharedSentence[] {
  const bySentence = new Map<number, Set<number>>();
  for (const m of mentions) bySentence.set(m.sentence, (bySentence.get(m.sentence) ?? new Set()).add(m.entity));
  const shared: SharedSentence[] = [];
  for (const [s, set] of [...bySentence].sort((a, b) => a[0] - b[0])) {
    if (set.size > 1)
      shared.push({ start: sentences[s].start, end: sentences[s].end, entities: [...set].sort((a, b) => a - b) });
  }
  return shared;
}
