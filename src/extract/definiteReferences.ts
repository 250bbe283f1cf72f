// "the legion" in lower case, after "the Freedom of Russia Legion": a definite description naming a known entity.
import { GROUP_NOUNS } from './gazetteers/words.ts';
import type { DocumentEntities } from './documentEntities.ts';
import { headWord } from './names.ts';
import type { Token } from './tokenize.ts';

/** Adds a mention wherever "the <head>" repeats the head noun of exactly one organization named earlier. */
export function addDefiniteReferences(found: DocumentEntities, tokens: Token[]): void {
  const byHead = new Map<string, number[]>();
  for (const e of found.entities) {
    if (e.type !== 'Organization' || e.identity.institution) continue;
    const head = headWord(e.label);
    if (GROUP_NOUNS.has(head) && head !== 'group') byHead.set(head, [...(byHead.get(head) ?? []), e.id]);
  }
  const taken = new Set(found.mentions.flatMap((m) => Array.from({ length: m.last - m.first }, (_, k) => m.first + k)));
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    const ids = byHead.get(t.text);
    if (!ids || ids.length !== 1 || taken.has(i) || tokens[i - 1].lower !== 'the') continue;
    const entity = found.entities[ids[0]];
    if (entity.mentions[0].start > t.start) continue;
    found.mentions.push({
      first: i,
      last: i + 1,
      start: t.start,
      end: t.end,
      name: t.text,
      sentence: t.sentence,
      type: 'Organization',
      modifier: false,
      entity: entity.id,
    });
    entity.mentions.push({ start: t.start, end: t.end });
    if (!entity.aliases.some((a) => a.toLowerCase() === t.text)) entity.aliases.push(t.text);
  }
  found.mentions.sort((a, b) => a.start - b.start);
  for (const e of found.entities) e.mentions.sort((a, b) => a.start - b.start);
}
