// The compact form in which a worker sends a DocumentExtraction (extraction.ts) to the main thread: its numbers in one
// Int32Array, whose buffer is transferred rather than copied, and each distinct string once. A structured clone of the
// object graph cost the main thread a deserialized object per span and a fresh copy of every name in every document.
import type { LocalClaim } from './claims.ts';
import type { DocumentExtraction, EntityIdentity, LocalEntity } from './extraction.ts';
import type { CleanDocument, MentionSpan, MergeReview } from './graph.ts';
import type { EntityType, RelationType } from './vocabulary.ts';

export interface WireExtraction {
  /** The document's cleaned text, the one long string (never interned). */
  text: string;
  /** Every other string, each once, referred to by its index in `numbers`. */
  strings: string[];
  numbers: Int32Array;
  /** Merges to review are rare and carry a fractional confidence: they travel as they are. */
  reviews: MergeReview[];
}

// Optional strings are a string index, or one of these.
const NULL = -1;
const ABSENT = -2;

/** The extraction in wire form; `transfer` is what postMessage should move instead of copy. */
export function encodeExtraction(x: DocumentExtraction): { wire: WireExtraction; transfer: ArrayBuffer[] } {
  const numbers: number[] = [];
  const strings: string[] = [];
  const indexOf = new Map<string, number>();
  const string = (s: string) => {
    let i = indexOf.get(s);
    if (i === undefined) indexOf.set(s, (i = strings.push(s) - 1));
    numbers.push(i);
  };
  const optional = (s: string | null | undefined) => {
    if (s === null || s === undefined) numbers.push(s === null ? NULL : ABSENT);
    else string(s);
  };
  const stringList = (list: string[]) => {
    numbers.push(list.length);
    list.forEach(string);
  };
  const span = ({ start, end }: MentionSpan) => numbers.push(start, end);
  const { text, title, id, source, published, author, words, sha256 } = x.document;
  // The document's keys in their order (graph.json writes them so), author being absent from older extractions.
  [id, title].forEach(string);
  [source, published, author].forEach(optional);
  numbers.push(words);
  string(sha256);
  numbers.push(x.entities.length);
  for (const e of x.entities) {
    numbers.push(e.id);
    string(e.type);
    string(e.label);
    stringList(e.aliases);
    numbers.push(e.mentions.length);
    e.mentions.forEach(span);
    const { known, institution, names, bags, cores, acronyms, initials, single, given, surname } = e.identity;
    [known, institution, single, given, surname].forEach(optional);
    [names, bags, acronyms, initials].forEach(stringList);
    numbers.push(cores.length);
    for (const { core, qualifier } of cores) {
      string(core);
      optional(qualifier);
    }
  }
  numbers.push(x.relations.length);
  for (const r of x.relations) {
    string(r.type);
    numbers.push(r.source, r.target);
    span(r.evidence);
    string(r.rule);
  }
  numbers.push(x.sharedSentences.length);
  for (const s of x.sharedSentences) {
    span(s);
    numbers.push(s.entities.length, ...s.entities);
  }
  numbers.push(x.claims.length);
  for (const c of x.claims) {
    string(c.document);
    string(c.kind);
    // Nearly always the words at its offsets: then the main thread takes them from the text, not from a copy.
    if (c.text === text.slice(c.start, c.end)) numbers.push(ABSENT);
    else string(c.text);
    span(c);
    span(c.sentence);
    optional(c.cue);
    optional(c.medium);
    numbers.push(c.speaker ?? NULL, c.about.length, ...c.about);
  }
  const packed = Int32Array.from(numbers);
  return { wire: { text, strings, numbers: packed, reviews: x.reviews }, transfer: [packed.buffer] };
}

/**
 * The extraction again (GraphInput interns the wire's strings first, so that each has one copy: see StringPool).
 * `upTo` stops early, leaving the lists after that part empty: 'document'
 * for what a document says of itself, 'entities' for what cross-document resolution reads (and the reviews), without
 * the rest of the document's objects.
 */
export function decodeExtraction(
  wire: WireExtraction,
  upTo: 'document' | 'entities' | 'all' = 'all',
): DocumentExtraction {
  const { text, numbers, strings } = wire;
  let at = 0;
  const int = () => numbers[at++];
  const string = () => strings[int()];
  const optional = () => {
    const i = int();
    return i === NULL ? null : i === ABSENT ? undefined : strings[i];
  };
  const list = <T>(read: () => T): T[] => {
    const items: T[] = new Array<T>(int());
    for (let i = 0; i < items.length; i++) items[i] = read();
    return items;
  };
  const span = (): MentionSpan => ({ start: int(), end: int() });

  const [id, title] = [string(), string()];
  const [source, published, author] = [optional(), optional(), optional()];
  const document = { id, title, source, published } as CleanDocument;
  if (author !== undefined) document.author = author;
  Object.assign(document, { words: int(), sha256: string(), text });
  const none = { relations: [], sharedSentences: [], claims: [], reviews: wire.reviews };
  if (upTo === 'document') return { document, entities: [], ...none };

  const entities = list((): LocalEntity => {
    const entity = { id: int(), type: string() as EntityType, label: string(), aliases: list(string) };
    const mentions = list(span);
    const [known, institution, single, given, surname] = [optional(), optional(), optional(), optional(), optional()];
    const [names, bags, acronyms, initials] = [list(string), list(string), list(string), list(string)];
    const cores = list(() => ({ core: string(), qualifier: optional() ?? null }));
    const identity: EntityIdentity = { names, bags, cores, acronyms, initials };
    // Only the keys the worker set, as it set them.
    if (typeof known === 'string') identity.known = known;
    if (typeof institution === 'string') identity.institution = institution;
    if (typeof single === 'string') identity.single = single;
    if (typeof given === 'string') identity.given = given;
    if (typeof surname === 'string') identity.surname = surname;
    return { ...entity, mentions, identity };
  });
  if (upTo === 'entities') return { document, entities, ...none };
  const relations = list(() => ({
    type: string() as RelationType,
    source: int(),
    target: int(),
    evidence: span(),
    rule: string(),
  }));
  const sharedSentences = list(() => ({ ...span(), entities: list(int) }));
  const claims = list((): LocalClaim => {
    const [document, kind, own] = [string(), string() as LocalClaim['kind'], optional()];
    const { start, end } = span();
    const sentence = span();
    const [cue, medium] = [optional() ?? null, optional() ?? null];
    const speaker = int();
    const about = list(int);
    // A slice of the text shares its characters rather than copying them.
    const words = own ?? text.slice(start, end);
    return {
      document,
      kind,
      text: words,
      start,
      end,
      sentence,
      cue,
      medium,
      speaker: speaker === NULL ? null : speaker,
      about,
    };
  });
  return { document, entities, relations, sharedSentences, claims, reviews: wire.reviews };
}

/** One copy of each string received: names and rule ids recur across documents, and each message brings its own. */
export class StringPool {
  private readonly pool = new Map<string, string>();

  readonly intern = (s: string): string => {
    const kept = this.pool.get(s);
    if (kept !== undefined) return kept;
    this.pool.set(s, s);
    return s;
  };
}
