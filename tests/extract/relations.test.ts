// One row per sentence pattern: what a rule must find, and what it must not.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/extractDocument.ts';

function relationsOf(text: string): string[] {
  const x = extractDocument({ id: 't.txt', title: '', source: null, published: null, words: 0, sha256: '', text });
  return x.relations.map((r) => `${x.entities[r.source].label} ${r.type} ${x.entities[r.target].label}`);
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

  it('resolves "he" to the last person named', () => {
    const text =
      'Tass said police were searching for Ivan Sidorov. He was said to be suspected of belonging to the Freedom Legion.';
    expect(relationsOf(text)).toContain('Ivan Sidorov MEMBER_OF Freedom Legion');
  });
});
