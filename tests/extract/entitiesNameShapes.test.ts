// Name shapes that news prose uses and a rule reads by their construction: long names with "for the … of", facilities
// and local units named with a noun, titles with an object, words that look like names only where a sentence starts.
import { describe, expect, it } from 'vitest';
import { extractText } from './extractText.ts';

const entitiesOf = (text: string) => extractText(text).entities;
const aliasesOf = (text: string) => entitiesOf(text).flatMap((e) => e.aliases);
const typeOf = (text: string, name: string) => entitiesOf(text).find((e) => e.aliases.includes(name))?.type;

describe('long names and names with a noun', () => {
  it.each([
    // A head's "for the <noun>" goes on through the noun's "of" phrase, and its "and" before an acronym.
    [
      'The Movement for the Defence of Kestrel and Ravenmoor (MDKR) said so.',
      'Movement for the Defence of Kestrel and Ravenmoor',
    ],
    ['The Council for the Safeguarding of the Republic took power.', 'Council for the Safeguarding of the Republic'],
    ['The Group for the Support of Vardo and Muslims claimed it.', 'Group for the Support of Vardo and Muslims'],
    [
      'It came from the Office of the U.N. High Commissioner for Refugees.',
      'Office of the U.N. High Commissioner for Refugees',
    ],
    ['Police arrested members of the Varro family clan on Monday.', 'Varro family clan'],
    // "&" joins a name; a head's one-word object and another after "and"; a country's long name after "The".
    ['Agache would hold 27% of Kestrel Capital & Management (KCM).', 'Kestrel Capital & Management'],
    ['The Ministry of Land and Maritime Transportation said so.', 'Ministry of Land and Maritime Transportation'],
    ["The Democratic People's Republic of Korea protested.", "Democratic People's Republic of Korea"],
    // A common word before a given name at a sentence start is no part of the name.
    ['Billionaire John Kestrel moved to buy it. The billionaire is rich.', 'John Kestrel'],
  ])('%s: names %s', (text, name) => {
    expect(aliasesOf(text)).toContain(name);
  });

  it.each([
    ['Members were seen leaving the Vellmar hotel in the capital.', 'Vellmar hotel', 'Location'],
    ['Arms were shipped to the Korvo seaport last year.', 'Korvo seaport', 'Location'],
    ['An air strike hit the Varna refugee camp overnight.', 'Varna refugee camp', 'Location'],
    ['He may not meet members of the Hells Angels Brackton chapter.', 'Hells Angels Brackton chapter', 'Organization'],
    ['Three members, Emir Vardak, 27, and Jon Reel, 30, were charged.', 'Emir Vardak', 'Person'],
    ['He is held in a jail in Tallahassee, Fla. Before that he lived abroad.', 'Fla.', 'Location'],
    [
      'The trio will be prosecuted by the Director of Public Prosecutions.',
      'Director of Public Prosecutions',
      'Organization',
    ],
    ['The ruling National League for Democracy won the vote.', 'National League for Democracy', 'Organization'],
    // A company's name before a country's; a name and "group" after a country's possessive; an agency that speaks.
    ['Norvane will sell its holding in Norvane Ghana to Kestrel.', 'Norvane Ghana', 'Organization'],
    ['Flights from South America landed on Monday.', 'South America', 'Location'],
    ['Shares of India’s Kestrel group fell on Monday.', 'Kestrel group', 'Organization'],
    ['The EU law enforcement agency Vorpol said so. Vorpol said the seizure was large.', 'Vorpol', 'Organization'],
  ])('%s: %s is a %s', (text, name, type) => {
    expect(typeOf(text, name)).toBe(type);
  });

  it.each([
    ['The Institute for the Study of War and Russia disagree.', 'Institute for the Study of War and Russia'],
    ['He stayed at a Kabul hotel for a week.', 'Kabul hotel'],
    ['It was the Varro family, police said.', 'Varro family'],
    ['Fighters of Ahrar al-Varda and Nusra Front attacked.', 'Ahrar al-Varda and Nusra Front'],
    ['The Ministry of Finance and Russia agreed.', 'Ministry of Finance and Russia'],
    ['President Jon Vardak spoke. Drones hit the Vardak clan heartland.', 'Vardak clan'],
  ])('%s: no name %s', (text, name) => {
    expect(aliasesOf(text)).not.toContain(name);
  });

  it('keeps a clan named without its noun as the same clan', () => {
    const text = 'Police investigated the Varro family for years. The Varro family clan ran the port.';
    expect(entitiesOf(text).filter((e) => e.aliases.some((a) => a.startsWith('Varro')))).toHaveLength(1);
  });

  it('keeps a letter left out of a name with its mark, and not a quote', () => {
    expect(aliasesOf('Members of the ‘Nvarra were held. The ‘Nvarra runs the port.')).toContain('‘Nvarra');
    expect(aliasesOf('He called the group ‘Kestrel’ again. Kestrel denied it.')).not.toContain('‘Kestrel');
  });

  it('keeps a surname that starts with a known place with the person named in full', () => {
    const text = 'Luis Paris Vega, the leader of the gang, escaped. Officials said Paris Vega was caught.';
    expect(entitiesOf(text).find((e) => e.aliases.includes('Paris Vega'))?.type).toBe('Person');
    expect(entitiesOf(text).some((e) => e.label === 'Paris')).toBe(false);
  });

  it('leaves a short name that may stand for two companies of that name apart from both', () => {
    const text = 'Norvane Zimbabwe won the licence. Norvane International owns it. Norvane said no.';
    const entities = entitiesOf(text);
    expect(entities.find((e) => e.aliases.includes('Norvane International'))?.aliases).not.toContain('Norvane');
    expect(entities.find((e) => e.aliases.includes('Norvane Zimbabwe'))?.aliases).not.toContain('Norvane');
  });

  it('reads an acronym that the text says the name is known by', () => {
    const text = 'The Front for the Liberation of Kestrel, known by its Arabic acronym JNK, claimed it.';
    expect(entitiesOf(text).find((e) => e.aliases.includes('JNK'))?.aliases).toContain(
      'Front for the Liberation of Kestrel',
    );
  });

  it('reads a dateline in capitals before a country as one place', () => {
    expect(typeOf('KESTREL BAY WELLS, Pakistan — (AP) — Militants attacked a base.', 'KESTREL BAY WELLS')).toBe(
      'Location',
    );
    expect(aliasesOf('GRIEVANCE LONG IN THE MAKING, Russia says')).not.toContain('GRIEVANCE LONG IN THE MAKING');
  });
});

