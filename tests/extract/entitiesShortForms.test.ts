// Short forms of a name used later in the same document: joined to the one fuller name, never to two.
import { describe, expect, it } from 'vitest';
import { extractText } from './extractText.ts';

function entitiesOf(text: string) {
  return extractText(text).entities;
}

describe('short forms within a document', () => {
  it.each([
    ['Bell Media Inc agreed to buy the network. Bell said the deal would close in May.', 'Bell Media Inc', 'Bell'],
    ['Harlow Communications Inc raised prices. Harlow said costs rose.', 'Harlow Communications Inc', 'Harlow'],
    ['Kyodo Press reported the arrest. Kyodo said he was 71.', 'Kyodo Press', 'Kyodo'],
    ['Meridian Insurance sued him. Lawyers for Meridian declined to comment.', 'Meridian Insurance', 'Meridian'],
    ['Vantor Holdings Ltd filed the suit in March. Vantor said it would appeal.', 'Vantor Holdings Ltd', 'Vantor'],
    ['Analysts said Office Mart Inc would recover. Shares in Office Mart rose.', 'Office Mart Inc', 'Office Mart'],
    ['The coalition was led by Anwar Ibrahim. Anwar said he would form a government.', 'Anwar Ibrahim', 'Anwar'],
    ['Ong Kian Ming was charged on Monday. Ong denied the charges.', 'Ong Kian Ming', 'Ong'],
    ['The judge sentenced Harold Banks to ten years. Lawyers for Banks said he would appeal.', 'Harold Banks', 'Banks'],
    // A legal name ends at its legal form, a known company keeps its identity, a city's name may be a company's.
    ['Talbot Communications Inc. Talbot said the deal would close.', 'Talbot Communications Inc.', 'Talbot'],
    ['Meta Platforms Inc cut jobs. Meta will also close offices.', 'Meta', 'Meta Platforms Inc'],
    ['Toyota Motor Corporation recalled cars. Toyota said it was sorry.', 'Toyota Motor Corporation', 'Toyota'],
    ['Kestrel Mining Ltd lost a bid. Kestrel shares fell.', 'Kestrel Mining Ltd', 'Kestrel'],
    ['Orlen Minerals Inc shares rose. Orlen said it would grow.', 'Orlen Minerals Inc', 'Orlen'],
    ['Harmon Bancshares agreed to buy the lender. Harmon said costs would fall.', 'Harmon Bancshares', 'Harmon'],
    [
      'Kestavo Pharmaceutical Co. agreed to buy Shire. Kestavo said it would grow.',
      'Kestavo Pharmaceutical Co.',
      'Kestavo',
    ],
    // A place of a name, a particle and a name goes by its first name; a particle opens a surname's ending.
    ['Gangs fought in Villa de Leyva on Monday. Police in Villa said three died.', 'Villa de Leyva', 'Villa'],
    [
      'Ursula von der Leyen spoke first. Von der Leyen said the talks would go on.',
      'Ursula von der Leyen',
      'Von der Leyen',
    ],
    // Several words, the fuller name without its business words or a region without its noun.
    [
      'The Kelmor Shipping Company was sanctioned. Kelmor Shipping operates six ships.',
      'Kelmor Shipping Company',
      'Kelmor Shipping',
    ],
    [
      'Unrest spread to Nova Kemba state on Monday. Farmers in Nova Kemba blocked roads.',
      'Nova Kemba state',
      'Nova Kemba',
    ],
    // A company under its legal form and as a group, its acronym without the legal form, its acronym alone.
    ['Brenner NV bought the brewery. The Brenner Group said Brenner would grow.', 'Brenner NV', 'Brenner Group'],
    ['Granton Motors Corp. sold the plant. GM said it would hire.', 'Granton Motors Corp.', 'GM'],
    ['Shares in KT Group rose. KT said profits rose.', 'KT Group', 'KT'],
    // A place the document names, by its initials; a country's usual initials on their own.
    ['Troops entered the Central African Republic. Rebels in CAR fled.', 'Central African Republic', 'CAR'],
    ['Police in South Africa arrested two men. SA police said they were held.', 'South Africa', 'SA'],
    ['Officials in the DRC said exports rose.', 'DR Congo', 'DRC'],
    ['Rebels held towns in the Democratic Republic of the Congo. Troops in Congo fled.', 'DR Congo', 'Congo'],
    // A known organization after a nationality.
    ['Sanctions hit the Palestinian Hamas on Monday. Hamas denied it.', 'Hamas', 'Palestinian Hamas'],
    // An outlet under its two usual names.
    ['Bloomberg News reported the deal. Bloomberg said it was large.', 'Bloomberg', 'Bloomberg News'],
    // A nickname in quotes, then alone; an alias in quotes after "known as".
    ['Police held Adolfo "Fito" Macias. Fito was taken to prison.', 'Adolfo Macias', 'Fito'],
    ['Ivan “The Bear” Petrov fled. Later the Bear was caught.', 'Ivan Petrov', 'Bear'],
    ['Joaquin Guzman, known as "El Toro", was jailed. El Toro denied it.', 'El Toro', 'Joaquin Guzman'],
    // A surname first, in a headline or before the full name with an apposition that names a job.
    [
      'Okonkwo Charged With Fraud After Bank Probe\n\nPolice charged Emeka Okonkwo, a former bank manager, with fraud.',
      'Emeka Okonkwo',
      'Okonkwo',
    ],
    [
      'Prosecutors charged Mario Cardenas Guillen in Texas. Caredenas-Guillen pleaded not guilty.',
      'Mario Cardenas Guillen',
      'Caredenas-Guillen',
    ],
  ])('%s: %s is also called %s', (text, full, short) => {
    const entities = entitiesOf(text);
    const entity = entities.find((e) => e.label === full);
    expect(entity?.aliases).toContain(short);
    expect(entities.filter((e) => e.aliases.includes(short))).toHaveLength(1);
  });

  it.each([
    // A company and the person it is named after: the short form could be either, so it stays apart.
    ['Shares in Mehra Group fell after Tarun Mehra spoke. Investors in Mehra lost billions.', 'Mehra'],
    // Two groups are not one for sharing the word "Group".
    ['The Acme Group sued the Zenith Group on Monday.', 'Zenith Group'],
    // Initials that fit two places the document names.
    ['Police in South Africa and South Australia met. SA police said they were held.', 'SA'],
    // Two countries "of the Congo".
    [
      'Rebels held towns in the Democratic Republic of the Congo and the Republic of the Congo. Troops in Congo fled.',
      'Congo',
    ],
    // Two people with one first name.
    ['Kim Jong Un met Kim Yo Jong in Pyongyang. Kim said nothing.', 'Kim'],
    // More than business words: a union of dock workers is not the dock company.
    ['The Kelmor Dock Workers Union called a strike. Kelmor Dock lost money.', 'Kelmor Dock'],
    // One particle and a surname may be any of the family: "Dos Santos" after "Eduardo dos Santos" and his daughter.
    ['Eduardo dos Santos ruled for decades. His daughter Isabel is rich. Dos Santos denied it.', 'Dos Santos'],
    // Two places of one first name and a particle.
    ['Gangs fought in Villa de Leyva and Villa del Rosario. Police in Villa said three died.', 'Villa'],
    // A place is not the short form of a court named after it.
    ['The Harwick District Court ruled on Monday. Protesters gathered in Harwick.', 'Harwick'],
    // A village one letter off the surname of the photographer credited under the picture is not him.
    ['Residents fled the fighting near Kalumba on Friday. (AP Photo/Jean Kamumba)', 'Kalumba'],
  ])('%s: keeps %s apart', (text, short) => {
    const entities = entitiesOf(text);
    const holders = entities.filter((e) => e.aliases.includes(short));
    expect(
      holders
        .map((e) => e.aliases)
        .flat()
        .filter((a) => a !== short),
    ).toEqual([]);
  });
});

