// Page chrome and titles: buttons, links and credits yield no entities; titles before a name are not part of it.
import { describe, expect, it } from 'vitest';
import { extractText } from './extractText.ts';

function entitiesOf(text: string) {
  return extractText(text).entities;
}
const labels = (text: string) => entitiesOf(text).map((e) => `${e.type}:${e.label}`);

describe('page chrome', () => {
  it.each([
    ['By continuing to browse our site you agree to our revised Privacy Policy and Terms of Use.', 'Privacy Policy'],
    ['Voters queued in Cairo on Thursday. License Photo', 'License Photo'],
    ['SOURCE:AA', 'SOURCE'],
    ['“The No. 1 goal is to stay out of prison,” he said.', 'No.'],
    ['Reuters Share\nThe army said it shot down two drones.', 'Reuters Share'],
    ['By Jane Doe, Politics Reporter\nThe army said it shot down two drones.', 'Politics Reporter'],
    ['By JANE DOEMonday, 12 March 2024\nThe army said it shot down two drones.', 'JANE DOEMonday'],
  ])('%s has no entity %s', (text, name) => {
    expect(entitiesOf(text).some((e) => e.label === name || e.aliases.includes(name))).toBe(false);
  });
});

it('keeps the name of a byline run into its date', () => {
  const text = 'By JANE DOEMonday, 12 March 2024\nThe army said it shot down two drones.';
  expect(labels(text)).toEqual(['Person:JANE DOE']);
});

it.each([
  ['Headline here\n\nDominic GianniniAAP\nThe army said it shot down two drones.', 'Dominic Giannini'],
  // Inside a line the capitals may be the name's own: no agency runs into it there.
  ['Shares of Dominic GianniniAAP rose on Monday.', 'Dominic GianniniAAP'],
])('%j: a byline run into its agency’s letters at the line’s end is %s', (text, name) => {
  expect(labels(text).map((l) => l.split(':')[1])).toContain(name);
});

it('keeps a military district whose last word is also a title word', () => {
  expect(labels('Russia’s Southern Military District oversees the war.').map((l) => l.split(':')[1])).toContain(
    'Southern Military District',
  );
});

describe('titles before a name', () => {
  it.each([
    [
      'Deputy Pentagon Press Secretary Sabrina Singh told reporters on Tuesday.',
      ['Organization:Pentagon', 'Person:Sabrina Singh'],
    ],
    ['DEA Administrator Anne Milgram said the cartel was weakened.', ['Organization:DEA', 'Person:Anne Milgram']],
    ['Microsoft CEO Satya Nadella testified on Monday.', ['Organization:Microsoft', 'Person:Satya Nadella']],
    ['Magistrate Jelena Popovic refused bail.', ['Person:Jelena Popovic']],
    [
      'The sanctions were announced by the Treasury Department’s Office of Foreign Assets Control (OFAC).',
      ['Organization:Office of Foreign Assets Control', 'Organization:Treasury Department'],
    ],
  ])('%s -> %j', (text, expected) => {
    expect(labels(text).sort()).toEqual(expected);
  });
});
