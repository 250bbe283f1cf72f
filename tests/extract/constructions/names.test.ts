// The name shapes real news uses, written down from general knowledge (made-up names): people, organizations and
// places found whole and typed, and capitalized things that are no entity. A failing row is a gap in name finding.
import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../../src/model/vocabulary.ts';
import { extractText } from '../extractText.ts';

const entitiesOf = (text: string) => extractText(text).entities;
/** The type of the entity that goes by one of the names ("A|B": either form is right). */
const typeOf = (text: string, names: string) => {
  const wanted = names.split('|');
  return entitiesOf(text).find((e) => e.aliases.some((a) => wanted.includes(a)) || wanted.includes(e.label))?.type;
};
const named = (text: string) => entitiesOf(text).flatMap((e) => [e.label, ...e.aliases]);

type Row = [text: string, name: string, type: EntityType];

const PEOPLE: Row[] = [
  // Particles, hyphens and Gaelic prefixes.
  ['Jean-Luc de la Fontaine said the plan would fail.', 'Jean-Luc de la Fontaine', 'Person'],
  ['The group is led by Abu Mohammed al-Tarwani, officials said.', 'Abu Mohammed al-Tarwani', 'Person'],
  ['Khalid bin Rashed met the envoy on Monday.', 'Khalid bin Rashed', 'Person'],
  ['The Dutch minister Pieter van der Brugge resigned on Friday.', 'Pieter van der Brugge', 'Person'],
  ["Liam O'Donnelly was arrested in the morning.", "Liam O'Donnelly", 'Person'],
  ['Sean McAllistair was arrested in the morning.', 'Sean McAllistair', 'Person'],
  ["Mary-Kate O'Rourke, a lawyer, filed the suit.", "Mary-Kate O'Rourke", 'Person'],
  ['Ahmed Abdel-Rahman Saleh was sentenced on Tuesday.', 'Ahmed Abdel-Rahman Saleh', 'Person'],
  ['Ursula von Brandt told reporters the talks had stalled.', 'Ursula von Brandt', 'Person'],
  ['Carlos da Silva Moreira, the mayor, resigned.', 'Carlos da Silva Moreira', 'Person'],
  // Initials and nicknames.
  ['J. R. Smithers told the court he was innocent.', 'J. R. Smithers', 'Person'],
  ['The company was founded by H.L. Pembrook in 1901.', 'H.L. Pembrook', 'Person'],
  ['Tomas “The Hammer” Varga was jailed for life.', 'Tomas Varga', 'Person'],
  // Naming orders: Arabic, Chinese, Korean, Russian patronymics, Spanish double surnames, Vietnamese.
  ['Sheikh Nasser bin Hamad al-Kuwairi met the delegation.', 'Nasser bin Hamad al-Kuwairi', 'Person'],
  ['Zhang Weiming, the company’s founder, declined to comment.', 'Zhang Weiming', 'Person'],
  ['Kim Jong-su, a defector, said the camps were still open.', 'Kim Jong-su', 'Person'],
  ['Owen Harlan of Ardent Securities said the deal was fair.', 'Owen Harlan', 'Person'],
  ['Chief Superintendent Wong Siu-ming denied the rumors.', 'Wong Siu-ming', 'Person'],
  ['The court heard that Peter Tam Kwok-wai had fled.', 'Peter Tam Kwok-wai', 'Person'],
  ['Chang Hsiao-wen, the mayor, resigned on Friday.', 'Chang Hsiao-wen', 'Person'],
  ['A forum hosted by Chief Executive Wong Chun-kit Aug. 11 ended in a clash.', 'Wong Chun-kit', 'Person'],
  ['Ivan Sergeyevich Morozkin was detained in Moscow.', 'Ivan Sergeyevich Morozkin', 'Person'],
  ['José Luis Ramírez Ortega was extradited to the United States.', 'José Luis Ramírez Ortega', 'Person'],
  ['Nguyen Van Thanh was sentenced to ten years.', 'Nguyen Van Thanh', 'Person'],
  ['Police said Oluwaseun Adeyemi-Bankole had fled.', 'Oluwaseun Adeyemi-Bankole', 'Person'],
  // Titles and ranks before the name are no part of it.
  ['Colonel Dmitri Volkhov commanded the unit.', 'Dmitri Volkhov', 'Person'],
  ['Lt. Gen. Mark Hadleigh said the strikes would go on.', 'Mark Hadleigh', 'Person'],
  ['Prime Minister Alana Brookfield arrived in the capital.', 'Alana Brookfield', 'Person'],
  ['Dr. Amara Okafor, a virologist, said the risk was low.', 'Amara Okafor', 'Person'],
  ['Mrs. Eleanor Whitfield thanked the rescuers.', 'Eleanor Whitfield', 'Person'],
  ['Judge Rosalind Marsh adjourned the trial.', 'Rosalind Marsh', 'Person'],
  ['Sen. Harold Pike voted against the bill.', 'Harold Pike', 'Person'],
  ['Lee Jae-myung won the vote.', 'Lee Jae-myung', 'Person'],
  ['Pope Clement visited the city.', 'Clement', 'Person'],
  // Possessives and a surname alone later.
  ['Maria Kowalczyk’s lawyer said the charges were false.', 'Maria Kowalczyk', 'Person'],
  ['Anton Grebenko left. Grebenko’s lawyer said he would appeal.', 'Anton Grebenko', 'Person'],
  ['Bashar al-Tamimi fled. Later al-Tamimi said he would return.', 'al-Tamimi', 'Person'],
  // A surname alone, where only its own context types the full name; spelt with or without its accents.
  ['Pirro Vandelli, the former chief, was jailed. Vandelli denied the charges.', 'Vandelli', 'Person'],
  ['Marisol Gutiérrez won the first round. Gutierrez is the candidate of the left.', 'Gutierrez', 'Person'],
  ['Tariq Osmani fled in May. Later Osmani said he would return.', 'Osmani', 'Person'],
  // An abbreviated rank's stop ends no sentence.
  ['On Monday, Commander Maj. Gen. Tomas Ribeiro said the rebels fled.', 'Tomas Ribeiro', 'Person'],
  ['The unit withdrew. Cpl. Dana Whitlock said the warrants were served.', 'Dana Whitlock', 'Person'],
];

