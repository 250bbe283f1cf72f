// Clause boundaries, relative clauses, subjects and quotations, from the phrases and verb groups of a sentence.
import { SPEECH_VERBS } from '../gazetteers/words.ts';
import type { Token } from '../tokenize.ts';
import { isParticiple } from './chunk.ts';
import type { Clause, NounPhrase, Quotation, VerbGroup } from './types.ts';

const RELATIVE = new Set(['who', 'which', 'whom', 'whose', 'where']);
const SUBORDINATORS = new Set([
  'because',
  'although',
  'though',
  'while',
  'whereas',
  'if',
  'unless',
  'since',
  'when',
  'after',
  'before',
  'until',
  'as',
]);
const ALWAYS_SUBORDINATING = new Set(['while', 'because', 'when']);
const DAY_WORDS = new Set(['today', 'yesterday', 'tonight', 'tomorrow']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me']);
const OPEN_QUOTES = new Set(['“', '"', '‘']);
const CLOSE_QUOTES = new Set(['”', '"', '’']);

/** Whether token `i` is inside an open parenthesis of its sentence: "Rostelecom (NYSE: ROS; RTS: RTKM)". */
function inParentheses(tokens: Token[], first: number, i: number): boolean {
  for (let k = i - 1; k >= first; k--) {
    if (tokens[k].text === ')') return false;
    if (tokens[k].text === '(') return true;
  }
  return false;
}

/** Where a new clause starts, and its kind: "who" / "which" (relative), "that" / "because" (complement, adverbial). */
function clauseStart(
  tokens: Token[],
  first: number,
  i: number,
  phrases: NounPhrase[],
  phraseAt: (i: number) => number,
): Clause['kind'] | null {
  const t = tokens[i];
  if (phraseAt(i) >= 0) return null;
  if (RELATIVE.has(t.lower)) return 'relative';
  if (t.lower === 'that') {
    const before = phraseAt(i - 1);
    // "the group that attacked": a relative clause after a noun; "said that", "told Reuters that": a complement.
    const object = before >= 0 && SPEECH_VERBS.has(tokens[phrases[before].first - 1]?.lower ?? '');
    return before >= 0 && !object && phrases[before].preposition === null ? 'relative' : 'complement';
  }
  // "“We are returning home,” he declared": the words after a closed quotation are a clause of their own; but the
  // semicolons and colons of a ticker list in parentheses open none.
  if (
    ((t.text === ';' || t.text === ':') && !inParentheses(tokens, first, i)) ||
    (CLOSE_QUOTES.has(t.text) && [',', '.', '?', '!'].includes(tokens[i - 1]?.text))
  )
    return 'main';
  // "when" opens a clause however it was tagged ("erupted in July when X clashed with Y"); "after" may be a preposition.
  if (SUBORDINATORS.has(t.lower) && (t.pos === 'SCONJ' || ALWAYS_SUBORDINATING.has(t.lower))) return 'adverbial';
  return null;
}

/**
 * Splits the sentence into clauses and gives each its verbs, its subject and, for a relative clause, the phrase
 * it describes. A relative clause opened after a comma ends at the next comma; others run to the next boundary.
 */
export function findClauses(
  tokens: Token[],
  first: number,
  last: number,
  phrases: NounPhrase[],
  verbs: VerbGroup[],
  phraseAt: (i: number) => number,
): Clause[] {
  const clauses: Clause[] = [{ first, last, kind: 'main', antecedent: null, subject: null, verbs: [], parent: null }];
  const stack: number[] = [0];
  const closeAtComma: boolean[] = [false];
  const clauseOfToken = new Int32Array(last - first);
  let appositionIn = -1;
  for (let i = first; i < last; i++) {
    const t = tokens[i];
    const current = stack[stack.length - 1];
    // "Oromia, where another insurgency, the OLA, has fought": before the clause's verb, a phrase between two commas
    // is an apposition inside it; any other comma closes the clause.
    if (t.text === ',' && closeAtComma[current] && stack.length > 1) {
      if (appositionIn === current) {
        appositionIn = -1;
        clauseOfToken[i - first] = current;
        continue;
      }
      const next = phraseAt(i + 1);
      const verbBefore = verbs.some((v) => v.head >= clauses[current].first && v.head < i);
      if (!verbBefore && next >= 0 && phrases[next].first === i + 1 && tokens[phrases[next].last]?.text === ',') {
        appositionIn = current;
        clauseOfToken[i - first] = current;
        continue;
      }
      clauses[current].last = i;
      stack.pop();
      clauseOfToken[i - first] = stack[stack.length - 1];
      continue;
    }
    const kind = clauseStart(tokens, first, i, phrases, phraseAt);
    if (kind === 'main') {
      for (const c of stack) clauses[c].last = Math.min(clauses[c].last, i);
      clauses.push({ first: i + 1, last, kind, antecedent: null, subject: null, verbs: [], parent: null });
      closeAtComma[clauses.length - 1] = false;
      stack.length = 0;
      stack.push(clauses.length - 1);
      clauseOfToken[i - first] = clauses.length - 1;
      continue;
    }
    if (kind) {
      let antecedent: number | null = null;
      if (kind === 'relative') {
        const before = tokens[i - 1]?.text === ',' ? i - 2 : i - 1;
        let p = before >= first ? phraseAt(before) : -1;
        // "Jaich al-Ahrar, an influential figure in Idleb Province, who …": after a comma, "who" is about the person
        // an apposition with prepositional phrases renames (not in "the partnership between Arnault, who …").
        let described = p;
        while (
          described >= 0 &&
          phrases[described].preposition !== null &&
          phrases[described].attachedTo?.kind === 'phrase'
        )
          described = phrases[described].attachedTo!.index;
        if (t.lower === 'who' && before === i - 2 && described !== p && phrases[described].appositionOf !== null)
          p = described;
        antecedent = p >= 0 ? (phrases[p].appositionOf ?? p) : null;
      }
      // A clause that starts a new one at the same level ("…, because …") closes the one before.
      if (kind !== 'relative' && closeAtComma[current] === false && clauses[current].kind !== 'main') {
        clauses[current].last = i;
        stack.pop();
      }
      clauses.push({ first: i, last, kind, antecedent, subject: null, verbs: [], parent: stack[stack.length - 1] });
      // By clause index: a main clause after a quotation has an entry too.
      closeAtComma[clauses.length - 1] = kind === 'relative' && tokens[i - 1]?.text === ',';
      stack.push(clauses.length - 1);
    }
    clauseOfToken[i - first] = stack[stack.length - 1];
  }
  phrases.forEach((phrase) => (phrase.clause = clauseOfToken[phrase.first - first]));
  verbs.forEach((verb, v) => {
    verb.clause = clauseOfToken[verb.head - first];
    clauses[verb.clause].verbs.push(v);
  });
  linkVerbCoordination(tokens, verbs, phrases);
  clauses.forEach((clause, c) => (clause.subject = subjectOf(tokens, clause, c, phrases, verbs)));
  return clauses;
}

/** "said the strikes were proportionate and told the BBC": a verb after "and" with no subject between shares one. */
function linkVerbCoordination(tokens: Token[], verbs: VerbGroup[], phrases: NounPhrase[]): void {
  for (let v = 1; v < verbs.length; v++) {
    const before = tokens[verbs[v].first - 1];
    if (before?.lower !== 'and' && before?.lower !== 'but' && before?.lower !== 'or') continue;
    // "telephoned her and promised": an object pronoun is no subject of its own.
    const subjectBetween = phrases.some(
      (p) =>
        p.first >= verbs[v - 1].last &&
        p.last <= verbs[v].first &&
        p.preposition === null &&
        !(p.last === p.first + 1 && OBJECT_PRONOUNS.has(tokens[p.first].lower)),
    );
    // Back to the verb of saying when the one just before is inside what was said.
    let w = v - 1;
    if (subjectBetween) {
      while (w >= 0 && !SPEECH_VERBS.has(tokens[verbs[w].head].lower)) w--;
      // "said that the RSF had violated … and had occupied …": inside a clause of its own and with no comma before
      // the "and", the verb before it ("said that …, but denied …" goes back to the verb of saying).
      if (w >= 0 && verbs[w].clause !== verbs[v].clause && tokens[verbs[v].first - 2]?.text !== ',') w = v - 1;
      else if (w < 0) continue;
    } else if (tokens[verbs[v].first - 2]?.text === ',') {
      // "said the unit was part of X, but denied …": after a comma, back past what was said to the verb of saying.
      let speech = v - 2;
      while (speech >= 0 && !SPEECH_VERBS.has(tokens[verbs[speech].head].lower)) speech--;
      const reported = (p: NounPhrase) =>
        p.first >= verbs[speech].last && p.last <= verbs[v - 1].first && p.preposition === null;
      if (speech >= 0 && verbs[speech].clause === verbs[v].clause && phrases.some(reported)) w = speech;
    }
    verbs[v].coordinatedWith = verbs[w].coordinatedWith ?? w;
  }
}

/** The phrase a phrase stands for as an argument: the first of an apposition. */
const anchorOf = (phrases: NounPhrase[], p: number): number => phrases[p].appositionOf ?? p;

function subjectOf(
  tokens: Token[],
  clause: Clause,
  c: number,
  phrases: NounPhrase[],
  verbs: VerbGroup[],
): number | null {
  const firstVerb = clause.verbs.find(
    (v) => verbs[v].coordinatedWith === null || verbs[verbs[v].coordinatedWith!].clause !== c,
  );
  if (firstVerb === undefined) return null;
  let verb = verbs[firstVerb];
  // "Speaking to the BBC, Ivan Dorn said", "Citing X, the army closed", "Located near the border, Idlib is held
  // by …", "Often referred to as …, Wagner fighters have": an opening participle and its phrases, up to a comma,
  // have the subject of the verb after them.
  let opening = clause.first;
  while (opening < verb.first && tokens[opening].pos === 'ADV') opening++;
  const participle = verb.head === verb.first && isParticiple(tokens[verb.head].lower);
  if (clause.kind === 'main' && verb.first === opening && (tokens[verb.head].lower.endsWith('ing') || participle)) {
    let comma = verb.last;
    while (comma < clause.last && tokens[comma].text !== ',') comma++;
    const after = clause.verbs.find((v) => verbs[v].first > comma);
    if (after !== undefined) verb = verbs[after];
  }
  // "who heads the consultancy": the relative pronoun is the subject, standing for the antecedent.
  if (clause.kind === 'relative' && clause.antecedent !== null) {
    // The possessor is part of the subject phrase: "where the army’s headquarters is located".
    const own = phrases.findIndex(
      (p, q) => p.clause === c && p.first < verb.first && p.preposition === null && phrases[q + 1]?.possessor !== q,
    );
    // "which he has used": a phrase right after the relative pronoun is the subject, the pronoun the object.
    const opener = tokens[clause.first].lower;
    if (own < 0 || ((opener === 'who' || opener === 'which') && phrases[own].first !== clause.first + 1))
      return clause.antecedent;
    return own;
  }
  let subject: number | null = null;
  for (let p = 0; p < phrases.length && phrases[p].last <= verb.first; p++) {
    const phrase = phrases[p];
    if (phrase.clause !== c || phrase.preposition !== null || phrase.appositionOf !== null) continue;
    // "Dennis Basic, 33, appeared", "Ivan Dorn (53) appeared": an age is not the subject.
    if (
      phrase.last - phrase.first === 1 &&
      tokens[phrase.first].pos === 'NUM' &&
      (tokens[phrase.first - 1]?.text === ',' || tokens[phrase.first - 1]?.text === '(')
    )
      continue;
    if (phrase.conjunctOf !== null && phrases[phrase.conjunctOf].clause === c) continue;
    if (phrase.attachedTo?.kind === 'phrase') continue;
    // "X today announced": a day word before the verb says when, not who; "X (NYSE: XT) announced": an aside.
    if (phrase.last - phrase.first === 1 && DAY_WORDS.has(tokens[phrase.first].lower)) continue;
    if (inParentheses(tokens, clause.first, phrase.first)) continue;
    // The possessor is part of the subject phrase: "the group’s leader said" is about the leader.
    if (p + 1 < phrases.length && phrases[p + 1].possessor === p) continue;
    subject = anchorOf(phrases, p);
  }
  if (subject !== null) return subject;
  // "…, said Ivan Petrov": the speaker after an inverted verb of saying.
  if (SPEECH_VERBS.has(tokens[verb.head].lower)) {
    const after = phrases.findIndex((p) => p.first === verb.last && p.preposition === null);
    if (after >= 0) return after;
  }
  return null;
}

/** Quoted stretches, each with its speaker: "“…,” said X", "“…,” X said", "X said: “…”". */
export function findQuotations(
  tokens: Token[],
  first: number,
  last: number,
  verbs: VerbGroup[],
  clauses: Clause[],
): Quotation[] {
  const quotations: Quotation[] = [];
  for (let i = first; i < last; i++) {
    if (!OPEN_QUOTES.has(tokens[i].text)) continue;
    let j = i + 1;
    while (j < last && !CLOSE_QUOTES.has(tokens[j].text)) j++;
    if (j - i < 3) {
      i = j;
      continue;
    }
    const speech = (v: VerbGroup) => SPEECH_VERBS.has(tokens[v.head].lower);
    // "“…,” said X", "“…,” X said", "“…,” Example Front spokesman Ivan Dorn said": the first verb after the quotation.
    const next = verbs.find((v) => v.first > j);
    const after = next && next.first <= j + 10 && speech(next) ? next : undefined;
    const before = [...verbs].reverse().find((v) => v.last <= i && v.last >= i - 2 && speech(v));
    const verb = after ?? before;
    quotations.push({ first: i + 1, last: j, speaker: verb ? clauses[verb.clause].subject : null });
    // Quotes inside the quotation do not open new ones.
    i = j;
  }
  return quotations;
}
