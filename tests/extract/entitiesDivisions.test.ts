// Administrative divisions named with their noun ("the Mopti region") stay whole, apart from the city they are named after.
import { describe, expect, it } from 'vitest';
import { extractText } from './extractText.ts';

function entitiesOf(text: string) {
  return extractText(text).entities;
}

describe('divisions', () => {
  it.each([
    ['Militants attacked an army post in the Mopti region on Sunday.', 'Mopti region'],
    ['Drones struck targets in the Kharkiv region overnight.', 'Kharkiv region'],
    ['The Arakan Army captured a base in Rakhine state.', 'Rakhine state'],
    ['Fighting moved into Ann township last week.', 'Ann township'],
    ['Aid reached the Tahoua province after the floods.', 'Tahoua province'],
  ])('%s names the Location %s', (text, name) => {
    const entity = entitiesOf(text).find((e) => e.label === name);
    expect(entity?.type).toBe('Location');
  });

  it('keeps a known city apart from the region named after it', () => {
    const entities = entitiesOf('Shelling hit Kharkiv on Monday. Villages in the Kharkiv region lost power.');
    expect(
      entities
        .filter((e) => e.type === 'Location')
        .map((e) => e.label)
        .sort(),
    ).toEqual(['Kharkiv', 'Kharkiv region']);
  });

  it('joins a place that is no known city to the region of its name', () => {
    const entities = entitiesOf('Clashes spread across the Amhara region. Amhara has been under a state of emergency.');
    expect(entities.filter((e) => e.aliases.includes('Amhara')).map((e) => e.label)).toEqual(['Amhara region']);
  });

  it.each([
    ['He spoke to state media in Kharkiv.', 'Kharkiv'],
    ['Shan state media reported the clashes.', 'Shan'],
  ])('%s: a division noun that starts another phrase leaves %s alone', (text, name) => {
    expect(entitiesOf(text).some((e) => e.label === name)).toBe(true);
  });
});
