// A name and its translation or acronym in parentheses are one entity; a person and her party are two.
import { describe, expect, it } from 'vitest';
import { extractText } from './extractText.ts';

function entitiesOf(text: string) {
  return extractText(text).entities;
}

describe('names in parentheses', () => {
  it.each([
    ['The opposition Pakatan Harapan (Alliance of Hope) won 113 seats.', ['Alliance of Hope', 'Pakatan Harapan']],
    ['Fighters of Pivdennyi Viter (Southern Wind) crossed the river.', ['Pivdennyi Viter', 'Southern Wind']],
    [
      'She leads the People’s Justice Party (Parti Keadilan Rakyat -PKR), which won.',
      ['PKR', 'Parti Keadilan Rakyat', 'People’s Justice Party'],
    ],
    ['The Sudanese Armed Forces (SAF) shelled the city.', ['Armed Forces', 'SAF', 'Sudanese Armed Forces']],
    // "or" and an acronym that need not spell the name's words (it is the name's in another language).
    [
      'Leaders of the National Liberation Army, or ELN by its Spanish acronym, met.',
      ['ELN', 'National Liberation Army'],
    ],
  ])('%s: one entity named %j', (text, names) => {
    const entity = entitiesOf(text).find((e) => e.aliases.includes(names[0]));
    expect(entity?.aliases).toEqual(names);
  });

  it.each([
    ['Jane Smith (Labour Party) voted against the bill.', 'Jane Smith', 'Labour Party'],
    ['Hassan Nasrallah (Hezbollah) spoke on television.', 'Hassan Nasrallah', 'Hezbollah'],
    ['The rally in Kuala Lumpur (Malaysia) was peaceful.', 'Kuala Lumpur', 'Malaysia'],
    // The last two items of a list.
    ['Fighters of the RSF, the Sudan Liberation Army, or JEM attacked.', 'Sudan Liberation Army', 'JEM'],
  ])('%s: %s and %s stay two', (text, a, b) => {
    const entities = entitiesOf(text);
    const holder = entities.find((e) => e.aliases.includes(a));
    expect(holder).toBeDefined();
    expect(holder!.aliases).not.toContain(b);
  });
});

describe('units named with their parent', () => {
  it.each([
    ['The IRGC Quds Force armed the militia. The Quds Force denied it.', ['IRGC Quds Force', 'Quds Force']],
    ['The PLA Rocket Force tested missiles. The Rocket Force said so.', ['PLA Rocket Force', 'Rocket Force']],
  ])('%s: one entity named %j', (text, names) => {
    const entity = entitiesOf(text).find((e) => e.aliases.includes(names[0]));
    expect(entity?.aliases).toEqual(names);
  });
});
