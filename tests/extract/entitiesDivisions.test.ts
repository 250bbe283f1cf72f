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
    ['The Arakan Army captured a base in Rakhine state.', 'Rakhine'],
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
    ['Fighting spread in Chin state on Monday.', 'Chin State'],
    ['Fighting spread in Chin State on Monday.', 'Chin State'],
  ])('%s: a known division with its noun in either case is the known %s', (text, name) => {
    expect(entitiesOf(text).map((e) => e.label)).toEqual([name]);
  });

  it('joins the bare name to the known division the document names with its noun', () => {
    const entities = entitiesOf('Rebels seized Paletwa in Shan state. A ceasefire was agreed in Shan later.');
    expect(entities.filter((e) => e.aliases.includes('Shan')).map((e) => e.label)).toEqual(['Shan State']);
  });

  it.each([
    ['Troops shelled Idleb on Monday. Aid reached Idlib province later.', 'Idlib province'],
    ['Troops moved into Hasakah on Monday. Shelling hit villages near Hasakeh.', 'Hasakeh'],
  ])('%s: one place in two transliterations', (text, name) => {
    expect(entitiesOf(text).filter((e) => e.type === 'Location' && e.aliases.includes(name))).toHaveLength(1);
    expect(entitiesOf(text).filter((e) => e.type === 'Location')).toHaveLength(1);
  });

  it.each([
    ['Troops moved from Gaza to Giza on Monday.', 2],
    ['Shelling hit Kharkiv and Kherson overnight.', 2],
  ])('%s: places a vowel or more apart stay apart', (text, count) => {
    expect(entitiesOf(text).filter((e) => e.type === 'Location')).toHaveLength(count);
  });

  it.each([
    ['He spoke to state media in Kharkiv.', 'Kharkiv'],
    ['Shan state media reported the clashes.', 'Shan'],
  ])('%s: a division noun that starts another phrase leaves %s alone', (text, name) => {
    expect(entitiesOf(text).some((e) => e.label === name)).toBe(true);
  });
});
