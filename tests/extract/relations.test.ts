// One row per sentence pattern: what a rule must find, and what it must not.
import { describe, expect, it } from 'vitest';
import { extractText, relationLabel } from './extractText.ts';

function relationsOf(text: string): string[] {
  const x = extractText(text);
  return x.relations.map((r) => relationLabel(x, r));
}

describe('relation rules', () => {
  it.each([
    ['Kapustin, the commander of the RVC, told reporters.', 'Kapustin LEADS RVC'],
    ['Denis Kapustin, the RVC commander, spoke on Wednesday.', 'Denis Kapustin LEADS RVC'],
    ['Kremlin spokesman Dmitry Peskov declined to comment.', 'Dmitry Peskov SPOKESPERSON_FOR Kremlin'],
    [
      'Andriy Yusov, spokesman for Ukraine’s military intelligence directorate, told NBC News.',
      'Andriy Yusov SPOKE_TO NBC News',
    ],
    [
      'Andriy Yusov, spokesman for Ukraine’s military intelligence directorate, told NBC News.',
      'Andriy Yusov SPOKESPERSON_FOR Main Intelligence Directorate of Ukraine',
    ],
    [
      'Mark Galeotti, who heads the consultancy Mayak Intelligence, told NBC News.',
      'Mark Galeotti LEADS Mayak Intelligence',
    ],
    ['Mark Galeotti, who heads the consultancy Mayak Intelligence, told NBC News.', 'Mark Galeotti SPOKE_TO NBC News'],
    [
      'Michael Clarke, visiting professor of war studies at King’s College London, said so.',
      'Michael Clarke WORKS_FOR King’s College London',
    ],
    [
      'The Supreme Court of Russia banned the Azov Regiment as a terrorist organisation.',
      'Supreme Court of Russia BANNED Azov Regiment',
    ],
    [
      'The Azov Regiment was banned as a terrorist group by Russia’s Supreme Court in August.',
      'Supreme Court of Russia BANNED Azov Regiment',
    ],
    [
      'Earlier this month, the Sparta Battalion vowed to fight alongside the Somali Battalion.',
      'Sparta Battalion ALLIED_WITH Somali Battalion',
    ],
    ['The Freedom Legion said it is fighting in Bakhmut.', 'Freedom Legion ACTIVE_IN Bakhmut'],
    [
      'Oleg Petrov of the Siberian Battalion said the unit was part of the International Legion.',
      'Oleg Petrov MEMBER_OF Siberian Battalion',
    ],
    [
      'Oleg Petrov of the Siberian Battalion said the unit was part of the International Legion.',
      'Siberian Battalion PART_OF International Legion',
    ],
    [
      'The Siberian Battalion says it fights “under the command of the Ukrainian army”.',
      'Armed Forces of Ukraine CONTROLS Siberian Battalion',
    ],
    ['Alexei Baranovsky told Reuters that the raid had succeeded.', 'Alexei Baranovsky SPOKE_TO Reuters'],
    [
      'The minister, Anna Petrova, said the strikes were proportionate and told the BBC that more could follow.',
      'Anna Petrova SPOKE_TO BBC',
    ],
    [
      'The leader of the Arakan Army, Twan Mrat Naing, said the group would fight on.',
      'Twan Mrat Naing LEADS Arakan Army',
    ],
    [
      'A State Department spokesman, Matthew Miller, declined to comment.',
      'Matthew Miller SPOKESPERSON_FOR State Department',
    ],
    ['RSF commander Gen. Mohamed Hamdan Dagalo rejected the plan.', 'Mohamed Hamdan Dagalo LEADS Rapid Support Forces'],
    [
      '“It is over,” said Anna Petrova, a researcher at the Carnegie Endowment, in an interview with Reuters.',
      'Anna Petrova SPOKE_TO Reuters',
    ],
    ['Wagner fighters had seized control of the southern city of Rostov-on-Don.', 'Wagner Group ACTIVE_IN Rostov'],
    ['The Wagner Group grew. The group has been active in Syria, Libya and Mali.', 'Wagner Group ACTIVE_IN Libya'],
    [
      'The Wagner Group grew. It was designated a terrorist organisation by the United States, Turkey and the United Nations.',
      'Turkey BANNED Wagner Group',
    ],
    ['Nyala, the capital of South Darfur, was shelled.', 'Nyala LOCATED_IN South Darfur'],
    ['The summit was held in Abuja, Nigeria.', 'Abuja LOCATED_IN Nigeria'],
    ['Kholood Khair, the founder of Confluence Advisory, spoke from Cairo.', 'Kholood Khair LEADS Confluence Advisory'],
    ['Fighters of the Turkey-backed Syrian National Army advanced.', 'Turkey SUPPORTS Syrian National Army'],
    ['Margrethe Vestager, the EU competition chief, welcomed the deal.', 'Margrethe Vestager WORKS_FOR European Union'],
  ])('%s -> %s', (sentence, relation) => {
    expect(relationsOf(sentence)).toContain(relation);
  });

  it.each([
    [
      'Alexei Baranovsky told Reuters that the incursion was the first step towards overthrowing Putin’s regime.',
      'OPPOSES',
    ],
    ['Russian volunteer units are armed and controlled by Ukraine, Galeotti said.', 'CONTROLS'],
    ['Washington has sought to ensure equipment sent to Kyiv is not used in attacks on Russian soil.', 'ACTIVE_IN'],
    ['The Freedom Legion portrays itself as Russians fighting against Putin’s armed gang.', 'SUPPORTS'],
    ['He told the Security Council that the fighting in Darfur had to stop.', 'ACTIVE_IN'],
    ['Ulf Laessing, head of the Sahel programme at the Konrad Adenauer Foundation, said so.', 'LEADS'],
    ['Alexei Baranovsky told Reuters the incursion was the first step towards overthrowing Putin’s regime.', 'OPPOSES'],
  ])('%s states no %s', (sentence, type) => {
    expect(relationsOf(sentence).filter((r) => r.includes(` ${type} `))).toEqual([]);
  });
});

