// Sentence structure for a whole document, one sentence at a time: phrases, verb groups, links, clauses, quotations.
import type { Sentence, Token } from '../tokenize.ts';
import { nounPhrases, verbGroups } from './chunk.ts';
import { findClauses, findQuotations } from './clauses.ts';
import { attachPrepositions, linkAppositions, linkCoordination, linkNamings, linkSemicolonLists } from './links.ts';
import type { NounPhrase, SentenceStructure, StructureInput } from './types.ts';

export type * from './types.ts';

/** The structure of the sentence `s`. */
export function sentenceStructure(
  tokens: Token[],
  sentences: Sentence[],
  s: number,
  input: StructureInput,
): SentenceStructure {
  const { first, last } = sentences[s];
  const phrases = nounPhrases(tokens, input, first, last);
  const phraseAt = new Int32Array(last - first).fill(-1);
  phrases.forEach((p, index) => phraseAt.fill(index, p.first - first, p.last - first));
  const inPhrase = (i: number) => i >= first && i < last && phraseAt[i - first] >= 0;
  const verbs = verbGroups(tokens, first, last, inPhrase);
  const verbAt = new Int32Array(last - first).fill(-1);
  verbs.forEach((v, index) => verbAt.fill(index, v.first - first, v.last - first));
  attachPrepositions(tokens, phrases, verbs);
  linkAppositions(tokens, phrases, last);
  linkCoordination(tokens, phrases);
  linkSemicolonLists(tokens, phrases);
  linkNamings(tokens, phrases, verbs);
  const at = (i: number) => (i >= first && i < last ? phraseAt[i - first] : -1);
  const clauses = findClauses(tokens, first, last, phrases, verbs, at);
  const quotations = findQuotations(tokens, first, last, verbs, clauses);
  return { sentence: s, first, last, phrases, verbs, clauses, quotations, phraseAt, verbAt };
}

/** Every sentence's structure, computed once for all the rules. */
export function documentStructure(tokens: Token[], sentences: Sentence[], input: StructureInput): SentenceStructure[] {
  return sentences.map((_, s) => sentenceStructure(tokens, sentences, s, input));
}

/** The preposition a phrase stands under, its own or its list's ("in Syria and Iraq": "in" for Iraq too). */
export function prepositionOf(structure: SentenceStructure, p: number): number | null {
  const phrase: NounPhrase = structure.phrases[p];
  if (phrase.preposition !== null || phrase.conjunctOf === null) return phrase.preposition;
  return structure.phrases[phrase.conjunctOf].preposition;
}

/** The phrase `p` and the phrases coordinated with it: "the RVC and the Legion". */
export function withConjuncts(structure: SentenceStructure, p: number): number[] {
  const head = structure.phrases[p].conjunctOf ?? p;
  const list = [head];
  structure.phrases.forEach((phrase, q) => phrase.conjunctOf === head && list.push(q));
  return list;
}

/**
 * The subject of verb group `v`: that of the verb it is coordinated after ("said … and told"), else the last phrase
 * standing alone right before it, after the clause's verb before it ("said the unit was", "ordered his men to turn"), else
 * its clause's subject.
 */
