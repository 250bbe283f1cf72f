// Types that a name's own words or the words around it decide: outlets, parties and groups, places after "in the".
import { describe, expect, it } from 'vitest';
import { extractText } from './extractText.ts';

const typeOf = (text: string, name: string) =>
  extractText(text).entities.find((e) => e.label === name || e.aliases.includes(name))?.type;

describe('types from the name and its context', () => {
  it.each([
    // Outlets by the words that end or open their names, whatever verb follows.
    ['Northland Independent reported the vote.', 'Northland Independent', 'Organization'],
    ['The Daily Lantern reported that the mayor won.', 'Daily Lantern', 'Organization'],
    ['Kestrel Star said the talks failed.', 'Kestrel Star', 'Organization'],
    ['Quonset Chronicle reported the story first.', 'Quonset Chronicle', 'Organization'],
    ['Speaking to Channel Kestrel, the minister said no.', 'Channel Kestrel', 'Organization'],
    ['Troops moved through Vorskovo at dawn.', 'Vorskovo', 'Location'],
    // A noun or a member's role after the name.
    ['The opposition Tisza party won the most seats.', 'Tisza', 'Organization'],
    ['The Kestrel newspaper reported the raid.', 'Kestrel', 'Organization'],
    ['Two Ravenmoor members were arrested in the raid.', 'Ravenmoor', 'Organization'],
    ['Hells Angels member Neil Brody was charged.', 'Hells Angels', 'Organization'],
    ['Ravenmoor leader Ivan Petrov spoke.', 'Ravenmoor', 'Organization'],
    // A place after "in the", "across the".
    ['Fighting raged in the Ostmark and across the Vardar.', 'Ostmark', 'Location'],
    // A place's head word before "of"; an organization's stays one.
    ['Ships crossed the Gulf of Aden at night.', 'Gulf of Aden', 'Location'],
    ['The Strait of Hormuz was closed.', 'Strait of Hormuz', 'Location'],
    ['The Bank of Examplia raised rates.', 'Bank of Examplia', 'Organization'],
    // An apposition's head noun, not a noun that modifies it; a known name in capitals with its possessive.
    ['Police charged Emeka Obi, a former bank manager, with fraud.', 'Emeka Obi', 'Person'],
    ['Sanctions hit Delta Vann, a gold-mining firm.', 'Delta Vann', 'Organization'],
    ["SONY'S OBJECTIONS\n\nSony said it would appeal.", 'Sony', 'Organization'],
    // Look-alikes: a person's name, a person who reported, a product before "maker".
    ['Emily Star said she would run.', 'Emily Star', 'Person'],
    ['Anna Petrova reported from the front.', 'Anna Petrova', 'Person'],
  ])('%s: %s is %s', (text, name, type) => {
    expect(typeOf(text, name)).toBe(type);
  });

  it.each([
    ['Shares of "Skyfall" maker Pinewood rose.', 'Skyfall'],
    ['The firm is rolling out its 5G network.', 'G'],
    ['Prosecutors said the money was lost.', 'Prosecutors'],
    ['Investigators found the car.', 'Investigators'],
    ['Al-Qaeda in the Western Maghreb claimed the attack.', 'Western Maghreb'],
  ])('%s: %s is no entity of its own', (text, name) => {
    expect(typeOf(text, name)).toBeUndefined();
  });
});
