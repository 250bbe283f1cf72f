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
    // An acronym beside ordinary words, a business word, a brand's inner capital: a company, not a person.
    ['Voicestream Wireless PCS grew quickly.', 'Voicestream Wireless PCS', 'Organization'],
    ['The deal was reported by ANSO English.', 'ANSO English', 'Organization'],
    ['Bharti Global will buy the stake.', 'Bharti Global', 'Organization'],
    ['AB InBev agreed to pay.', 'AB InBev', 'Organization'],
    ['The report by Norvik DPCI was leaked.', 'Norvik DPCI', 'Organization'],
    // Look-alikes: a known given name first, a Roman numeral, a Scottish or Irish prefix.
    ['David Global said he would run.', 'David Global', 'Person'],
    ['Henrik Sorensen III was charged.', 'Henrik Sorensen III', 'Person'],
    ['Angus McAllister was charged.', 'Angus McAllister', 'Person'],
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

describe('types from the phrase a name is in', () => {
  it.each([
    // A company's legal form, and "& Co."; an outlet's "Magazine"; a compound of a known organization's name.
    ['Activist investor Kestrel Value LP called for a merger.', 'Kestrel Value LP', 'Organization'],
    ['He bought the shares of telecoms provider Norvane Europe NV.', 'Norvane Europe NV', 'Organization'],
    ['Investors sued Harlan Brooks & Co. over the losses.', 'Harlan Brooks & Co.', 'Organization'],
    ['She was named by Northwind Magazine as the richest woman.', 'Northwind Magazine', 'Organization'],
    ['The combined business, named Harlow-Reuters, will list in May.', 'Harlow-Reuters', 'Organization'],
    // A name opened by a Spanish or French plural article, or by an Arabic word for a group.
    ['Jose Perez, the leader of Los Halcones, escaped from jail.', 'Los Halcones', 'Organization'],
    ['Both men are tied to La Nueva Hermandad, an armed group.', 'La Nueva Hermandad', 'Organization'],
    ['The ambush was claimed by Katiba Sahel and Ansar al-Wadi.', 'Katiba Sahel', 'Organization'],
    ['The ambush was claimed by Katiba Sahel and Ansar al-Wadi.', 'Ansar al-Wadi', 'Organization'],
    // A street's suffix; villages named together; where someone is from; a dateline in capitals.
    ['Protesters marched along Ostrava Avenue on Sunday.', 'Ostrava Avenue', 'Location'],
    ['Traffic stopped on Kellan Road after the blast.', 'Kellan Road', 'Location'],
    ['Fighters seized the camp near Ta Lwin and Kyauk Mo villages.', 'Kyauk Mo', 'Location'],
    ['Ana Toa, 21 from Brackwater, a member of the gang, appeared in court.', 'Brackwater', 'Location'],
    ['Headline\n\nBRACKWATER – A federal court ruled on Friday.', 'BRACKWATER', 'Location'],
    // A person named after a place that ends in a capitalized division word.
    ['Police arrested the former governor of Norland State, Emeka Ode, on Monday.', 'Emeka Ode', 'Person'],
  ])('%s: %s is %s', (text, name, type) => {
    expect(typeOf(text, name)).toBe(type);
  });

  it.each([
    // A person's honour after the name is none; a nickname opened by "El" is still a person's.
    ['The lawyer, Ada Obi, SAN, will lead the team.', 'SAN'],
  ])('%s: %s is no entity of its own', (text, name) => {
    expect(typeOf(text, name)).toBeUndefined();
  });

  it.each([
    ['Vicente “El Gallo” Ruiz was arrested. El Gallo denied it.', 'Vicente Ruiz', 'Person'],
    ['Police in Santa Rosa said the town was calm.', 'Santa Rosa', 'Location'],
    ['NEW RULES – what changes on Monday', 'Monday', undefined],
    ['Jane Roe, a member of the council, spoke in Brackwater.', 'Jane Roe', 'Person'],
  ])('%s: %s stays %s', (text, name, type) => {
    expect(typeOf(text, name)).toBe(type);
  });
});

describe("a country's formal name", () => {
  it.each([
    ['The ministers swore to serve the Republic of Lithuania.', 'Republic of Lithuania', 'Lithuania'],
    ['The Kingdom of Saudi Arabia denied it.', 'Kingdom of Saudi Arabia', 'Saudi Arabia'],
    // A formal name of another country than the one it ends with is matched whole.
    ['The Republic of Korea agreed to the talks.', 'Republic of Korea', 'South Korea'],
    ['The Republic of China protested.', 'Republic of China', 'Taiwan'],
  ])('%s: %s is %s', (text, name, label) => {
    expect(extractText(text).entities.find((e) => e.aliases.includes(name))?.label).toBe(label);
  });

  it('leaves a form of a state before a common word alone', () => {
    expect(extractText('The State of Emergency ended on Monday.').entities.some((e) => e.type === 'Location')).toBe(
      false,
    );
  });
});

describe('one name of several words that its mentions type two ways', () => {
  it('is one entity, on a tied vote a place rather than a person', () => {
    const text = 'Attacks spread to Marco da Praia in the northwest. Marco da Praia town was calm.';
    const holders = extractText(text).entities.filter((e) => e.aliases.includes('Marco da Praia'));
    expect(holders.map((e) => e.type)).toEqual(['Location']);
  });
});