describe('words that are no names', () => {
  it.each([
    ['Ecuadorian authorities arrested him on Monday.', 'Ecuadorian'],
    ['File: Chairperson of Indian conglomerate Kestrel Group, Ravi Kestrel, speaks.', 'Indian'],
    ['Jane Roe, the former Kenyan State Minister of Youth and Sports, was suspended.', 'Kenyan State'],
    [
      'The Treasury’s Acting Under Secretary for Terrorism and Financial Intelligence said so.',
      'Terrorism and Financial Intelligence',
    ],
    ['Jane Roe, Deputy Prime Minister, said no.', 'Minister'],
    ['Trial Chief Magistrate concurred with the defence.', 'Trial Chief Magistrate'],
    ['Sam Obi (Foreign Affairs) and Jo Ama (State Labour) were charged.', 'State Labour'],
    ['OFAC added him to the Specially Designated Nationals (SDN) List.', 'Specially Designated Nationals'],
    ['OFAC added him to the Specially Designated Nationals (SDN) List.', 'SDN'],
    ['Election officials said the party won. The election was close.', 'Election'],
    ['Purported cartel leader arrested\nThe purported leader was held on Monday.', 'Purported'],
    ['A source in the Anti-graft agency said the sum was moved.', 'Anti-graft'],
    ['It came after the release of the Kestrel papers last year.', 'Kestrel'],
    ['Staff Writer\nThe army said it shot down two drones.', 'Staff Writer'],
    ['The Latest\nThe army said it shot down two drones.', 'Latest'],
    // Ships, by their prefix or the noun before them.
    ['The missile was shot down by USS Kestrel (DDG-58) on Monday.', 'USS Kestrel'],
    ['Drones struck the patrol ship Ivan Vardak near the coast.', 'Ivan Vardak'],
    ['OFAC named Kestrel Trading Co. and vessels Kang Sol 1, Ku Bong Ryo, and Rye Sol Gang 1.', 'Ku Bong Ryo'],
    ['Mercedes-Benz Mercedes-Benz\nThe carmaker said it would sell.', 'Mercedes-Benz Mercedes-Benz'],
    ['Reading Time: 2 minutes\nThe army said it shot down two drones.', 'Reading Time'],
  ])('%s: %s is no entity', (text, name) => {
    expect(aliasesOf(text)).not.toContain(name);
  });

  it.each([
    ['The Only Comprehensive Resource on Economic Sanctions', 'Comprehensive Resource'],
    ['The Only Comprehensive Resource on Economic Sanctions', 'Economic Sanctions'],
  ])('%s: %s is no person', (text, name) => {
    expect(typeOf(text, name)).not.toBe('Person');
  });

  it.each([
    ['Prosecutor General Raquel Vardak filed charges. Vardak accused him of bribery.', 'Vardak'],
    ['Shares of the retailer Kestrel Depot rose. Kestrel Depot’s shares closed up.', 'Kestrel Depot'],
    ['Editing by Frances Kerry', 'Frances Kerry'],
    ['Brightwater officials said the deal was done. The officials left.', 'Brightwater'],
  ])('%s: %s is still an entity', (text, name) => {
    expect(aliasesOf(text)).toContain(name);
  });
});
