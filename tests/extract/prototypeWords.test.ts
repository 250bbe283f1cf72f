// Words of a document are looked up in the gazetteers by their text; a word that happens to name a property every
// JavaScript object has ("constructor", "toString") must be looked up like any other word, not found on the object.
import { describe, expect, it } from 'vitest';
import { extractText, relationLabel } from './extractText.ts';

const PROTOTYPE_WORDS = Object.getOwnPropertyNames(Object.prototype);
/** Words no gazetteer lists, to compare with: one of each shape, since a capital inside a word is itself a cue. */
const PLAIN = 'plasterer';
const PLAIN_CAMEL = 'plasterWorker';
const plainLike = (word: string) => (/.\p{Lu}/u.test(word) ? PLAIN_CAMEL : PLAIN);
const TEMPLATES = [
  'Acme Corp hired a builder. The {w} said it would finish in May.',
  'Jane Roe visited Halden. The {w} Kendo Torva met her there.',
  'Kendo Torva, the {w} of Acme Corp, said the Northern Front {w} was ready.',
  'Acme Corp {w} Kendo Torva was {w}-backed by the Northern Front.',
  // A title before a name is looked up lower-cased; this one is written as a word that begins a sentence is.
  'Jane Roe visited Halden. {W} Kendo Torva met her there.',
];
const capitalized = (w: string) => w[0].toUpperCase() + w.slice(1);

/** What the extraction of `text` finds, with `word` written as the plain word, so that two texts can be compared. */
function found(text: string, word: string, like: string): string[] {
  const x = extractText(text);
  const plain = (s: string) => s.replaceAll(word, like).replaceAll(capitalized(word), capitalized(like));
  return [
    ...x.entities.map((e) => `${plain(e.label)}/${e.type}`),
    ...x.relations.map((r) => plain(relationLabel(x, r))),
    ...x.claims.map((c) => plain(c.text)),
  ];
}

describe('words that name properties of every object', () => {
  it.each(PROTOTYPE_WORDS)('"%s" is read as an ordinary word', (word) => {
    // "__proto__" has no capitalized form to begin a sentence with.
    for (const template of TEMPLATES.filter((t) => /^[a-z]/.test(word) || !t.includes('{W}'))) {
      const fill = (w: string) => template.replaceAll('{w}', w).replaceAll('{W}', capitalized(w));
      const like = plainLike(word);
      expect(found(fill(word), word, like), fill(word)).toEqual(found(fill(like), like, like));
    }
  });
});
