// Definite descriptions that name an entity the document has named before: "the legion" after "the Freedom of
// Russia Legion", "the armed forces" in a story about one country's army.
import { GROUP_NOUNS } from './gazetteers/words.ts';
import type { DocumentEntities } from './documentEntities.ts';
import { phraseAt } from './institutions.ts';
import { headWord } from './names.ts';
import type { Token } from './tokenize.ts';
import { addTo } from './multiMap.ts';

/** Generic words that would make "the X" refer to any group: "the group" is resolved as a reference instead. */
const TOO_GENERIC = new Set(['group']);

/**
 * Adds a mention wherever "the <head>" repeats the head noun of exactly one organization named earlier, or
 * "the <institution>" ("the army", "the defence ministry") names the one institution of that kind the document has.
 */
export function addDefiniteReferences(found: DocumentEntities, tokens: Token[]): void {
  const byHead = new Map<string, number[]>();
  const byKind = new Map<string, number[]>();
  for (const e of found.entities) {
    if (e.type !== 'Organization') continue;
    const kind = e.identity.institution?.split(':')[0];
    if (kind) addTo(byKind, kind, e.id);
    const head = headWord(e.label);
    if (!kind && GROUP_NOUNS.has(head) && !TOO_GENERIC.has(head)) addTo(byHead, head, e.id);
  }
  // Whether a mention covers each token (a mention added here covers tokens this loop has passed).
  const taken = new Uint8Array(tokens.length);
  for (const m of found.mentions) taken.fill(1, m.first, m.last);
  const words = tokens.map((t) => t.lower);
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i - 1].lower !== 'the' || taken[i] || tokens[i].text !== tokens[i].lower) continue;
    const phrase = phraseAt(words, i, Math.min(tokens.length, i + 4));
    const ids = phrase ? byKind.get(phrase.kind) : byHead.get(tokens[i].text);
    if (!ids || ids.length !== 1) continue;
    const length = phrase?.length ?? 1;
    if ([...Array(length).keys()].some((k) => taken[i + k] || tokens[i + k].sentence !== tokens[i].sentence)) continue;
    const entity = found.entities[ids[0]];
    if (entity.mentions[0].start > tokens[i].start) continue;
    const last = i + length;
    const span = { start: tokens[i].start, end: tokens[last - 1].end };
    const name = tokens
      .slice(i, last)
      .map((t) => t.text)
      .join(' ');
    found.mentions.push({
      first: i,
      last,
      ...span,
      name,
      sentence: tokens[i].sentence,
      type: 'Organization',
      modifier: false,
      entity: entity.id,
    });
    entity.mentions.push(span);
    if (!entity.aliases.some((a) => a.toLowerCase() === name)) entity.aliases.push(name);
    i = last - 1;
  }
  found.mentions.sort((a, b) => a.start - b.start);
  for (const e of found.entities) e.mentions.sort((a, b) => a.start - b.start);
}