describe('one name after two nationalities', () => {
  it.each([
    [
      'The attack was claimed by the Pakistani Jamaat. It is an ally of the Afghan Jamaat. Jamaat denied it.',
      'Pakistani Jamaat',
      'Afghan Jamaat',
      'Jamaat',
    ],
    [
      'The Syrian Brotherhood Front met the Iraqi Brotherhood Front. The Brotherhood Front was split.',
      'Syrian Brotherhood Front',
      'Iraqi Brotherhood Front',
      'Brotherhood Front',
    ],
  ])('%s: %s and %s stay two, neither named %s', (text, one, other, bare) => {
    const entities = entitiesOf(text);
    const a = entities.find((e) => e.aliases.includes(one));
    const b = entities.find((e) => e.aliases.includes(other));
    expect(a).toBeDefined();
    expect(b).toBeDefined();
    expect(a).not.toBe(b);
    expect([...a!.aliases, ...b!.aliases]).not.toContain(bare);
  });

  it('keeps one nationality’s organization whole: the bare name is its short form', () => {
    const entities = entitiesOf('The Ukrainian International Brigade fought there. The International Brigade held.');
    const brigade = entities.find((e) => e.aliases.includes('Ukrainian International Brigade'));
    expect(brigade?.aliases).toContain('International Brigade');
  });
});