describe('references', () => {
  it('resolves "the group" to the group named before, skipping state bodies', () => {
    const text =
      'The Freedom Legion claims to fight under the command of the Ukrainian army. The Supreme Court of Russia banned the group in March.';
    expect(relationsOf(text)).toContain('Supreme Court of Russia BANNED Freedom Legion');
  });

  it('resolves "they" to the groups named together in the sentence before', () => {
    const text =
      'The Siberian Battalion and the Freedom Legion both fight for Kyiv. “They share the desire to see Putin’s regime fall,” Galeotti said.';
    const found = relationsOf(text);
    expect(found).toContain('Siberian Battalion OPPOSES Vladimir Putin');
    expect(found).toContain('Freedom Legion OPPOSES Vladimir Putin');
  });

  it('resolves "the regulator" and "the company" to the organization of that kind named before', () => {
    const text =
      'The Competition and Markets Authority blocked the deal. Sarah Cardell, the regulator’s chief executive, told Reuters it was final.';
    expect(relationsOf(text)).toContain('Sarah Cardell LEADS Competition and Markets Authority');
  });

  it('finds the person after the role when a verb comes before it', () => {
    const text =
      'The Wagner Group lost men. A channel said the group’s commander in the area, Sergei Shevchenko, had been killed.';
    expect(relationsOf(text)).toContain('Sergei Shevchenko LEADS Wagner Group');
  });

  it('resolves "he" to the last person named', () => {
    const text =
      'Tass said police were searching for Ivan Sidorov. He was said to be suspected of belonging to the Freedom Legion.';
    expect(relationsOf(text)).toContain('Ivan Sidorov MEMBER_OF Freedom Legion');
  });
});