export function subjectOfVerb(structure: SentenceStructure, v: number): number | null {
  const verb = structure.verbs[v];
  // "Norway said Ivan Dorn telephoned her and promised to": the subject of the verb it is coordinated with.
  if (verb.coordinatedWith !== null) return subjectOfVerb(structure, verb.coordinatedWith);
  const c = verb.clause;
  // "the alliance led by X": the phrase the participle describes (past the comma of "the group, founded by X").
  if (verb.reducedRelative) {
    // …and past a short name in parentheses: "Hayat Tahrir al-Sham (HTS), formed by …".
    const end = structure.phrases.findLastIndex(
      (p) =>
        p.last === verb.first || p.last === verb.first - 1 || (p.appositionOf !== null && p.last === verb.first - 2),
    );
    // "the Example Front (EF) party, led by X": a kind noun after the short form goes with the name before it.
    const short = structure.phrases[end - 1];
    const kind = structure.phrases[end];
    const kindAfterShort =
      end > 0 &&
      !kind.names.length &&
      kind.determiner === null &&
      short.appositionOf !== null &&
      short.last + 1 === kind.first;
    if (kindAfterShort) return short.appositionOf;
    if (end >= 0) {
      const described = structure.phrases[end];
      // The phrase the described one hangs on ("a splinter group of the Example Front, led by X"), unless only the
      // described one names something and no comma sets the participle off: in "the militias loyal to the Example
      // group led by X" the group is led.
      const up = described.attachedTo?.kind === 'phrase' ? described.attachedTo.index : end;
      const named = described.names.length > 0 && !structure.phrases[up].names.length;
      const anchor = named && described.last === verb.first ? end : up;
      return structure.phrases[anchor].appositionOf ?? structure.phrases[anchor].conjunctOf ?? anchor;
    }
  }
  let before = v - 1;
  while (before >= 0 && structure.verbs[before].clause !== c) before--;
  // "was the first step towards overthrowing X": a verb after a preposition has the subject of the verb before it.
  if (before >= 0 && verb.afterPreposition) return subjectOfVerb(structure, before);
  if (before >= 0) {
    const from = structure.verbs[before].last;
    let subject: number | null = null;
    // Right before the verb ("said the unit was"), and for an infinitive only a named one: "asked Dorn to go", but
    // "the desire to see", "vowed, this month, to fight".
    structure.phrases.forEach((p, q) => {
      if (p.clause !== c || p.first < from || p.last !== verb.first || p.preposition !== null) return;
      if (p.appositionOf !== null || p.attachedTo?.kind === 'phrase') return;
      if (verb.infinitive && p.names.length === 0) return;
      subject = p.conjunctOf ?? q;
    });
    if (subject !== null) return subject;
  }
  return structure.clauses[c].subject;
}

/** The innermost clause around token `i`: nested clauses come after the clause they are in. */
export function clauseAt(structure: SentenceStructure, i: number): number {
  for (let c = structure.clauses.length - 1; c > 0; c--) {
    const clause = structure.clauses[c];
    if (clause.first <= i && i < clause.last) return c;
  }
  return 0;
}

/** One line per phrase and verb group, for explain and the chunker tests: "[NP the commander] (of→0)". */
export function describeStructure(tokens: Token[], structure: SentenceStructure): string[] {
  const text = (first: number, last: number) =>
    tokens
      .slice(first, last)
      .map((t) => t.text)
      .join(' ');
  const chunks: { first: number; line: string }[] = [];
  structure.phrases.forEach((p, i) => {
    const marks = [
      p.preposition !== null
        ? `${tokens[p.preposition].lower}→${p.attachedTo?.kind === 'verb' ? 'V' : 'NP'}${p.attachedTo?.index ?? '?'}`
        : '',
      p.possessor !== null ? `poss NP${p.possessor}` : '',
      p.appositionOf !== null ? `appos NP${p.appositionOf}` : '',
      p.conjunctOf !== null ? `conj NP${p.conjunctOf}` : '',
      structure.clauses[p.clause].subject === i ? 'subj' : '',
    ].filter(Boolean);
    chunks.push({
      first: p.first,
      line: `NP${i} [${text(p.first, p.last)}]${marks.length ? ` (${marks.join(', ')})` : ''}`,
    });
  });
  structure.verbs.forEach((v, i) => {
    const marks = [
      v.voice,
      v.tense,
      v.negated ? 'negated' : '',
      v.infinitive ? 'infinitive' : '',
      v.coordinatedWith !== null ? `and V${v.coordinatedWith}` : '',
    ];
    chunks.push({ first: v.first, line: `V${i} [${text(v.first, v.last)}] (${marks.filter(Boolean).join(', ')})` });
  });
  structure.clauses.forEach((c, i) => {
    if (c.kind === 'main' && i === 0) return;
    const antecedent = c.antecedent !== null ? `, about NP${c.antecedent}` : '';
    chunks.push({ first: c.first, line: `clause ${c.kind}${antecedent}: ${text(c.first, c.last)}` });
  });
  structure.quotations.forEach((q) =>
    chunks.push({
      first: q.first,
      line: `quote (speaker ${q.speaker === null ? '?' : `NP${q.speaker}`}): ${text(q.first, q.last)}`,
    }),
  );
  return chunks.sort((a, b) => a.first - b.first).map((c) => c.line);
}
