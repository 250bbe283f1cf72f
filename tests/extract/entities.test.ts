// Entity finding, typing and resolution inside one document.
import { describe, expect, it } from 'vitest';
import { extractText } from './extractText.ts';

function entitiesOf(text: string) {
  return extractText(text).entities;
}
const find = (text: string, alias: string) =>
  entitiesOf(text).find((e) => e.aliases.includes(alias) || e.label === alias);

describe('entities', () => {
  it.each([
    ['Mark Galeotti said the war would go on.', 'Mark Galeotti', 'Person'],
    ['A man named “Caesar” appeared in the videos.', 'Caesar', 'Person'],
    ['Kapustin said the operation succeeded.', 'Kapustin', 'Person'],
    ['The raid was led by the Russian Volunteer Corps.', 'Russian Volunteer Corps', 'Organization'],
    ['He told NBC News on Monday.', 'NBC News', 'Organization'],
    ['Shelling hit Belgorod, Bryansk and Kursk.', 'Bryansk', 'Location'],
    ['Fighters moved towards Kharkiv.', 'Kharkiv', 'Location'],
    ['The Kremlin denied it.', 'Kremlin', 'Organization'],
    ['He studied at King’s College London.', 'King’s College London', 'Organization'],
    // After a title's "of", what the title is of; a given name there is still its holder.
    ['Tim Hoettges is also CEO of Deutsche Telekom.', 'Deutsche Telekom', 'Organization'],
    ['Zoido, the former Mayor of Seville, spoke.', 'Seville', 'Location'],
    ['The Minister of Finance Jane Roe resigned.', 'Jane Roe', 'Person'],
    ['The Director of Public Prosecutions Grenville Cross spoke.', 'Grenville Cross', 'Person'],
    // What a company's chief or arm is "of" is a company; a person's daughter is of a person.
    ['He was chief executive of Star Scientific in 2013.', 'Star Scientific', 'Organization'],
    ['The commercial arm of Air Koryo was hit.', 'Air Koryo', 'Organization'],
    ['The daughter of Jane Roe spoke.', 'Jane Roe', 'Person'],
    ['Protesters met at Freedom Park.', 'Freedom Park', 'Location'],
    ['The camp at Sambisa Forest was raided.', 'Sambisa Forest', 'Location'],
    // What an organization's noun names or heads in an apposition is an organization; a man called so is a person.
    ['He founded a company called Brightstar in the USA.', 'Brightstar', 'Organization'],
    ['A man called Brightstar came.', 'Brightstar', 'Person'],
    ['Jing Bao, a China-based company, owns it.', 'Jing Bao', 'Organization'],
    ['Jing Bao, a China-born engineer, owns it.', 'Jing Bao', 'Person'],
    ['Bodhi Tree, a joint venture, won the bid.', 'Bodhi Tree', 'Organization'],
    // An adjective's ending alone, before no common noun, is still a name.
    ['Jane Roe met Adrian in Paris.', 'Adrian', 'Person'],
    ['Rebels fought in eastern Democratic Republic of Congo on Friday.', 'Democratic Republic of Congo', 'Location'],
    ['He was taken to Dipolog City for treatment.', 'Dipolog City', 'Location'],
    ['Manchester City beat Arsenal.', 'Manchester City', 'Organization'],
    ["He was part of Hong Kong's 14K triad.", '14K', 'Organization'],
    ['Leaders of the Sun Yee On and 14K triads were held.', 'Sun Yee On', 'Organization'],
    ['Rebels waged an insurgency on Mindanao island.', 'Mindanao', 'Location'],
    ['Clashes erupted in the Buzul mountains.', 'Buzul', 'Location'],
    ['Citigroup spokeswoman Shannon Bell declined to comment.', 'Citigroup', 'Organization'],
    ['Former Interior Minister Habib Ibrahim el-Adli was sentenced.', 'Habib Ibrahim el-Adli', 'Person'],
    // Particles inside a name, and titles before it that are no part of it.
    ['Waleed Khaled a-Noufal said so.', 'Waleed Khaled a-Noufal', 'Person'],
    ['Szymon Szynkowski vel Sek became minister.', 'Szymon Szynkowski vel Sek', 'Person'],
    ['Chief of Defence Staff Vice-Admiral Ola Ibrahim said so.', 'Ola Ibrahim', 'Person'],
    ['Billionaire Graeme Hart sold it.', 'Graeme Hart', 'Person'],
  ])('%s finds %s as %s', (text, name, type) => {
    expect(find(text, name)?.type).toBe(type);
  });

  it.each([
    ['Russians and Ukrainians fled the area.', 'Russians'],
    ['The attack took place in March.', 'March'],
    ['Experts questioned the claim.', 'Experts'],
    ['It was a-OK with them.', 'a-OK'],
    ['He was arrested near the Sicilian capital Palermo.', 'Sicilian'],
    ['Some 30K members joined the union.', '30K'],
    ['It protects the Shi’ite clerical system.', 'Shi’ite'],
    ['Billionaire Graeme Hart sold it.', 'Billionaire Graeme Hart'],
  ])('%s has no entity %s', (text, name) => {
    expect(find(text, name)).toBeUndefined();
  });

  it('names a country acronym used as an adjective, but not as any relation’s argument', () => {
    const x = extractText('The Wagner Group used US armored vehicles in Mali.');
    const us = x.entities.findIndex((e) => e.label === 'US' || e.aliases.includes('US'));
    expect(us).toBeGreaterThanOrEqual(0);
    expect(x.relations.filter((r) => r.source === us || r.target === us)).toEqual([]);
  });

  it('joins an acronym, a short form and the lowercase "the legion" to the full names', () => {
    const text =
      'The Russian Volunteer Corps and the Freedom of Russia Legion crossed the border. RVC said the Legion would follow. On its site, the legion states its aims.';
    const entities = entitiesOf(text);
    const rvc = entities.find((e) => e.label === 'Russian Volunteer Corps')!;
    const legion = entities.find((e) => e.label === 'Freedom of Russia Legion')!;
    expect(rvc.aliases).toContain('RVC');
    expect(legion.aliases).toContain('Legion');
    expect(legion.mentions).toHaveLength(3);
  });

  it('makes every phrasing of one country’s army one organization', () => {
    const text =
      'The Ukrainian army and the Armed Forces of Ukraine are one, as is Ukraine’s military. The Russian army is not.';
    const armies = entitiesOf(text).filter((e) => e.identity.institution?.startsWith('armed-forces'));
    expect(armies.map((e) => e.label).sort()).toEqual(['Armed Forces of Russia', 'Armed Forces of Ukraine']);
    expect(armies.find((e) => e.label === 'Armed Forces of Ukraine')!.mentions).toHaveLength(3);
  });

  it('links a surname to the full name and keeps two people with one surname apart', () => {
    const text =
      'Michael Clarke spoke first. Clarke said more. Later Anna Clarke and Michael Clarke argued, and Clarke left.';
    const entities = entitiesOf(text).filter((e) => e.type === 'Person');
    expect(entities.map((e) => e.label).sort()).toEqual(['Anna Clarke', 'Clarke', 'Michael Clarke']);
  });
});
