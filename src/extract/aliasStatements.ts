// Places where a text says two names are one: "Sudanese Armed Forces (SAF)", "Dagalo, widely known as Hemedti".
import type { Mention } from './mentions.ts';
import type { Token } from './tokenize.ts';

const KNOWN_AS = [
  ['known', 'as'],
  ['also', 'known', 'as'],
  ['widely', 'known', 'as'],
  ['better', 'known', 'as'],
  ['commonly', 'known', 'as'],
  ['nicknamed'],
  ['dubbed'],
  ['also', 'called'],
  ['formerly', 'known', 'as'],
];

/** Pairs of mentions the text itself equates. */
export function aliasStatements(mentions: Mention[], tokens: Token[]): [Mention, Mention][] {
  const pairs: [Mention, Mention][] = [];
  const sorted = [...mentions].filter((m) => !m.modifier).sort((a, b) => a.first - b.first);
  for (let k = 0; k + 1 < sorted.length; k++) {
    const a = sorted[k];
    const b = sorted[k + 1];
    const between = tokens.slice(a.last, b.first).map((t) => t.lower);
    // "CAIRO (AP) —" is a dateline, not an alias: only names of one kind, neither of them an outlet, are equated.
    const sameKind =
      a.type === b.type && a.type !== 'Location' && a.known?.kind !== 'media' && b.known?.kind !== 'media';
    const parenthesized = sameKind && between.length === 1 && between[0] === '(' && tokens[b.last]?.text === ')';
    const words = between[0] === ',' ? between.slice(1) : between;
    const knownAs = KNOWN_AS.some((phrase) => phrase.length === words.length && phrase.every((w, i) => words[i] === w));
    if (parenthesized || knownAs) pairs.push([a, b]);
  }
  return pairs;
}