describe('aliases the text states', () => {
  it.each([
    [
      'Attacks were blamed on the Northern Front, who are known as Jabhat-e-Shamal or JES.',
      'Northern Front',
      ['JES', 'Jabhat-e-Shamal'],
    ],
    ['The raid was led by Umar Dawood, who is widely known as Abu Layth.', 'Umar Dawood', ['Abu Layth']],
    ['Fighters of Hizb-ut-Nasr crossed the river.', 'Hizb-ut-Nasr', []],
    [
      'Police arrested Marko Jelic, known in Ecuador as “the Serbian Falcon,” on Monday.',
      'Marko Jelic',
      ['Serbian Falcon'],
    ],
    ['Ivan Petrov, known as the Butcher, fled.', 'Ivan Petrov', ['Butcher']],
  ])('%s: %s is also called %j', (text, name, aliases) => {
    const entity = entitiesOf(text).find((e) => e.aliases.includes(name));
    expect(entity).toBeDefined();
    for (const alias of aliases) expect(entity!.aliases).toContain(alias);
  });

  it('does not take a name after "or" without "known as" for an alias', () => {
    const entities = entitiesOf('The talks were held by the Northern Front or the Eastern Union.');
    const front = entities.find((e) => e.aliases.includes('Northern Front'));
    expect(front?.aliases).not.toContain('Eastern Union');
  });
});

describe('one person in two transliterations within a document', () => {
  it.each([
    ['Oleksiy Danilov spoke first. Aides to Oleksii Danilov said he was tired.', 'Oleksii Danilov', 'Oleksiy Danilov'],
    // The known person a bare surname names, and the full name in another spelling than the gazetteer's.
    [
      'The stepdaughter of Sergey Lavrov was sanctioned. Lavrov’s office declined to comment.',
      'Sergey Lavrov',
      'Lavrov',
    ],
  ])('%s: %s and %s are one', (text, one, other) => {
    const holders = entitiesOf(text).filter((e) => e.label === one || e.aliases.includes(one));
    expect(holders).toHaveLength(1);
    expect([holders[0].label, ...holders[0].aliases]).toContain(other);
  });

  it('keeps a final "a" apart from a final "o"', () => {
    const entities = entitiesOf('Maria Ivanova met Mario Ivanova in Kyiv.');
    expect(entities.filter((e) => e.type === 'Person')).toHaveLength(2);
  });
});
