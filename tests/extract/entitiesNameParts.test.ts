// What belongs to a name: numbers of units and courts, possessive collectives, particles, syndicate suffixes; and
// capitalized phrases that name no entity (laws, operations' code names, regional adjectives).
import { describe, expect, it } from 'vitest';
import { extractText } from './extractText.ts';

const labelsOf = (text: string) => extractText(text).entities.flatMap((e) => e.aliases);

describe('the words a name holds', () => {
  it.each([
    ['The 7th Circuit Court of Appeals ruled on Friday.', '7th Circuit Court of Appeals'],
    ['Troops of the 47th Mechanized Brigade advanced.', '47th Mechanized Brigade'],
    ['Fighters overran the base of Border Battalion 214 at dawn.', 'Border Battalion 214'],
    ['The National People’s Assembly met on Monday.', 'National People’s Assembly'],
    ['Members of the Kestrel Farmers’ Union protested.', 'Kestrel Farmers’ Union'],
    ['Police said he belonged to the Okawa-gumi.', 'Okawa-gumi'],
    ['His daughter met Eduardo dos Ramos in Luanda.', 'Eduardo dos Ramos'],
    ['Treasury named Frutas Unidas S.A. de C.V. on Friday.', 'Frutas Unidas S.A. de C.V.'],
    // A known place's name, a particle and a name: another place.
    ['Rebels attacked a village in Zamboanga del Norte province.', 'Zamboanga del Norte province'],
    ['Troops moved into Zamboanga del Sur on Monday.', 'Zamboanga del Sur'],
  ])('%s: names %s', (text, name) => {
    expect(labelsOf(text)).toContain(name);
  });

  it.each([
    // A year after a unit is no number of it; a person's possessive is no name's.
    ['The Army 2024 budget grew.', 'Army 2024'],
    ['Lena Ivanova’s Security Council met.', 'Lena Ivanova’s Security Council'],
    // A particle before a word in lower case is no name's.
    ['Troops held Zamboanga de facto by Monday.', 'Zamboanga de facto'],
  ])('%s: no name %s', (text, name) => {
    expect(labelsOf(text)).not.toContain(name);
  });
});

describe('capitalized phrases that name no entity', () => {
  it.each([
    ['Penalties under the Kingpin Act range from fines to prison.', 'Kingpin Act'],
    ['The leak, known as the Harbor Papers, named him.', 'Harbor Papers'],
    ['The police began the probe dubbed “Collector” in 2016.', 'Collector'],
    ['A police operation, code-named Flowing River, was carried out.', 'Flowing River'],
    ['A joint operation dubbed Sahara followed.', 'Sahara'],
    ['Vodafone keeps its North African assets.', 'North African'],
    ['Sri Lankan voters went to the polls.', 'Sri Lankan'],
    ['The video was released by the Islamic militant group.', 'Islamic'],
    ['State Counsellor Aung Min Thu spoke on Monday.', 'State'],
  ])('%s: %s is no entity', (text, name) => {
    expect(labelsOf(text)).not.toContain(name);
  });

  it.each([
    ['A man named Jose Ruiz was held.', 'Jose Ruiz'],
    ['Fighters of the group, dubbed Ansar Kestrel by locals, fled.', 'Ansar Kestrel'],
  ])('%s: %s is still an entity', (text, name) => {
    expect(labelsOf(text)).toContain(name);
  });
});

describe('a noun for what a person is, before the name', () => {
  it.each([
    ['The cabinet led by Social Democrat Ruta Kalnina took office.', 'Ruta Kalnina', 'Social Democrat'],
    ['New Zealander Graeme Hartley is $1 billion richer.', 'Graeme Hartley', undefined],
    ['Republican Tomas Brandt won the seat.', 'Tomas Brandt', undefined],
    ['Australian Mehdi Karimi was sanctioned.', 'Mehdi Karimi', undefined],
    // Abbreviated titles written without their stop.
    ['British PM Cameron named his cabinet.', 'Cameron', undefined],
    ['Capt Dineo Mokoena said the men were held.', 'Dineo Mokoena', undefined],
    ['Messrs Bongani Shongwe and Samuel Ezenwa appeared in court.', 'Bongani Shongwe', undefined],
  ])('%s: the person is %s, the party %s', (text, person, party) => {
    const entities = extractText(text).entities;
    expect(entities.find((e) => e.type === 'Person')?.label).toBe(person);
    expect(entities.find((e) => e.type === 'Organization')?.label).toBe(party);
  });

  it.each([
    // An organization's word, a common word of the text or a second nationality after the noun: one name.
    ['Shares of British American Tobacco fell.', 'British American Tobacco'],
    ['The Kurdish Red Crescent said red tape slowed the aid.', 'Kurdish Red Crescent'],
    ['Chinese Dragon Alliance members were arrested.', 'Chinese Dragon Alliance'],
  ])('%s: %s stays whole', (text, name) => {
    expect(labelsOf(text)).toContain(name);
  });
});

describe('a title of one name with no holder after it', () => {
  it.each([
    ['“We are pleased,” said Jane Roe, chairman and CEO of Harwick, in a release.', 'Harwick'],
    ['“It is done,” said Tom Roe, the Chairman of Norvane, on Monday.', 'Norvane'],
  ])('%s: the role is of %s, which is an entity', (text, name) => {
    expect(labelsOf(text)).toContain(name);
    expect(labelsOf(text).some((l) => / of /.test(l))).toBe(false);
  });

  it.each([
    // A title's own word after "of" names no entity: the office is a title.
    ['The Minister of Defence resigned on Monday.', 'Defence'],
    ['The Chief of Staff resigned on Monday.', 'Staff'],
  ])('%s: %s is no entity', (text, name) => {
    expect(labelsOf(text)).not.toContain(name);
  });
});

describe('shorter names of one entity', () => {
  it.each([
    ['State Counsellor Aung Min Thu spoke. AMT said no.', 'Aung Min Thu', 'AMT'],
    [
      'The 7th U.S. Circuit Court of Appeals ruled. The Court of Appeals said so.',
      '7th U.S. Circuit Court of Appeals',
      'Court of Appeals',
    ],
    ['Vicente “El Halcon” Ruiz was arrested on Monday.', 'Vicente Ruiz', 'El Halcon'],
  ])('%s: %s is also %s', (text, full, short) => {
    const entity = extractText(text).entities.find((e) => e.aliases.includes(full));
    expect(entity?.aliases).toContain(short);
  });

  it('keeps a party apart from a longer party its name ends', () => {
    const entities = extractText('The Liberal Democratic Party won. The Democratic Party lost.').entities;
    const liberal = entities.find((e) => e.aliases.includes('Liberal Democratic Party'));
    expect(liberal?.aliases).not.toContain('Democratic Party');
  });
});