const ORGANIZATIONS: Row[] = [
  // Legal forms.
  ['Kestrel Logistics SA said on Monday it would appeal.', 'Kestrel Logistics SA|Kestrel Logistics', 'Organization'],
  ['Brennwald Maschinenbau GmbH cut 300 jobs.', 'Brennwald Maschinenbau GmbH|Brennwald Maschinenbau', 'Organization'],
  ['Harrowgate Holdings PLC reported a loss.', 'Harrowgate Holdings PLC|Harrowgate Holdings', 'Organization'],
  ['The deal was signed by Dunmore Trading Ltd last week.', 'Dunmore Trading Ltd|Dunmore Trading', 'Organization'],
  ['Shares of Corvex Inc. fell 4% on Tuesday. The shares have halved this year.', 'Corvex Inc.|Corvex', 'Organization'],
  ['Talbot Ridge LLC bought the building.', 'Talbot Ridge LLC|Talbot Ridge', 'Organization'],
  ['Veltmann Chemie AG said demand was weak.', 'Veltmann Chemie AG|Veltmann Chemie', 'Organization'],
  ['The stake was sold to Vandermolen NV in March.', 'Vandermolen NV|Vandermolen', 'Organization'],
  [
    'Ferraresi Costruzioni S.p.A. won the contract.',
    'Ferraresi Costruzioni S.p.A.|Ferraresi Costruzioni',
    'Organization',
  ],
  ['The bank hired Hollis & Co. to advise it.', 'Hollis & Co.|Hollis & Co|Hollis', 'Organization'],
  [
    'Importaciones y Exportaciones Marlo S.A. de C.V. was sanctioned.',
    'Importaciones y Exportaciones Marlo S.A. de C.V.|Importaciones y Exportaciones Marlo',
    'Organization',
  ],
  // Names that open with an Arabic article, and Arabic and Spanish joiners.
  ['Forces chased another group, al Shabwa, out of the town.', 'al Shabwa', 'Organization'],
  ['He told al-Kawthar TV that it was over.', 'al-Kawthar TV', 'Organization'],
  [
    "Fighters of Jama'at Nasr ul-Haqq wa al-Mujahidin (JNHM) attacked.",
    "Jama'at Nasr ul-Haqq wa al-Mujahidin",
    'Organization',
  ],
  ['The state firm Varnia Oil and Gas Enterprise was sanctioned.', 'Varnia Oil and Gas Enterprise', 'Organization'],
  // A long foreign name with its acronym after it.
  [
    'The Frente Nacional de Liberación Popular (FNLP) claimed the attack.',
    'Frente Nacional de Liberación Popular',
    'Organization',
  ],
  // Government bodies.
  ['The Ministry of Water Resources said the dam was safe.', 'Ministry of Water Resources', 'Organization'],
  [
    'The Kenyan Interior Ministry said the curfew would end.',
    'Kenyan Interior Ministry|Interior Ministry',
    'Organization',
  ],
  ['The Harlow District Court ruled against him.', 'Harlow District Court', 'Organization'],
  [
    'He appealed to the US District Court for the Southern District of Ohio.',
    'US District Court for the Southern District of Ohio',
    'Organization',
  ],
  // A group named with letters and a number, where the document gives it a group's noun ("M16 rifles" is no group).
  ['Talks with K19 rebels began. The army said K19 had withdrawn.', 'K19', 'Organization'],
  ['Prosecutors from the Office of the Special Counsel spoke.', 'Office of the Special Counsel', 'Organization'],
  // Parties, militias and armed groups.
  ['The Progressive Renewal Party won the most seats.', 'Progressive Renewal Party', 'Organization'],
  ['The Black Eagle Brigade attacked the convoy.', 'Black Eagle Brigade', 'Organization'],
  ['Fighters of the Dornik Battalion retreated.', 'Dornik Battalion', 'Organization'],
  ['Members of Los Caballeros Negros were arrested.', 'Los Caballeros Negros', 'Organization'],
  // Outlets and agencies.
  ['The Valley Courier reported the arrests.', 'Valley Courier', 'Organization'],
  ['He told the Daily Clarion that he was innocent.', 'Daily Clarion', 'Organization'],
  ['By JANE ROE, Associated Press Writer\nRebels took two towns.', 'Associated Press', 'Organization'],
  ['Vienna Spectrum, a weekly magazine, reported the sale.', 'Vienna Spectrum', 'Organization'],
  ['The Mandara Press Agency reported the death.', 'Mandara Press Agency', 'Organization'],
  // Companies named with a country, or with a person's shape.
  ['Telvara Ghana raised its prices.', 'Telvara Ghana', 'Organization'],
  [
    'Lindqvist Barrow, the conglomerate, bought the insurer. Lindqvist Barrow’s shareholders approved.',
    'Lindqvist Barrow',
    'Organization',
  ],
  ['The investment firm Harcourt Vance bought a 5% stake.', 'Harcourt Vance', 'Organization'],
  ['Analysts expect Dornhall to sell. Dornhall and Ember Capital agreed a deal.', 'Ember Capital', 'Organization'],
  // One word, typed by what surrounds it: shares, stakes and buyouts are companies'; bosses, gangs and members are
  // groups'; a noun before the organization's noun ("supermarket chain", "rebel movement").
  ['Analysts said Brennhall shares fell 5% on Monday.', 'Brennhall', 'Organization'],
  ['Halvorsen Capital bought a 9% stake in Tarvex last year.', 'Tarvex', 'Organization'],
  ['The attempted buyout of Kelmora failed in November.', 'Kelmora', 'Organization'],
  ['Police arrested a fugitive Varrone boss in the port.', 'Varrone', 'Organization'],
  ['Two rival Varrone gangs fought in the suburb.', 'Varrone', 'Organization'],
  ['The “Ardent” and “Tolmar” companies were sanctioned.', 'Tolmar', 'Organization'],
  ['It will expand its Quikmart supermarket chain.', 'Quikmart', 'Organization'],
  ['The R12 rebel movement seized the town.', 'R12', 'Organization'],
  ['About 5,000 KX-17 members live in the city. Police want to dismantle KX-17.', 'KX-17', 'Organization'],
  // A short form in parentheses after a company's name, and the legal forms of Mexico and Indonesia.
  ['Fomento Industrial Norteño SAB (Finosa) sold shares. Finosa produces cement.', 'Finosa', 'Organization'],
  ['Grupo Valdora SAB reported a loss.', 'Grupo Valdora SAB|Grupo Valdora', 'Organization'],
  ['PT Sarana Lintas Tbk won the tender.', 'PT Sarana Lintas Tbk|PT Sarana Lintas|Sarana Lintas', 'Organization'],
  // Its parent, its chief executive and its board are a company's.
  ['The unit will buy most of its parent Korvane’s interest in the carrier.', 'Korvane', 'Organization'],
  ['Analysts said Dornal’s chief executive quit on Monday.', 'Dornal', 'Organization'],
  // A place's police force, named by its place.
  ['Riverton police arrested two men on Monday.', 'Riverton police', 'Organization'],
  ['Hong Kong police arrested 12 men.', 'Hong Kong police', 'Organization'],
  // A participle glued to a name.
  ['The UN-brokered truce held.', 'United Nations|UN', 'Organization'],
  // An organization's name with a place inside it is the organization's, not the place's.
  ['The Paris Institute of Economics published the study.', 'Paris Institute of Economics', 'Organization'],
  // A title's organization after its "of"; a chamber of parliament; businesses named by their trade.
  ['Ivan Petrov, Chairman of Bank Vostok, was sanctioned.', 'Bank Vostok', 'Organization'],
  [
    'In a statement, Tarun Mehra, Chair of Mehra Enterprises said the deal was done.',
    'Mehra Enterprises',
    'Organization',
  ],
  ['The House of Representatives voted on Friday.', 'House of Representatives', 'Organization'],
  ['Regulators fined Ardent Securities on Monday.', 'Ardent Securities', 'Organization'],
  ['Sanctions hit Air Tovan and Air Tovan Trading Corporation.', 'Air Tovan Trading Corporation', 'Organization'],
  ['The Kavuma Mines and Gas Board and Kavuma Gold Refinery were named.', 'Kavuma Gold Refinery', 'Organization'],
  ['Gold from the Kavuma Gold Refinery was seized.', 'Kavuma Gold Refinery', 'Organization'],
];

