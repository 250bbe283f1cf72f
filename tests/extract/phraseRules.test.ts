// Relations stated by the shape of a phrase (ages, titles, abbreviations, possessives, "as" and "at"), one made-up
// sentence per row, positive and negative: what the named rule states there, and nothing else.
import { describe, expect, it } from 'vitest';
import { extractText } from './extractText.ts';

/** The relations rule `rule` states in `text`, as "Source TYPE Target". */
function statedBy(rule: string, text: string): string[] {
  const x = extractText(text);
  return x.relations
    .filter((r) => r.rule === rule)
    .map((r) => `${x.entities[r.source].label} ${r.type} ${x.entities[r.target].label}`);
}

describe('phrase rules', () => {
  it.each([
    // A person "of" a group, past an age; a judge works for the court.
    [
      'person-of',
      'Police arrested Kiyoshi Dorn, 63, of the Velmar Group, in a raid.',
      ['Kiyoshi Dorn MEMBER_OF Velmar Group'],
    ],
    [
      'person-of',
      'The case went before Justice Anna Kovic of the Lorton High Court.',
      ['Anna Kovic WORKS_FOR Lorton High Court'],
    ],
    ['person-of', 'Police arrested Kiyoshi Dorn, 63, in a raid of the Velmar Group offices.', []],
    // A town and the abbreviation of its state or province, which names the province (as a mention of it).
    ['place', 'Officers from Quebec searched homes in Laval, Que., on Monday.', ['Laval LOCATED_IN Quebec']],
    ['place', 'Officers searched homes in Laval, Que., on Monday.', ['Laval LOCATED_IN Quebec']],
    ['place', 'Officers searched homes in Laval, Que and Toronto on Monday.', []],
    // A place right before "in" and a larger place; not a country, and not before a possessive.
    ['place', 'Protesters gathered in Munich in Bavaria on Sunday.', ['Munich LOCATED_IN Bavaria']],
    ['place', 'The role of Russia in Syria grew.', []],
    ['place', 'Troops reached the town of Dornik in Norway’s Vell region.', ['Vell region LOCATED_IN Norway']],
    // "X, the centre of Y".
    [
      'place',
      'Troops entered the town of Dornik, the centre of the Vell region, at dawn.',
      ['Dornik LOCATED_IN Vell region'],
    ],
    ['place', 'Ivan Dorn, the centre of the team, scored twice.', []],
    // A country's company is in it; its institutions are part of it; a city's street is in the city.
    ['place', 'In India, shares fell. India’s Velmar Group denied the report.', ['Velmar Group LOCATED_IN India']],
    [
      'place',
      'In Ukraine, officials met. Ukraine’s SBU security service denied the report.',
      ['Security Service of Ukraine (SBU) PART_OF Ukraine'],
    ],
    ['place', 'Ivan Dorn’s Velmar Group denied the report.', []],
    // "oust X as chairman": the person before "as" holds the role.
    ['role', 'Shareholders tried to oust Ivan Dorn as Velmar Group board chairman.', ['Ivan Dorn LEADS Velmar Group']],
    ['role', 'Police named the Velmar Group as the buyer.', []],
    // A noun for the organization's kind before the role names it; a spokesperson of a body only described.
    ['role', 'Police said Ivan Dorn became a top Velmar cartel leader last year.', ['Ivan Dorn LEADS Velmar']],
    ['role', 'Radio Lorton reached out to the junta spokesperson Ivan Dorn for comment.', []],
    // A region the role covers, then the employer under "at".
    [
      'role',
      '“Markets are calm,” said Isabel Dorn, head of capital markets for Europe and Africa at Velmar Bank.',
      ['Isabel Dorn WORKS_FOR Velmar Bank'],
    ],
    [
      'role',
      '“Markets are calm,” said Isabel Dorn, head of capital markets for Europe, the Middle East and Africa at Velmar Bank.',
      ['Isabel Dorn WORKS_FOR Velmar Bank'],
    ],
    ['role', '“Markets are calm,” said Isabel Dorn, head of sales for Europe.', []],
    // A passive that says what its subject is.
    ['role', 'Ivan Dorn is also considered a top leader of the Velmar Group.', ['Ivan Dorn LEADS Velmar Group']],
    ['role', 'Ivan Dorn considered the leader of the Velmar Group a friend.', []],
  ])('%s: %s', (rule, text, relations) => {
    expect(statedBy(rule, text).sort()).toEqual([...relations].sort());
  });
});