const PLACES: Row[] = [
  ['Fighting broke out in Zarqan Province on Sunday.', 'Zarqan Province', 'Location'],
  ['Troops moved into the Vashti region overnight.', 'Vashti region', 'Location'],
  ['Drones struck Kursavka Oblast overnight.', 'Kursavka Oblast', 'Location'],
  ['The sheriff of Marlow County said the road was closed.', 'Marlow County', 'Location'],
  ['OSTRAVKA, Ukraine — Shelling hit the town overnight.', 'OSTRAVKA', 'Location'],
  ['The vote in Guinea-Bissau was delayed.', 'Guinea-Bissau', 'Location'],
  ['The vote in Guinea Bissau was delayed.', 'Guinea Bissau', 'Location'],
  ['A tanker was seized in the Gulf of Tarvin.', 'Gulf of Tarvin', 'Location'],
  ['Protesters gathered on Korvel Street.', 'Korvel Street', 'Location'],
  ['The blast hit the Almsbury district of the city.', 'Almsbury district', 'Location'],
  ['Rebels took Mount Kestrel last year.', 'Mount Kestrel', 'Location'],
  ['Villagers fled the town of Dravik after the attack.', 'Dravik', 'Location'],
  ['The camp of al-Rawda is crowded.', 'al-Rawda', 'Location'],
  ['He was born in Valdora, a small town in the north.', 'Valdora', 'Location'],
  // One word, placed by the compass or by a place's noun before it or before the list it ends.
  ['Fighting broke out southeast of Tarvash on Sunday.', 'Tarvash', 'Location'],
  ['Shells fell on the outskirts of Tarvash.', 'Tarvash', 'Location'],
  ['The raid took place in the municipality of Quendor.', 'Quendor', 'Location'],
  ['The group operates in the departments of Arvela, Belcaro and Castellan.', 'Castellan', 'Location'],
  ['Rebels hold all but two villages, Dunmara and Kesrat, he said.', 'Kesrat', 'Location'],
  ['“Rebels hold all but two villages, Dunmara and Kesrat,” monitor head Ali Haddad said.', 'Kesrat', 'Location'],
  // A dam, a mountain, a canal named with their noun.
  ['Fighters seized the Kavra Dam on Monday.', 'Kavra Dam', 'Location'],
  ['Clashes broke out on Tolan Mountain overnight.', 'Tolan Mountain', 'Location'],
];

describe('name shapes', () => {
  it.each(PEOPLE)('person: %s -> %s', (text, name, type) => expect(typeOf(text, name)).toBe(type));
  it.each(ORGANIZATIONS)('organization: %s -> %s', (text, name, type) => expect(typeOf(text, name)).toBe(type));
  it.each(PLACES)('place: %s -> %s', (text, name, type) => expect(typeOf(text, name)).toBe(type));
});

/** Capitalized words and parts of names that are no entity of theirs. */
const NOT_ENTITIES: [text: string, name: string][] = [
  // Titles are no entity.
  ['Prosecutor Ana Lindqvist said the case was closed.', 'Prosecutor'],
  ['The Prosecutor said the case was closed.', 'Prosecutor'],
  ['Colonel Dmitri Volkhov commanded the unit.', 'Colonel Dmitri Volkhov'],
  // A headline's Title Case fragments.
  [
    'Telvar Shares Slump As Investors Flee Troubled Lender\nTelvar shares fell on Monday as investors fled.',
    'Investors Flee Troubled Lender',
  ],
  ['Rebels Gain Ground Amid Power Struggles In North\nRebels took two towns.', 'Gain Ground Amid Power Struggles'],
  // Equipment, ships and products.
  ['The army fired Hellcat-7 missiles at the base.', 'Hellcat-7'],
  ['Soldiers carried K19 rifles across the border.', 'K19'],
  ['The tanker Northern Pearl was seized off the coast.', 'Northern Pearl'],
  ['Sales of the Corvo X5 phone fell.', 'Corvo X5'],
  // Events, holidays and currencies.
  ['Fans flew in for the World Cup final.', 'World Cup'],
  ['The attack came during Ramadan.', 'Ramadan'],
  ['Bitcoin fell 5% on Friday.', 'Bitcoin'],
  ['Prices rose before Christmas.', 'Christmas'],
  ['The protests of the Arab Spring toppled him.', 'Arab Spring'],
  ['It stole N32bn from the state.', 'N32bn'],
  ['Seventeen people died in the attack.', 'Seventeen'],
  ['The Opposition walked out of the chamber.', 'Opposition'],
  ['European leaders met on Monday.', 'European'],
  ['The strike began on Independence Day.', 'Independence Day'],
  ['The parade marked Armed Forces Day in the capital.', 'Armed Forces Day'],
  ['It paid CUS$20 billion for the stake.', 'CUS$'],
  ['The World’s richest man left the company.', 'World'],
  ['The Status of Forces Agreement was signed.', 'Status of Forces'],
  ['Under the Kestrel Trust Principles, editors are independent.', 'Kestrel Trust'],
  // Plurals of organizations' heads are common nouns.
  ['The Governments of Norland and Vesta agreed.', 'Governments'],
  // Subheadings in Title Case.
  ['SDF Gains Ground Amid Power Struggles\nThe SDF took two towns.', 'Power Struggles'],
  ['Norland’s Role and Regional Dynamics\nNorland sent troops to the border.', 'Regional Dynamics'],
  ['Norland: Where the Violence Took Place?\nFighting hit Norland.', 'Violence Took Place'],
  // Page chrome.
  ['Read more: Rebels took two towns.', 'Read more'],
  ['Follow Us\nRebels took two towns.', 'Follow Us'],
  ['Advertisement\nRebels took two towns.', 'Advertisement'],
  ['Related Articles\nRebels took two towns.', 'Related Articles'],
  ['Sign up for our newsletter. Rebels took two towns.', 'Sign'],
  ['Print Mail Large Medium  Small\nRebels took two towns.', 'Print Mail Large Medium  Small'],
  // Fused and cut names.
  ['Analysts expect Dornhall to sell. Dornhall and Ember Capital agreed a deal.', 'Dornhall and Ember Capital'],
  ['Vienna Spectrum, a weekly magazine, reported the sale.', 'Vienna'],
  ['The vote in Guinea Bissau was delayed.', 'Guinea'],
  ['The Paris Institute of Economics published the study.', 'Paris'],
  [
    'A resolution of the United Nations Security Council Resolution banned it.',
    'United Nations Security Council Resolution',
  ],
  // Products, adjectives and titles beside a one-word name.
  ['The brewer sells the Velmo and Tarrico brands.', 'Tarrico'],
  ['Political parties cannot function alone.', 'Political'],
  ['Pilots flew KX-17 fighters over the city.', 'KX-17'],
  ['KDP Honorary President Sok Vanna was re-elected.', 'KDP Honorary'],
  // Adjectives of peoples and faiths are no names.
  ['Assyrian militias joined the fight.', 'Assyrian'],
  ['Shiite fighters held the town.', 'Shiite'],
  ['Rival Kurdish groups met on Monday.', 'Rival Kurdish'],
  ['Shiite Houthi rebels took the town.', 'Shiite Houthi'],
  // Currency codes and time zones beside amounts and times; a credit word after an outlet under a picture.
  ['The deal is worth USD 5 million, the firm said.', 'USD'],
  ['The fine was 500,000 CFA francs.', 'CFA'],
  ['The results were announced at 10:30 IST on Monday.', 'IST'],
  ['Residents fled the fighting. (AP Photo/Jean Kamumba)', 'AP Photo'],
  // A man's possessive before his party's name, where the text names him in full.
  ['Tunde Okafor won. Officials said Okafor’s National Reform Party had 93 seats.', 'Okafor’s National Reform Party'],
  // Buttons in capitals, a title's abbreviation in the plural, a document named by its kind, a title and its "of".
  ['Get the news for FREE every morning.', 'FREE'],
  ['READ NOW\n\nThe minister resigned on Monday.', 'READ NOW'],
  ['The two Deputy PMs were sworn in.', 'PMs'],
  ['The change needs a vote under the Constitution.', 'Constitution'],
  ['Ivan Petrov, Chairman of Bank Vostok, was sanctioned.', 'Chairman of Bank Vostok'],
];

describe('not entities', () => {
  it.each(NOT_ENTITIES)('%s: no entity %s', (text, name) => expect(named(text)).not.toContain(name));
});

/** Two names of one document that are two entities. */
const DISTINCT: [text: string, a: string, b: string][] = [
  // A company's business in a country goes by the company's name only after the text has named it in full.
  ['Korvane keeps a 5% stake. Its parent Korvane’s plan is to sell Korvane Ghana.', 'Korvane', 'Korvane Ghana'],
];

describe('distinct entities', () => {
  it.each(DISTINCT)('%s: %s is not %s', (text, a, b) => {
    const entity = entitiesOf(text).find((e) => e.label === a || e.aliases.includes(a));
    expect(entity?.type).toBeDefined();
    expect([entity!.label, ...entity!.aliases]).not.toContain(b);
  });
});
